import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Reads an article's frontmatter as Astro does (js-yaml, the same library and schema), and when
 * it cannot, says why in words an editor knows: a colon inside an unquoted value, a tab in the
 * indentation, a missing closing `---`. Field positions come from the `yaml` package, whose
 * parser keeps each key's place in the text (js-yaml does not).
 */

/** Where a problem is, and what it is; lines and columns are the article file's, 1-based. */
export interface FrontmatterProblem {
  line: number;
  column?: number;
  field: string;
  message: string;
  detail?: string;
}

export type FrontmatterRead =
  | {
      ok: true;
      data: Record<string, unknown>;
      text: string;
      locate: (path: readonly PropertyKey[]) => { line: number; column: number };
    }
  | { ok: false; problem: FrontmatterProblem };

const DELIMITER = /^---\s*$/;
/** `key: value` on one line, as written: the key (or list dash) and the value. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):[ \t]+(.*)$/;

export function readFrontmatter(source: string): FrontmatterRead {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!DELIMITER.test(lines[0] ?? '')) {
    return fail(
      1,
      'frontmatter',
      'berkas harus diawali baris --- , lalu data berita (title, description, pubDate, section …), lalu baris --- lagi',
    );
  }
  const closing = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (closing < 0) {
    return fail(
      1,
      'frontmatter',
      'baris --- penutup tidak ada; tambahkan satu baris --- sesudah kolom terakhir (misalnya sesudah draft: …), sebelum isi berita',
    );
  }
  return readYaml(lines.slice(1, closing), 2);
}

/**
 * Reads YAML whose first line is the file's line `firstLine` (2 in an article, after its `---`;
 * 1 in a writer's file), with the same diagnostics and field positions.
 */
export function readYaml(yamlLines: readonly string[], firstLine = 1): FrontmatterRead {
  const offset = firstLine - 1;
  const text = yamlLines.join('\n');
  // YAML refuses tabs for indentation, and js-yaml's words for it name no fix.
  const tabbed = yamlLines.findIndex((line) => /^\s*\t/.test(line));
  if (tabbed >= 0) {
    return fail(
      tabbed + firstLine,
      fieldAbove(yamlLines, tabbed),
      'tanda tab di awal baris; jorokan YAML hanya boleh spasi: ganti tab dengan dua spasi',
      undefined,
      yamlLines[tabbed]!.indexOf('\t') + 1,
    );
  }
  let data: unknown;
  try {
    data = jsYaml.load(text);
  } catch (error) {
    const problem = yamlProblem(error as jsYaml.YAMLException, yamlLines);
    return { ok: false, problem: { ...problem, line: problem.line + offset } };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      firstLine,
      'frontmatter',
      'di antara kedua baris --- harus ada kolom-kolom seperti title: …, masing-masing di barisnya sendiri',
    );
  }
  return { ok: true, data: data as Record<string, unknown>, text, locate: locator(text, offset) };
}

function fail(line: number, field: string, message: string, detail?: string, column?: number): FrontmatterRead {
  return { ok: false, problem: { line, column, field, message, detail } };
}

/** The field a frontmatter line belongs to, as far as that line says. */
function fieldOn(line: string | undefined): string {
  return KEY_VALUE.exec(line ?? '')?.[2]?.trim() ?? /^\s*([^\s:#]+):/.exec(line ?? '')?.[1] ?? 'frontmatter';
}

/** The top-level field a line is part of (itself, or the nearest field above it written at the line's start). */
function fieldAbove(lines: readonly string[], index: number): string {
  for (let at = index; at >= 0; at--) {
    const key = /^([^\s:#-][^:#]*?):/.exec(lines[at]!)?.[1];
    if (key) return key.trim();
  }
  return 'frontmatter';
}

/** A plain value (not quoted, not a list or block) that holds ": " or ends with ":": YAML reads it as a key. */
function hasUnquotedColon(line: string): boolean {
  const value = KEY_VALUE.exec(line)?.[3]?.trim();
  return !!value && !/^['"[{|>&*!]/.test(value) && /:(\s|$)/.test(value);
}

/** js-yaml's error as the editor's problem; its line counts from the YAML's first line, 1. */
function yamlProblem(error: jsYaml.YAMLException, yamlLines: readonly string[]): FrontmatterProblem {
  const index = Math.min(error.mark?.line ?? 0, yamlLines.length - 1);
  const detail = `YAML: ${error.reason}`;
  // js-yaml reports a colon in a value as "bad indentation" at that line or the next one.
  for (const candidate of [index, index - 1]) {
    const line = yamlLines[candidate];
    if (line !== undefined && hasUnquotedColon(line)) {
      const field = fieldOn(line);
      const value = KEY_VALUE.exec(line)![3]!.trim();
      return {
        line: candidate + 1,
        field,
        message: `nilai ${field} memuat titik dua (:) tanpa tanda kutip; apit seluruh nilainya dengan tanda kutip tunggal: ${field}: '${value.replaceAll("'", "''")}'`,
        detail,
      };
    }
  }
  const line = index + 1;
  const field = fieldOn(yamlLines[index]);
  if (/duplicated mapping key/.test(error.reason)) {
    return { line, field, message: `kolom ${field} ditulis dua kali; hapus salah satu`, detail };
  }
  if (/end of the stream within a (double|single) quoted scalar/.test(error.reason)) {
    // The quote was opened on the last field whose value starts with one and does not end with it.
    const opened = yamlLines.findLastIndex(
      (text) =>
        /^['"]/.test(KEY_VALUE.exec(text)?.[3]?.trim() ?? '') && !/^(['"]).*\1$/.test(KEY_VALUE.exec(text)![3]!.trim()),
    );
    const at = opened >= 0 ? opened : index;
    return {
      line: at + 1,
      field: fieldOn(yamlLines[at]),
      message: 'tanda kutip pembuka tanpa tanda kutip penutup; tutup tanda kutipnya di akhir nilai',
      detail,
    };
  }
  return {
    line,
    column: error.mark ? error.mark.column + 1 : undefined,
    field,
    message:
      'baris ini tidak dapat dibaca sebagai data berita; periksa titik dua (kolom: nilai), tanda kutip, dan jorokan (spasi, bukan tab)',
    detail,
  };
}

/** Finds the line and column of a field (`['image', 'alt']`, `['corrections', 1, 'date']`), or of the nearest part of it that is written. */
function locator(text: string, offset: number) {
  let parsed: { document: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  return (path: readonly PropertyKey[]) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { document: parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines };
    }
    const { document, lines } = parsed;
    // A field that is not written at all is pointed at the line before the YAML (an article's
    // opening ---), or the first line of a file that is all YAML.
    let place = { line: Math.max(1, offset), column: 1 };
    const at = (position: number) => {
      const { line, col } = lines.linePos(position);
      return { line: line + offset, column: col };
    };
    let node: unknown = document.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        place = at((pair.key as Node).range![0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        const item = node.items[key] as Node;
        place = at(item.range![0]);
        node = item;
      } else break;
    }
    return place;
  };
}

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineHastPlugin, mdxToJs } from 'satteri';
import type { ContentProblem } from './content-problems.ts';
import { figureProblem, socialPost, youtubeEmbed } from './embeds.ts';
import { blankFrontmatter } from './frontmatter.ts';
import { satteriBodyGuard } from '../markdown/satteri-body-guard.ts';

/**
 * Every problem in an article's body that would stop the build or break its page, found by
 * compiling it once with the MDX compiler the build uses (Sätteri), before any page renders: a
 * syntax error, what the body guard refuses (src/lib/satteri-body-guard.ts), a component
 * missing what it needs (<Figure> without alt, a <RelatedLink> to no published article, an
 * embed's props), an import of a file that is not there, and a `{name}` nothing defines. Line
 * numbers are the file's own (the frontmatter is blanked, not removed).
 */

/** A prop written as code (`id={videoId}`): its value is known only when the page renders, so it is left to the component. */
const EXPRESSION = Symbol('expression');

type Position = { start: { line: number; column: number } } | undefined;
type Attribute = { type: string; name?: string; value?: unknown };
type JsxNode = { name: string | null; position?: Position; attributes: Attribute[] };
type Literal = { value: string; position?: Position };

/**
 * The body's problems, and each <RelatedLink article="…"> with the problem it is if that article
 * is not published: which articles are published is for the caller to know (src/lib/content-check.ts).
 */
export function mdxBodyProblems(
  source: string,
  file: string,
  contentDir: string,
): { problems: ContentProblem[]; related: { article: string; problem: ContentProblem }[] } {
  const problems: ContentProblem[] = [];
  const components: JsxNode[] = [];
  const imports: Literal[] = [];
  const expressions: Literal[] = [];
  const related: { article: string; problem: ContentProblem }[] = [];
  const collector = defineHastPlugin({
    name: 'warta-body-collector',
    options: { position: true },
    mdxJsxFlowElement: { filter: [], visit: (node) => void components.push(node as unknown as JsxNode) },
    mdxJsxTextElement: { filter: [], visit: (node) => void components.push(node as unknown as JsxNode) },
    mdxjsEsm: (node) => void imports.push(node as unknown as Literal),
    mdxFlowExpression: (node) => void expressions.push(node as unknown as Literal),
    mdxTextExpression: (node) => void expressions.push(node as unknown as Literal),
  });
  try {
    mdxToJs(blankFrontmatter(source), {
      hastPlugins: [satteriBodyGuard({ contentDir, report: (problem) => problems.push(problem) }), collector],
      fileURL: pathToFileURL(file),
    });
  } catch (error) {
    return { problems: [...problems, syntaxProblem(file, String((error as Error).message ?? error))], related: [] };
  }
  const at = (position: Position) => ({ file, line: position?.start.line, column: position?.start.column });

  const defined = new Set(['frontmatter']);
  for (const node of imports) {
    for (const match of node.value.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"]/g)) {
      if (match[1]) defined.add(match[1]);
      for (const name of (match[2] ?? '').split(','))
        if (name.trim())
          defined.add(
            name
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          );
      const target = match[3]!;
      if (target.startsWith('.') && !existsSync(resolve(dirname(file), target))) {
        problems.push({
          ...at(node.position),
          field: 'import',
          message: `berkas ${target} tidak ada; jalur dihitung dari folder file artikel ini (${target.startsWith('./') ? 'berkas harus ada di samping artikel atau di subfoldernya' : 'periksa jumlah ../'}), periksa juga huruf besar-kecil nama berkasnya`,
        });
      }
    }
    for (const match of node.value.matchAll(/export\s+(?:const|let|function)\s+(\w+)/g)) defined.add(match[1]!);
  }

  const undefinedName = (expression: string) => {
    const name = /^\s*([A-Za-z_$][\w$]*)\s*$/.exec(expression)?.[1];
    return name && !defined.has(name) ? name : undefined;
  };
  for (const node of expressions) {
    const name = undefinedName(node.value);
    if (name) {
      problems.push({
        ...at(node.position),
        field: 'isi',
        message: `{${name}} tidak dikenal: kurung kurawal menjalankan kode. Bila ingin menampilkan kurung kurawal, tulis \\{${name}\\}; bila ${name} gambar, import dulu di awal isi berita`,
      });
    }
  }

  for (const node of components) {
    const props = new Map<string, unknown>();
    for (const attribute of node.attributes)
      if (attribute.type === 'mdxJsxAttribute' && attribute.name) props.set(attribute.name, attribute.value ?? true);
    const literal = (name: string) =>
      typeof props.get(name) === 'string' || !props.has(name) ? props.get(name) : EXPRESSION;
    for (const [name, value] of props) {
      const expression =
        value && typeof value === 'object' ? String((value as { value?: unknown }).value ?? '') : undefined;
      const missing = expression !== undefined && undefinedName(expression);
      if (missing)
        problems.push({
          ...at(node.position),
          field: `<${node.name}>`,
          message: `${name}={${missing}}: ${missing} tidak dikenal; import gambarnya dulu di awal isi berita, misalnya import ${missing} from './gambar/foto.jpg';`,
        });
    }
    const problem = componentProblem(node.name ?? '', literal, props);
    if (problem) problems.push({ ...at(node.position), field: `<${node.name}>`, message: problem });
    const article = node.name === 'RelatedLink' ? literal('article') : undefined;
    if (typeof article === 'string') {
      const message = `<RelatedLink article="${article}">: tidak ada artikel terbit dengan nama itu (nama file tanpa .mdx; draf dan berita terjadwal belum terbit)`;
      related.push({ article, problem: { ...at(node.position), field: '<RelatedLink>', message } });
    }
  }
  return { problems, related };
}

/** What a component of src/components/mdx-components.ts needs and its tag does not give; the components throw the same at render. */
function componentProblem(
  name: string,
  literal: (prop: string) => unknown,
  props: Map<string, unknown>,
): string | undefined {
  switch (name) {
    case 'Figure': {
      // src={name} is an imported picture (whether the name is defined is checked above); text is not.
      return figureProblem(literal('src') === EXPRESSION, literal('alt'));
    }
    case 'RelatedLink':
      // Whether an article="…" is published is the caller's to say.
      return props.has('article') || (props.has('href') && props.has('title'))
        ? undefined
        : '<RelatedLink>: isi article="nama-artikel", atau href dan title';
    case 'YouTube': {
      const [id, title] = [literal('id'), literal('title')];
      if (id === EXPRESSION || title === EXPRESSION) return undefined;
      const checked = youtubeEmbed(id, title);
      return checked.ok ? undefined : checked.problem;
    }
    case 'SocialPost': {
      const props = {
        platform: literal('platform'),
        author: literal('author'),
        date: literal('date'),
        url: literal('url'),
      };
      if (Object.values(props).includes(EXPRESSION)) return undefined;
      const checked = socialPost(props);
      return checked.ok ? undefined : checked.problem;
    }
    default:
      return undefined;
  }
}

/** The compiler's syntax error ("12:5: …", in English) as the editor's line, with its usual cause in words. */
function syntaxProblem(file: string, message: string): ContentProblem {
  const position = /^(\d+):(\d+): /.exec(message);
  const reason = position ? message.slice(position[0].length) : message;
  const tag = /closing tag for `<(\w+)>`|`<\/?(\w+)>`/.exec(reason);
  let explanation = 'penulisan MDX tidak valid di sini';
  if (/create a comment in MDX/.test(reason)) {
    explanation = 'komentar HTML <!-- … --> tidak berlaku di MDX; tulis {/* … */}';
  } else if (/closing brace|expression/i.test(reason)) {
    explanation =
      'tanda { tanpa } : kurung kurawal memulai kode. Tulis \\{ bila ingin menampilkan kurung kurawal, atau tutup dengan }';
  } else if (/closing tag|end tag|unclosed|expected a lowercase|self-closing/i.test(reason) && tag) {
    explanation = `tag <${tag[1] ?? tag[2]}> tidak ditutup atau salah tutup; tutup dengan </${tag[1] ?? tag[2]}>, atau tulis <${tag[1] ?? tag[2]} … /> bila tanpa isi`;
  } else if (/character|name|tag/i.test(reason)) {
    explanation =
      'tanda < memulai tag; tulis &lt; bila ingin menampilkan tanda kurang dari, atau tutup tag dengan benar';
  }
  return {
    file,
    line: position ? Number(position[1]) : undefined,
    column: position ? Number(position[2]) : undefined,
    field: 'MDX',
    message: `MDX tidak valid: ${explanation}`,
    detail: reason,
  };
}

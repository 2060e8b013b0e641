import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type Sharp from 'sharp';
import { SITE } from '../site.ts';
import { SHARE_IMAGE, type ShareImageText } from './share-image-text.ts';
import { isWholeImageFile } from './whole-image.ts';
import { writeWhole } from './cache-file.ts';

/**
 * What decides how an image looks besides its text: this drawing code, the card's size
 * (share-image-text.ts), the site's language (it decides upper case), the font files and the
 * versions of the canvas and the encoder. Part of each cached image's name, so a change to any
 * of them draws every image again; no version to remember to bump.
 */
let designDigest: string | undefined;
function design(): string {
  if (designDigest) return designDigest;
  const fromProject = createRequire(join(process.cwd(), 'package.json'));
  const hash = createHash('sha256').update(SITE.lang);
  for (const source of [new URL(import.meta.url), new URL('./share-image-text.ts', import.meta.url)])
    hash.update(readFileSync(source));
  for (const [, file] of FONT_FILES) hash.update(readFileSync(fromProject.resolve(file)));
  for (const name of ['@napi-rs/canvas', 'sharp']) hash.update(packageManifest(fromProject.resolve(name), name));
  return (designDigest = hash.digest('hex'));
}

/** A package's package.json, found above its entry point (neither package exports the file itself). */
function packageManifest(entry: string, name: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === name)
      return readFileSync(file, 'utf8');
  }
  throw new Error(`Share images: no package.json for ${name} above ${entry}`);
}

// Fonts come from npm (@fontsource), so every machine draws the same letters: Noto's latin subset
// covers Indonesian, and latin-ext the accented names news quotes (Erdoğan, Đoàn, Wałęsa).
// Registered under names of our own, so a system font of the same name can never stand in.
const SERIF = '"Warta Noto Serif", "Warta Noto Serif Ext"';
const SANS = '"Warta Noto Sans", "Warta Noto Sans Ext"';
const FONT_FILES: [family: string, file: string][] = [
  ['Warta Noto Serif', '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2'],
  ['Warta Noto Serif Ext', '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2'],
  ['Warta Noto Sans', '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2'],
  ['Warta Noto Sans Ext', '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2'],
  ['Warta Noto Sans', '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'],
  ['Warta Noto Sans Ext', '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2'],
];
function registerFonts(fonts: typeof import('@napi-rs/canvas').GlobalFonts): void {
  const fromProject = createRequire(join(process.cwd(), 'package.json'));
  for (const [family, file] of FONT_FILES) {
    if (!fonts.register(readFileSync(fromProject.resolve(file)), family))
      throw new Error(`Share images: could not load the font ${file}`);
  }
}

/** Long headlines get a smaller size so they fit in five lines. */
export function headlineSize(headline: string): number {
  if (headline.length <= 60) return 68;
  if (headline.length <= 120) return 56;
  if (headline.length <= 160) return 46;
  return 38;
}

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than maxWidth, between words, at most maxLines of them; text
 * that does not fit ends the last line with an ellipsis. A single word wider than a line keeps
 * its own line (Indonesian words are short enough at these sizes that this never shows).
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else if (lines.length < maxLines) lines.push(word);
    else return withEllipsis(lines, maxWidth, width);
  }
  return lines;
}

/** The lines with the last one cut, word by word, until it fits with an ellipsis after it. */
function withEllipsis(lines: string[], maxWidth: number, width: (line: string) => number): string[] {
  const words = (lines.at(-1) as string).split(' ');
  while (words.length > 1 && width(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) words.pop();
  return [...lines.slice(0, -1), `${words.join(' ')}${ELLIPSIS}`];
}

const COLOURS = { accent: '#a3121b', ink: '#1a1a1a', muted: '#555049', paper: '#ffffff' } as const;
const MARGIN = 72;
/** Where the headline sits: the top of its first line, its line height (times the font size) and its most lines. */
export const HEADLINE = { top: 132, lineHeight: 1.18, lines: 5 } as const;
/** The site's name at the bottom: the baseline it sits on and its font size (its letters rise about that far above it). */
export const SITE_NAME = { baseline: SHARE_IMAGE.height - 52, size: 48 } as const;

/** Draws the card: a red band, the kicker, the headline in up to five lines, the site's name and address. */
function draw(context: SKRSContext2D, text: ShareImageText): void {
  const { width, height } = SHARE_IMAGE;
  const textWidth = width - 2 * MARGIN;
  // The canvas is reused: start from its default state and leave it there.
  context.save();
  // The language picks glyph forms; left to 'inherit' it would follow the machine's locale.
  context.lang = SITE.lang;
  context.fillStyle = COLOURS.paper;
  context.fillRect(0, 0, width, height);
  context.fillStyle = COLOURS.accent;
  context.fillRect(0, 0, width, 24);

  context.textBaseline = 'top';
  context.font = `700 30px ${SANS}`;
  context.letterSpacing = '2px';
  context.fillText(text.kicker.toLocaleUpperCase(SITE.lang), MARGIN, 72, textWidth);
  context.letterSpacing = '0px';

  const size = headlineSize(text.headline);
  const lineHeight = Math.round(size * HEADLINE.lineHeight);
  context.font = `700 ${size}px ${SERIF}`;
  context.fillStyle = COLOURS.ink;
  const lines = wrapLines(text.headline, textWidth, HEADLINE.lines, (line) => context.measureText(line).width);
  lines.forEach((line, index) =>
    context.fillText(line, MARGIN, HEADLINE.top + index * lineHeight + (lineHeight - size) / 2, textWidth),
  );

  context.textBaseline = 'alphabetic';
  const baseline = SITE_NAME.baseline;
  context.font = `700 ${SITE_NAME.size}px ${SERIF}`;
  context.fillStyle = COLOURS.accent;
  context.fillText(text.siteName, MARGIN, baseline);
  context.font = `400 26px ${SANS}`;
  context.fillStyle = COLOURS.muted;
  context.textAlign = 'right';
  context.fillText(text.footer, width - MARGIN, baseline);
  context.restore();
}

let drawing: Promise<{ canvas: Canvas; sharp: typeof Sharp }> | undefined;

/**
 * Skia and sharp, loaded on the first drawing: a build whose images are all in the cache never
 * loads them, nor holds their memory. One canvas serves every image: each drawing covers it whole.
 */
function drawingTools(): Promise<{ canvas: Canvas; sharp: typeof Sharp }> {
  drawing ??= Promise.all([import('@napi-rs/canvas'), import('sharp')]).then(([skia, { default: sharp }]) => {
    registerFonts(skia.GlobalFonts);
    return { canvas: skia.createCanvas(SHARE_IMAGE.width, SHARE_IMAGE.height), sharp };
  });
  return drawing;
}

/**
 * Draws a share image as PNG. Skia (through @napi-rs/canvas) draws in about a millisecond;
 * sharp encodes the PNG off the main thread (about 3 ms), at a zlib level that costs half of
 * the default's time for a file about a tenth larger. To draw many, see cachedShareImageFiles.
 */
export async function renderShareImage(text: ShareImageText): Promise<Buffer> {
  const { canvas, sharp } = await drawingTools();
  const { width, height } = SHARE_IMAGE;
  draw(canvas.getContext('2d'), text);
  // data() hands back a copy, so the canvas is free for the next drawing at once.
  // Premultiplied RGBA, the same as plain RGBA here: the card is opaque throughout.
  return sharp(canvas.data(), { raw: { width, height, channels: 4 } })
    .png({ compressionLevel: 3 })
    .toBuffer();
}

const madeDirs = new Set<string>();

/** The cached picture's file name for this text (a hash of the text and the design): the same name, the same picture. */
export function shareImageName(text: ShareImageText): string {
  return `${createHash('sha256')
    .update(JSON.stringify([design(), text]))
    .digest('hex')}.png`;
}

/**
 * The cached PNG file for this text, drawn first if the same text was never drawn with the same
 * design: a rebuild with no change draws nothing again. A cached file that is not a whole PNG
 * (emptied or cut short: see src/lib/whole-image.ts) is drawn again, never published.
 */
async function cachedShareImageFile(text: ShareImageText, cacheDir: string): Promise<string> {
  const file = join(cacheDir, shareImageName(text));
  if (isWholeImageFile(file)) return file;
  const png = await renderShareImage(text);
  if (!madeDirs.has(cacheDir)) {
    mkdirSync(cacheDir, { recursive: true });
    madeDirs.add(cacheDir);
  }
  // An interrupted build never leaves half an image in the cache, and the build and its
  // prewarm drawing the same image never mix their bytes.
  writeWhole(file, png);
  return file;
}

/**
 * The cached files for many texts, in order, drawing those not drawn before two at a time:
 * the next is drawn while the last is encoded on sharp's threads (a third in flight gained 10%
 * in speed for 50 MB more memory).
 */
export async function cachedShareImageFiles(texts: readonly ShareImageText[], cacheDir: string): Promise<string[]> {
  const files: string[] = [];
  let next = 0;
  const drawInTurn = async (): Promise<void> => {
    for (let i = next++; i < texts.length; i = next++) files[i] = await cachedShareImageFile(texts[i]!, cacheDir);
  };
  await Promise.all([drawInTurn(), drawInTurn()]);
  return files;
}

/** The PNG for this text, from the cache when it was drawn before. */
export async function cachedShareImage(text: ShareImageText, cacheDir: string): Promise<Buffer> {
  return readFileSync(await cachedShareImageFile(text, cacheDir));
}

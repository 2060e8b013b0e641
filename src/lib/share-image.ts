import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** Open Graph's recommended size; WhatsApp, Facebook and X all crop well from it. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Bump when the design below changes, so cached images are drawn again. */
const DESIGN_VERSION = 1;

export interface ShareImageText {
  headline: string;
  /** Small line above the headline, such as the section. */
  kicker: string;
  siteName: string;
  /** Line at the bottom, such as the site's address. */
  footer: string;
}

// Fonts come from npm (@fontsource), so every machine draws the same image; Noto covers Indonesian.
const fromProject = createRequire(join(process.cwd(), 'package.json'));
const font = (path: string) => readFileSync(fromProject.resolve(path));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Noto Serif', data: font('@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: font('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: font('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' },
  ];
  return fonts;
}

/** What an article's share image says: one function for the build and its prewarm, so both find the same cached file. */
export function articleShareText(
  article: { title: string; sectionName: string },
  site: { name: string; url: string },
): ShareImageText {
  return { headline: article.title, kicker: article.sectionName, siteName: site.name, footer: new URL(site.url).host };
}

/** Long headlines get a smaller size so they fit in five lines. */
export function headlineSize(headline: string): number {
  if (headline.length <= 60) return 68;
  if (headline.length <= 120) return 56;
  if (headline.length <= 160) return 46;
  return 38;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

function design(text: ShareImageText): Node {
  return el('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto Sans' }, [
    el('div', { height: 24, background: '#a3121b' }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 0' }, [
      el('div', { color: '#a3121b', fontSize: 30, fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase' }, text.kicker),
      el(
        'div',
        { marginTop: 20, color: '#1a1a1a', fontFamily: 'Noto Serif', fontWeight: 700, fontSize: headlineSize(text.headline), lineHeight: 1.18, lineClamp: 5, display: 'block' },
        text.headline,
      ),
    ]),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 72px 40px' }, [
      el('div', { color: '#a3121b', fontFamily: 'Noto Serif', fontWeight: 700, fontSize: 48 }, text.siteName),
      el('div', { color: '#555049', fontSize: 26 }, text.footer),
    ]),
  ]);
}

/**
 * Draws a share image as PNG. Satori turns the text into shapes, so resvg needs no system
 * fonts (scanning them cost more than drawing); sharp encodes the PNG off the main thread.
 */
export async function renderShareImage(text: ShareImageText): Promise<Buffer> {
  const svg = await satori(design(text) as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: loadFonts() });
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width }, font: { loadSystemFonts: false } }).render();
  return sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}

const madeDirs = new Set<string>();

/**
 * The PNG for this text, from the cache when the same text was drawn before with the same
 * design: a rebuild with no change draws nothing again.
 */
export async function cachedShareImage(text: ShareImageText, cacheDir: string): Promise<Buffer> {
  const file = join(cacheDir, `${createHash('sha256').update(JSON.stringify([DESIGN_VERSION, text])).digest('hex')}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderShareImage(text);
  if (!madeDirs.has(cacheDir)) {
    mkdirSync(cacheDir, { recursive: true });
    madeDirs.add(cacheDir);
  }
  // Write then rename, so an interrupted build never leaves half an image in the cache, and
  // two processes drawing the same image (the build and its prewarm) never mix their bytes.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return png;
}

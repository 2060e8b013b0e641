import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { HEADLINE, headlineSize, renderShareImage, SITE_NAME, wrapLines } from '../../src/lib/share-image';
import { SHARE_IMAGE, type ShareImageText } from '../../src/lib/share-image-text';

// One unit of width per character: easy to reason about, and enough to test the line breaking.
const byLength = (line: string) => line.length;

describe('wrapLines', () => {
  test('breaks between words, keeps every word in order, and no line is wider than asked', () => {
    const text = 'Menhan Rusia kunjungi Korea Utara untuk bahas kerja sama militer';
    const lines = wrapLines(text, 20, 5, byLength);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  test('text longer than the lines allow ends the last line with an ellipsis that still fits', () => {
    const lines = wrapLines('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 10, 2, byLength);
    expect(lines).toEqual(['satu dua', 'tiga…']);
  });

  test('a word wider than a line keeps a line of its own', () => {
    expect(wrapLines('di Pyongyang-Vladivostok-Moskwa kemarin', 10, 5, byLength)).toEqual([
      'di',
      'Pyongyang-Vladivostok-Moskwa',
      'kemarin',
    ]);
  });
});

/** The smallest value of any colour channel in a band of rows: 255 means the band is blank paper. */
async function darkest(png: Buffer, top: number, height: number): Promise<number> {
  const band = await sharp(png)
    .extract({ left: 0, top, width: SHARE_IMAGE.width, height })
    .removeAlpha()
    .raw()
    .toBuffer();
  return band.reduce((min, value) => Math.min(min, value), 255);
}

describe('renderShareImage', () => {
  const text = {
    headline: 'Menhan Rusia Kunjungi Korea Utara',
    kicker: 'Internasional',
    siteName: 'Warta',
    footer: 'warta.example',
  };

  test('is a 1200×630 PNG with the headline drawn in dark ink below the kicker', async () => {
    const png = await renderShareImage(text);
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...SHARE_IMAGE });
    expect(await darkest(png, HEADLINE.top, 60)).toBeLessThan(60);
  });

  test('draws the same bytes for the same text, and a different picture for another headline', async () => {
    const [a, b, c] = await Promise.all([
      renderShareImage(text),
      renderShareImage(text),
      renderShareImage({ ...text, headline: 'Lain' }),
    ]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  test('an overlong headline stops after five lines, well above the site name', async () => {
    const headline = 'Kata yang sangat panjang sekali '.repeat(20);
    const size = headlineSize(headline);
    const lineHeight = Math.round(size * HEADLINE.lineHeight);
    const png = await renderShareImage({ ...text, headline });
    // Descenders of the fifth line reach a little below its line box; a sixth line would start there.
    const belowFiveLines = HEADLINE.top + 5 * lineHeight + Math.round(size / 2);
    const siteNameTop = SITE_NAME.baseline - SITE_NAME.size;
    expect(await darkest(png, belowFiveLines, siteNameTop - belowFiveLines)).toBe(255);
    expect(await darkest(png, HEADLINE.top + 4 * lineHeight, lineHeight)).toBeLessThan(60);
  });
});

describe('a cached image’s name', () => {
  const text = {
    kicker: 'NASIONAL',
    headline: 'Banjir melanda Jakarta Utara',
    site: 'Warta',
  } as unknown as ShareImageText;

  /** The name the drawing code in a copy of src/ gives `text`, after `change` edits that copy's share-image.ts. */
  async function nameWith(change: (code: string) => string): Promise<string> {
    const copy = mkdtempSync(join(tmpdir(), 'warta-design-'));
    cpSync(resolve('src'), join(copy, 'src'), { recursive: true });
    const file = join(copy, 'src/lib/share-image.ts');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    const { shareImageName } = (await import(pathToFileURL(file).href)) as typeof import('../../src/lib/share-image');
    const name = shareImageName(text);
    rmSync(copy, { recursive: true, force: true });
    return name;
  }

  test('changes when the drawing code changes, so no stale picture is published', async () => {
    const unchanged = await nameWith((code) => code);
    expect(await nameWith((code) => code)).toBe(unchanged);
    expect(await nameWith((code) => code.replace('const MARGIN = ', 'const MARGIN = 1 + '))).not.toBe(unchanged);
  });
});

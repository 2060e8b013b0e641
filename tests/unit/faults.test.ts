import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { takeLock } from '../../src/lib/build-lock';
import { swapRecovery, type SwapLeftovers, type SwapRecovery } from '../../src/lib/site-swap';
import { emittedOriginals, referencedAssetNames } from '../../src/lib/unreferenced-assets';
import { isWholeImage, isWholeImageFile, removeDamagedImages } from '../../src/lib/whole-image';

const WORK = resolve('tests/.output/unit-faults');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

describe('the build lock', () => {
  const lockFile = resolve(WORK, 'dist.lock');
  const alive = new Set([1111, 2222]);
  const isAlive = (pid: number) => alive.has(pid);

  test('the first build takes it, a second is told who holds it, and after release a third takes it', () => {
    rmSync(lockFile, { force: true });
    const first = takeLock(lockFile, 1111, isAlive);
    expect(first.taken).toBe(true);
    expect(takeLock(lockFile, 2222, isAlive)).toEqual({ taken: false, holder: 1111 });
    if (first.taken) first.release();
    expect(existsSync(lockFile)).toBe(false);
    expect(takeLock(lockFile, 2222, isAlive).taken).toBe(true);
  });

  test.each([
    ['a killed build', '3333'],
    ['an empty file', ''],
    ['a file that is not a process id', 'bukan pid'],
  ])('a lock left by %s is stale and taken over', (_, content) => {
    writeFileSync(lockFile, content);
    expect(takeLock(lockFile, 1111, isAlive).taken).toBe(true);
    expect(readFileSync(lockFile, 'utf8')).toBe('1111');
  });

  test('releasing never removes a lock another build has taken since', () => {
    rmSync(lockFile, { force: true });
    const first = takeLock(lockFile, 1111, isAlive);
    expect(first.taken).toBe(true);
    writeFileSync(lockFile, '2222');
    if (first.taken) first.release();
    expect(readFileSync(lockFile, 'utf8')).toBe('2222');
  });
});

test.each<[string, SwapLeftovers, SwapRecovery]>([
  ['a site in place', { site: true, previous: false, staging: false, stagingComplete: false }, 'none'],
  ['a site in place beside leftovers', { site: true, previous: true, staging: true, stagingComplete: true }, 'none'],
  ['killed between the two renames', { site: false, previous: true, staging: true, stagingComplete: true }, 'finish'],
  [
    'killed between the renames of a first build',
    { site: false, previous: false, staging: true, stagingComplete: true },
    'finish',
  ],
  [
    'an unfinished staging folder and the previous site',
    { site: false, previous: true, staging: true, stagingComplete: false },
    'restore',
  ],
  ['only the previous site', { site: false, previous: true, staging: false, stagingComplete: false }, 'restore'],
  ['an unfinished first build', { site: false, previous: false, staging: true, stagingComplete: false }, 'none'],
  ['nothing built yet', { site: false, previous: false, staging: false, stagingComplete: false }, 'none'],
])('after %s, the next build does: %s', (_, leftovers, recovery) => {
  expect(swapRecovery(leftovers)).toBe(recovery);
});

describe('whole images', () => {
  const formats = ['png', 'jpeg', 'webp', 'avif', 'gif'] as const;
  const images = new Map<string, Buffer>();
  beforeAll(async () => {
    const picture = sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } });
    for (const format of formats) images.set(format, await picture.clone().toFormat(format).toBuffer());
  });
  const check = (format: string, bytes: Buffer) =>
    isWholeImage(format, bytes.length, (offset, length) => bytes.subarray(offset, offset + length));

  test.each(formats)('a whole %s passes', (format) => {
    expect(check(format, images.get(format)!)).toBe(true);
  });

  test.each(formats)('an empty %s, or one cut short or at its first byte, is damaged', (format) => {
    const bytes = images.get(format)!;
    expect(check(format, Buffer.alloc(0))).toBe(false);
    expect(check(format, bytes.subarray(0, bytes.length - 1))).toBe(false);
    expect(check(format, bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe(false);
    expect(check(format, bytes.subarray(1))).toBe(false);
  });

  test('a damaged cache folder keeps its whole pictures and loses the rest', () => {
    const dir = resolve(WORK, 'assets');
    mkdirSync(dir, { recursive: true });
    const avif = images.get('avif')!;
    writeFileSync(resolve(dir, 'utuh.avif'), avif);
    writeFileSync(resolve(dir, 'kosong.avif'), '');
    writeFileSync(resolve(dir, 'terpotong.avif'), avif.subarray(0, 100));
    writeFileSync(resolve(dir, 'gambar.avif.json'), '{}');
    expect(removeDamagedImages(dir).sort()).toEqual(['kosong.avif', 'terpotong.avif']);
    expect(isWholeImageFile(resolve(dir, 'utuh.avif'))).toBe(true);
    expect(existsSync(resolve(dir, 'gambar.avif.json'))).toBe(true);
    expect(removeDamagedImages(resolve(WORK, 'tidak-ada'))).toEqual([]);
  });
});

describe('picture originals no built file refers to', () => {
  test.each([
    ['foto.B4YbdJRe.jpg', true],
    ['foto-draf.a_b-CdEf.png', true],
    ['foto.B4YbdJRe_16G4P2.avif', false],
    ['BaseLayout.CNff0UJu.css', false],
    ['cari.astro_astro_type_script_index_0_lang.CYP1fK9i.js', false],
  ])('%s is an emitted original: %s', (name, original) => {
    expect(emittedOriginals([name])).toEqual(original ? [name] : []);
  });

  test('references are read from attributes, srcsets, CSS and percent-encoded names', () => {
    const text = [
      '<img src="/warta/_astro/a.B4YbdJRe_1.avif" srcset="/_astro/b.B4YbdJRe_2.webp 360w,/_astro/c.B4YbdJRe_3.webp 720w">',
      'background:url(_astro/d.B4YbdJRe.png)',
      '<a href="https://x.example/_astro/foto%20baru.B4YbdJRe.jpg">',
    ].join('\n');
    expect([...referencedAssetNames(text, '_astro')]).toEqual(
      expect.arrayContaining([
        'a.B4YbdJRe_1.avif',
        'b.B4YbdJRe_2.webp',
        'c.B4YbdJRe_3.webp',
        'd.B4YbdJRe.png',
        'foto baru.B4YbdJRe.jpg',
      ]),
    );
    expect(referencedAssetNames('<p>tidak ada gambar</p>', '_astro').size).toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { articleSlug, articleSource } from '../../src/lib/new-article';
import { articleSchema } from '../../src/schemas/article';
import { frontmatterText } from '../../src/lib/frontmatter';
import { ownProblems } from '../../src/lib/content-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

describe('articleSlug', () => {
  test.each([
    ['Banjir di Jakarta', [], 'banjir-di-jakarta'],
    ['Banjir di Jakarta', ['banjir-di-jakarta'], 'banjir-di-jakarta-2'],
    ['Banjir di Jakarta', ['banjir-di-jakarta', 'banjir-di-jakarta-2'], 'banjir-di-jakarta-3'],
    ['Kim: “Perang” — lagi…', [], 'kim-perang-lagi'],
    [
      'Menteri Pertahanan Rusia mengunjungi Korea Utara untuk melakukan pembicaraan dengan para pemimpin',
      [],
      'menteri-pertahanan-rusia-mengunjungi-korea-utara-untuk',
    ],
    ['北朝鮮', [], 'artikel'],
  ])('%j (taken: %j) → %s', (title, taken, slug) => {
    expect(articleSlug(title, new Set(taken))).toBe(slug);
  });
});

describe('articleSource', () => {
  const now = new Date('2024-11-29T18:30:00Z');
  const schema = articleSchema(() => z.string());
  const frontmatter = (source: string) => yaml.load(frontmatterText(source)!) as Record<string, unknown>;

  test('writes a draft dated now in WIB that the schema accepts, whatever the title holds', () => {
    const source = articleSource({
      title: 'Kim: "cukup" & </script> --',
      section: 'nasional',
      tags: ['Korea Utara'],
      now,
    });
    const data = frontmatter(source);
    expect(data).toMatchObject({
      title: 'Kim: "cukup" & </script> --',
      pubDate: '2024-11-30T01:30:00+07:00',
      section: 'nasional',
      tags: ['Korea Utara'],
      breaking: false,
      draft: true,
    });
    expect(schema.safeParse(data).success).toBe(true);
  });

  test('its TODO placeholders, body included, stop it from being published as it is', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warta-')), 'judul.mdx');
    writeFileSync(
      file,
      articleSource({ title: 'Judul', section: 'nasional', now }).replace('draft: true', 'draft: false'),
    );
    const problems = ownProblems(file, dirname(file), now);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(problems.map(({ field, line }) => [field, lines[line! - 1]!.includes('TODO')])).toEqual([
      ['description', true],
      ['isi', true],
    ]);
  });

  test('keeps a description given up front', () => {
    expect(
      frontmatter(articleSource({ title: 'J', section: 'ekonomi', description: 'Ringkasan.', breaking: true, now })),
    ).toMatchObject({
      description: 'Ringkasan.',
      breaking: true,
    });
  });
});

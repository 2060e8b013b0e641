import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, type CmsField } from '../../src/lib/cms-config';
import { articleFields } from '../../src/schemas/article';
import { SECTION_IDS } from '../../src/sections';
import { LOCAL_BACKEND, productionBackend } from '../../src/integrations/cms-admin';

const config = cmsConfig(LOCAL_BACKEND, { url: 'https://warta.example', base: '/' });
const [articles] = config.collections;
const byName = (fields: CmsField[]) => new Map(fields.map((field) => [field.name, field]));
const fields = byName(articles!.fields);

describe('the CMS form is made from the article schema', () => {
  test('every schema field is in the form, and the form has no field the schema lacks (plus the body)', () => {
    expect(new Set(fields.keys())).toEqual(new Set([...Object.keys(articleFields.shape), 'body']));
  });

  test.each([
    ['title', 'string', true],
    ['description', 'text', true],
    ['pubDate', 'datetime', true],
    ['updatedDate', 'datetime', false],
    ['author', 'list', false],
    ['section', 'select', true],
    ['tags', 'list', false],
    ['source', 'object', false],
    ['breaking', 'boolean', false],
    ['breakingUntil', 'datetime', false],
    ['live', 'object', false],
    ['image', 'object', false],
    ['corrections', 'list', false],
    ['aliases', 'list', false],
    ['draft', 'boolean', false],
    ['body', 'markdown', true],
  ])('%s: widget %s, required %s', (name, widget, required) => {
    expect(fields.get(name)).toMatchObject({ widget, required });
  });

  test.each([
    ['source', { name: ['string', true], url: ['string', false] }],
    ['image', { src: ['image', true], alt: ['string', true], caption: ['string', false], credit: ['string', false] }],
    ['live', { start: ['datetime', true], end: ['datetime', false] }],
    ['corrections', { date: ['datetime', true], text: ['text', true] }],
  ])('the fields inside %s match the schema', (name, expected) => {
    const inner = (fields.get(name)!.fields as CmsField[]).map((field) => [field.name, [field.widget, field.required]]);
    expect(Object.fromEntries(inner)).toEqual(expected);
  });

  test('a field the schema requires is one an article without it fails', () => {
    for (const field of articles!.fields.filter((f) => f.name !== 'body')) {
      const schema = articleFields.shape[field.name as keyof typeof articleFields.shape] as z.ZodType;
      expect(schema.safeParse(undefined).success, field.name).toBe(!field.required);
    }
  });

  test('the section choices are the sections, with their Indonesian names', () => {
    expect(fields.get('section')!.options).toEqual(SECTION_IDS.map((id) => ({ value: id, label: expect.any(String) })));
    expect((fields.get('section')!.options as { label: string }[])[0]!.label).toBe('Nasional');
  });

  test('a new article is a draft dated now; other dates start empty', () => {
    expect(fields.get('draft')!.default).toBe(true);
    expect(fields.get('pubDate')!.default).toBe('{{now}}');
    expect(fields.get('updatedDate')!.default).toBe('');
  });

  test('a list of groups (Koreksi) starts empty: otherwise Decap starts a new article with one empty item it will not save', () => {
    const groupLists = articles!.fields.filter((field) => field.widget === 'list' && field.fields);
    expect(groupLists.map((field) => field.name)).toContain('corrections');
    for (const field of groupLists) expect(field.default, field.name).toEqual([]);
  });

  test('dates are written with their offset, as the schema reads them', () => {
    expect(fields.get('pubDate')!.format).toBe('YYYY-MM-DDTHH:mm:ssZ');
  });
});

describe('where the CMS saves', () => {
  test('articles as .mdx files in content/articles, pictures beside them in gambar/', () => {
    expect(articles).toMatchObject({
      folder: 'content/articles',
      extension: 'mdx',
      format: 'frontmatter',
      media_folder: 'gambar',
      public_folder: './gambar',
    });
  });

  test('locally through decap-server, with no review step', () => {
    expect(config).toMatchObject({ local_backend: true, locale: 'id' });
    expect(config).not.toHaveProperty('publish_mode');
  });

  test.each([
    [{ WARTA_CMS_REPO: 'redaksi/warta' }, { name: 'github', repo: 'redaksi/warta', branch: 'main' }],
    [
      { GITHUB_REPOSITORY: 'redaksi/warta', WARTA_CMS_BRANCH: 'terbit' },
      { name: 'github', repo: 'redaksi/warta', branch: 'terbit' },
    ],
    [
      { WARTA_CMS_REPO: 'redaksi/warta', WARTA_CMS_AUTH_URL: 'https://auth.example' },
      { name: 'github', base_url: 'https://auth.example' },
    ],
    [{}, { name: 'git-gateway', branch: 'main' }],
  ])('in production with %o, through %o and the draft → review → ready workflow', (env, backend) => {
    const production = cmsConfig(productionBackend(env), { url: 'https://warta.example', base: '/' });
    expect(production.backend).toMatchObject(backend);
    expect(production).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(production).not.toHaveProperty('local_backend');
  });
});

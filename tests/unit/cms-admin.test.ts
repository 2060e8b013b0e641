import { describe, expect, test } from 'vitest';
import { besideArticle, COMPONENTS, emptyPaths, INDONESIAN, isBlank } from '../../src/cms/admin-setup.js';

const component = (id: string) => {
  const found = COMPONENTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
};

/** What the CMS does with a component: write it into the body, then read it back when the article is opened again. */
function roundTrip(id: string, data: Record<string, string>) {
  const { toBlock, fromBlock, pattern } = component(id);
  const text = toBlock(data);
  const match = text.match(pattern);
  return { text, data: match ? fromBlock(match) : undefined };
}

describe('editor components are written as the guide writes them, and read back unchanged', () => {
  test.each([
    [
      'PullQuote',
      { quote: 'Kerja sama yang "semakin meningkat".', by: 'Leif-Eric Easley' },
      '<PullQuote by="Leif-Eric Easley">Kerja sama yang "semakin meningkat".</PullQuote>',
    ],
    ['PullQuote', { quote: 'Angka {tiga} & <lima>' }, '<PullQuote>Angka \\{tiga\\} & \\<lima></PullQuote>'],
    [
      'EditorNote',
      { title: 'Pembaruan', note: 'Berita ini diperbarui.' },
      '<EditorNote title="Pembaruan">Berita ini diperbarui.</EditorNote>',
    ],
    ['RelatedLink', { article: 'typografi' }, '<RelatedLink article="typografi" />'],
    [
      'RelatedLink',
      { href: 'https://example.org/?a=1&b=2', title: 'Kata "mitra"' },
      '<RelatedLink href="https://example.org/?a=1&amp;b=2" title="Kata &quot;mitra&quot;" />',
    ],
    [
      'YouTube',
      { id: 'dQw4w9WgXcQ', title: 'Konferensi pers' },
      '<YouTube id="dQw4w9WgXcQ" title="Konferensi pers" />',
    ],
    [
      'Figure',
      { src: './gambar/pemandangan senja.jpg', alt: 'Langit senja' },
      'import foto_pemandangan_senja from \'./gambar/pemandangan senja.jpg\';\n\n<Figure src={foto_pemandangan_senja} alt="Langit senja" />',
    ],
    [
      'Pembaruan',
      {
        waktu: '2024-11-20T14:05:00+07:00',
        judul: 'Posko dibuka',
        isi: 'Pemerintah membuka **tiga posko**.\n\nWarga berdatangan.',
      },
      '<Pembaruan waktu="2024-11-20T14:05:00+07:00" judul="Posko dibuka">\nPemerintah membuka **tiga posko**.\n\nWarga berdatangan.\n</Pembaruan>',
    ],
    [
      'SocialPost',
      {
        platform: 'x',
        author: 'BMKG (@infoBMKG)',
        date: '2024-11-29',
        url: 'https://x.com/infoBMKG/status/1',
        text: 'Hujan lebat pukul 14.00–17.00 WIB.',
      },
      '<SocialPost platform="x" author="BMKG (@infoBMKG)" date="2024-11-29" url="https://x.com/infoBMKG/status/1">\nHujan lebat pukul 14.00–17.00 WIB.\n</SocialPost>',
    ],
  ])('%s %j', (id, data, written) => {
    const result = roundTrip(id, data);
    expect(result.text).toBe(written);
    expect(result.data).toEqual(data);
  });

  test('a picture chosen from the media library is imported from beside the article', () => {
    expect(component('Figure').toBlock({ src: 'gambar/foto.jpg', alt: 'Foto' })).toBe(
      'import foto_foto from \'./gambar/foto.jpg\';\n\n<Figure src={foto_foto} alt="Foto" />',
    );
  });

  test('a component written by hand in the guide’s form is recognised', () => {
    const { pattern, fromBlock } = component('Pembaruan');
    const match = '<Pembaruan waktu="2024-11-20T09:15:00+07:00">\nGempa mengguncang Cianjur.\n</Pembaruan>'.match(
      pattern,
    );
    expect(match && fromBlock(match)).toEqual({
      waktu: '2024-11-20T09:15:00+07:00',
      isi: 'Gempa mengguncang Cianjur.',
    });
  });
});

describe('empty fields are left out of the saved file', () => {
  test.each([
    ['nothing empty', { title: 'Judul', tags: ['A'] }, []],
    ['empty text and list', { title: 'Judul', updatedDate: '', author: [] }, [['updatedDate'], ['author']]],
    ['an emptied field inside an object', { source: { name: 'Antara', url: '' } }, [['source', 'url']]],
    ['an empty object', { image: {} }, [['image']]],
    [
      'a list item the editor added is kept, its empty field is not',
      { corrections: [{ date: '2024-11-29', text: '' }] },
      [['corrections', 0, 'text']],
    ],
    ['false and 0 are values', { breaking: false, count: 0 }, []],
  ])('%s', (_, data, paths) => {
    expect(emptyPaths(data)).toEqual(paths);
  });
});

describe('an optional object counts as left empty only when nothing was typed in it', () => {
  test.each([
    [undefined, true],
    [{}, true],
    [{ name: '', url: '' }, true],
    [{ start: '', end: null }, true],
    [{ src: '', alt: '', caption: '', credit: '' }, true],
    [{ name: 'Antara', url: '' }, false],
    [{ name: '', url: 'https://antaranews.com/' }, false],
    [{ items: [''] }, true],
    [{ flag: false }, false],
  ])('%j: %s', (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });
});

test.each([
  ['gambar/foto.jpg', './gambar/foto.jpg'],
  ['./gambar/foto.jpg', './gambar/foto.jpg'],
  ['../foto.jpg', '../foto.jpg'],
  ['/logo.png', '/logo.png'],
  ['https://example.org/foto.jpg', 'https://example.org/foto.jpg'],
  ['', ''],
])('the picture path %j is written as %j', (path, written) => {
  expect(besideArticle(path)).toBe(written);
});

describe('the CMS’s Indonesian interface', () => {
  /** Every text's key path ("workflow.workflowList.readyHeader"). */
  const keys = (texts: object, prefix = ''): string[] =>
    Object.entries(texts).flatMap(([key, value]) =>
      typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  const englishKeys = async () => keys((await import('decap-cms-locales/dist/esm/en/index.js')).default);

  test('translates only texts Decap has, so none is written for nothing', async () => {
    const english = await englishKeys();
    expect(keys(INDONESIAN).filter((key) => !english.includes(key))).toEqual([]);
  });

  test('translates every text of the editorial workflow production uses', async () => {
    const workflow = (await englishKeys()).filter((key) => key.startsWith('workflow.'));
    expect(workflow.filter((key) => !keys(INDONESIAN).includes(key))).toEqual([]);
  });
});

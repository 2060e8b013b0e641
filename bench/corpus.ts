/**
 * Synthetic corpora for `npm run bench`: N articles recombined from the seed article's
 * paragraphs with a seeded PRNG, so a given N always gives the same files. Written into a
 * folder the caller chooses (a temporary one), never into content/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bodyAfterFrontmatter, frontmatterText } from '../src/lib/frontmatter.ts';
import { slugify } from '../src/lib/slugs.ts';

/** The seed article whose body every synthetic article is made of. */
const SEED_ARTICLE = resolve(import.meta.dirname, '../content/articles/menhan-rusia-kunjungi-korea-utara.mdx');

/** Every generated pubDate (and updatedDate) falls before this moment: pin WARTA_NOW to it. */
export const CORPUS_NOW = '2025-01-01T00:00:00+07:00';
/** The generator's seed: the same corpus for a given size, run after run. */
const CORPUS_SEED = 20241129;

/** Generated pubDates are spread from this day to just before CORPUS_NOW (six years). */
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 30);
const DAY_MS = 86_400_000;

const SECTIONS = ['nasional', 'internasional', 'ekonomi', 'olahraga', 'teknologi'] as const;

/** mulberry32: small, fast and good enough to shuffle paragraphs the same way every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function shuffled<T>(random: () => number, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

// ~200 topics, as readers would name them: places, people, institutions, themes.
const PLACES = [
  'Jakarta',
  'Bandung',
  'Surabaya',
  'Medan',
  'Makassar',
  'Semarang',
  'Yogyakarta',
  'Denpasar',
  'Palembang',
  'Balikpapan',
  'Pontianak',
  'Manado',
  'Ambon',
  'Jayapura',
  'Kupang',
  'Mataram',
  'Padang',
  'Pekanbaru',
  'Banjarmasin',
  'Samarinda',
  'Aceh',
  'Papua',
  'Kalimantan Timur',
  'Jawa Barat',
  'Jawa Tengah',
  'Jawa Timur',
  'Sulawesi Selatan',
  'Sumatra Utara',
  'Bali',
  'Nusa Tenggara Timur',
  'Ibu Kota Nusantara',
  'Rusia',
  'Korea Utara',
  'Korea Selatan',
  'Ukraina',
  'Tiongkok',
  'Jepang',
  'Amerika Serikat',
  'Australia',
  'Malaysia',
  'Singapura',
  'Thailand',
  'Vietnam',
  'Filipina',
  'India',
  'Arab Saudi',
  'Iran',
  'Israel',
  'Palestina',
  'Mesir',
  'Turki',
  'Jerman',
  'Prancis',
  'Inggris',
  'Belanda',
  'Brasil',
  'Argentina',
  'Afrika Selatan',
  'Timor Leste',
  'Myanmar',
];
const PEOPLE = [
  'Vladimir Putin',
  'Kim Jong Un',
  'Yoon Suk Yeol',
  'Joe Biden',
  'Xi Jinping',
  'Andrei Belousov',
  'Sergei Shoigu',
  'Rustem Umerov',
  'Volodymyr Zelenskyy',
  'Narendra Modi',
  'Anwar Ibrahim',
  'Fumio Kishida',
  'Emmanuel Macron',
  'Olaf Scholz',
  'Recep Tayyip Erdogan',
  'Antonio Guterres',
];
const INSTITUTIONS = [
  'DPR',
  'MPR',
  'KPK',
  'Mahkamah Konstitusi',
  'Mahkamah Agung',
  'KPU',
  'Bawaslu',
  'Bank Indonesia',
  'OJK',
  'BPS',
  'Kementerian Keuangan',
  'Kementerian Pertahanan',
  'Kementerian Luar Negeri',
  'Kementerian Kesehatan',
  'TNI',
  'Polri',
  'BMKG',
  'BNPB',
  'PBB',
  'ASEAN',
  'NATO',
  'G20',
  'IMF',
  'Bank Dunia',
  'WHO',
  'OPEC',
  'FIFA',
  'PSSI',
  'KONI',
  'Pertamina',
  'PLN',
  'Garuda Indonesia',
  'Telkom',
  'BRI',
  'Bank Mandiri',
  'BUMN',
  'Bursa Efek Indonesia',
  'BRIN',
  'Kominfo',
  'Basarnas',
];
const THEMES = [
  'Pemilu',
  'Pilkada',
  'Korupsi',
  'Hukum',
  'HAM',
  'Pendidikan',
  'Kesehatan',
  'Lingkungan',
  'Perubahan Iklim',
  'Banjir',
  'Gempa',
  'Gunung Api',
  'Kebakaran Hutan',
  'Mudik',
  'Ramadan',
  'Idul Fitri',
  'Pariwisata',
  'Transportasi',
  'Kereta Cepat',
  'MRT',
  'Inflasi',
  'Suku Bunga',
  'Rupiah',
  'Saham',
  'IHSG',
  'APBN',
  'Pajak',
  'Ekspor',
  'Impor',
  'Nikel',
  'Batu Bara',
  'Minyak Sawit',
  'Harga Beras',
  'Harga BBM',
  'UMKM',
  'Startup',
  'Investasi',
  'Perbankan',
  'Pertanian',
  'Perikanan',
  'Sepak Bola',
  'Timnas Indonesia',
  'Liga 1',
  'Bulu Tangkis',
  'MotoGP',
  'Formula 1',
  'Olimpiade',
  'SEA Games',
  'Asian Games',
  'Piala Dunia',
  'Basket',
  'Voli',
  'Tinju',
  'Atletik',
  'Renang',
  'Kecerdasan Buatan',
  'Keamanan Siber',
  'Data Pribadi',
  'Ponsel',
  'Internet',
  'Media Sosial',
  'E-commerce',
  'Kendaraan Listrik',
  'Baterai',
  'Satelit',
  'Antariksa',
  'Semikonduktor',
  'Gim',
  'Fintech',
  '5G',
  'Perang Dingin',
  'Senjata Nuklir',
  'Rudal',
  'Diplomasi',
  'Sanksi',
  'Pengungsi',
  'Terorisme',
  'Pertahanan',
  'Militer',
  'Perdagangan',
  'Pangan',
  'Energi',
  'Air Bersih',
  'Perumahan',
  'Tenaga Kerja',
  'Upah Minimum',
  'Kemiskinan',
  'Stunting',
  'Vaksin',
  'Demam Berdarah',
];
const TAG_POOL: readonly string[] = [...PLACES, ...PEOPLE, ...INSTITUTIONS, ...THEMES];

// Headline parts: who, what, about what, where; combined they give tens of thousands of headlines.
const WHO = [
  'Menteri Pertahanan',
  'Presiden',
  'Wakil Presiden',
  'Gubernur',
  'Wali kota',
  'Ketua DPR',
  'Menteri Keuangan',
  'Menteri Luar Negeri',
  'Kepala BMKG',
  'Pelatih timnas',
  'Direktur utama',
  'Juru bicara pemerintah',
  'Para ekonom',
  'Warga',
  'Mahasiswa',
  'Pengusaha',
  'Petani',
  'Nelayan',
  'Atlet muda',
  'Peneliti',
  'Polisi',
  'Hakim',
  'Jaksa',
  'Aktivis',
];
const WHAT = [
  'mengunjungi',
  'membahas',
  'menolak',
  'mendukung',
  'mengkritik',
  'mengumumkan',
  'meninjau',
  'menandatangani perjanjian soal',
  'memperingatkan tentang',
  'menyelidiki',
  'meresmikan',
  'menunda',
  'mempercepat',
  'memuji',
  'mempertanyakan',
  'menyiapkan',
];
const ABOUT = [
  'kerja sama militer',
  'anggaran tahun depan',
  'harga bahan pokok',
  'proyek kereta cepat',
  'pembangunan bendungan',
  'laga final',
  'sistem rudal pertahanan udara',
  'aturan baru data pribadi',
  'bantuan kemanusiaan',
  'program makan siang gratis',
  'kebijakan suku bunga',
  'rencana ekspor nikel',
  'pabrik baterai kendaraan listrik',
  'jadwal mudik',
  'kenaikan upah minimum',
  'penanganan banjir',
  'peluncuran satelit',
  'sanksi ekonomi',
  'pemilihan kepala daerah',
  'perlindungan nelayan',
  'transfer teknologi',
  'kesiapan stadion',
];
const WHERE = [...PLACES.slice(0, 40), 'ibu kota', 'perbatasan', 'kawasan industri', 'pelabuhan', 'bandara'];

/** Headlines of every length, so share images use all four font sizes. */
function headline(random: () => number, seen: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    let title = `${pick(random, WHO)} ${pick(random, WHAT)} ${pick(random, ABOUT)} di ${pick(random, WHERE)}`;
    const extra = random();
    if (extra < 0.3)
      title += `, ${pick(random, ['kata pejabat', 'menurut laporan', 'di tengah sorotan publik', 'setelah berbulan-bulan tertunda'])}`;
    if (extra > 0.8)
      title += ` untuk melakukan pembicaraan dengan para pemimpin ${pick(random, ['militer', 'politik', 'ekonomi', 'daerah'])} dan ${pick(random, ['masyarakat', 'pengusaha', 'akademisi', 'tokoh agama'])} setempat`;
    // Some headlines carry straight quotes, so remark-smartypants has work to do on the headline too.
    if (extra > 0.45 && extra < 0.55) title = `"${title}"`;
    if (attempt > 0) title += ` (${attempt + 1})`;
    if (!seen.has(title)) {
      seen.add(title);
      return title;
    }
  }
}

const yamlString = (text: string) => JSON.stringify(text); // JSON strings are valid YAML double-quoted scalars.

/** The seed's body paragraphs (everything after the frontmatter), one string each. */
function seedParagraphs(): string[] {
  const text = readFileSync(SEED_ARTICLE, 'utf8').replace(/\r\n/g, '\n');
  if (frontmatterText(text) === undefined) throw new Error(`${SEED_ARTICLE}: no frontmatter`);
  return bodyAfterFrontmatter(text)
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface CorpusSummary {
  dir: string;
  articles: number;
  drafts: number;
  breaking: number;
  bytes: number;
}

/** One article's file name and MDX text: the i-th article of a corpus, drawn from `random`. */
function article(i: number, random: () => number, paragraphs: readonly string[], seen: Set<string>) {
  const title = headline(random, seen);
  const section = SECTIONS[i % SECTIONS.length] as (typeof SECTIONS)[number];
  const tagCount = 1 + Math.floor(random() * 5);
  // Skewed towards the start of the pool, like real topics: a few big ones, a long tail.
  const tags = new Set<string>();
  while (tags.size < tagCount) tags.add(TAG_POOL[Math.floor(random() ** 2 * TAG_POOL.length)] as string);

  const day = FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS + 1)) * DAY_MS;
  const isoDay = new Date(day).toISOString().slice(0, 10);
  const withTime = random() < 0.6;
  const hh = String(6 + Math.floor(random() * 16)).padStart(2, '0');
  const mm = String(Math.floor(random() * 60)).padStart(2, '0');
  const pubDate = withTime ? `${isoDay}T${hh}:${mm}:00+07:00` : isoDay;
  const updatedDate = random() < 0.1 ? new Date(day + DAY_MS).toISOString().slice(0, 10) : undefined;

  // 10–21 of the seed's 21 paragraphs, in a new order: about the seed's length on average.
  const count = Math.min(paragraphs.length, 10 + Math.floor(random() * 12));
  let body = shuffled(random, paragraphs).slice(0, count);
  // Half the articles arrive with straight quotes, as editors type them.
  if (random() < 0.5) body = body.map((p) => p.replace(/[“”]/g, '"'));
  if (random() < 0.3)
    body.splice(Math.floor(body.length / 2), 0, `## ${pick(random, ABOUT).replace(/^./, (c) => c.toUpperCase())}`);
  const description = (body.find((p) => !p.startsWith('#')) ?? title).split(/(?<=\.)\s/)[0] as string;

  const breaking = random() < 0.02;
  const draft = random() < 0.01;
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    `pubDate: ${pubDate}`,
    ...(updatedDate ? [`updatedDate: ${updatedDate}`] : []),
    ...(random() < 0.3
      ? [
          `author: ${yamlString(`${pick(random, ['Ayu', 'Budi', 'Citra', 'Dimas', 'Eka', 'Fajar'])} ${pick(random, ['Lestari', 'Santoso', 'Wibowo', 'Pratama', 'Siregar', 'Nugroho'])}`)}`,
        ]
      : []),
    `section: ${section}`,
    `tags: [${[...tags].map(yamlString).join(', ')}]`,
    'source:',
    `  name: ${yamlString(pick(random, ['Associated Press (AP)', 'Reuters', 'Antara', 'AFP', 'Redaksi Warta']))}`,
    ...(random() < 0.4 ? [`  url: https://example.com/berita/${i}`] : []),
    ...(breaking ? ['breaking: true'] : []),
    ...(draft ? ['draft: true'] : []),
    '---',
    '',
    body.join('\n\n'),
    '',
  ];
  const words = slugify(title).split('-').slice(0, 6).join('-');
  return { file: `${String(i).padStart(5, '0')}-${words}.mdx`, text: lines.join('\n'), breaking, draft };
}

/** Writes N articles into `dir` (created if missing); the same N always gives the same files. */
export function writeCorpus(dir: string, n: number): CorpusSummary {
  const paragraphs = seedParagraphs();
  if (paragraphs.length < 5) throw new Error(`${SEED_ARTICLE}: too few paragraphs to recombine`);
  mkdirSync(dir, { recursive: true });
  const random = prng(CORPUS_SEED);
  const seen = new Set<string>();
  const summary: CorpusSummary = { dir, articles: n, drafts: 0, breaking: 0, bytes: 0 };
  for (let i = 1; i <= n; i++) {
    const { file, text, breaking, draft } = article(i, random, paragraphs, seen);
    writeFileSync(join(dir, file), text);
    summary.bytes += Buffer.byteLength(text);
    if (draft) summary.drafts++;
    if (breaking) summary.breaking++;
  }
  return summary;
}

/**
 * Writes the story a newsroom publishes next into a corpus already written: dated just before
 * CORPUS_NOW, so it is the newest article, in a big section and on big topics. `breaking`
 * makes it the banner's story, which every page that carries the banner shows.
 */
export function writeNewStory(dir: string, { breaking = false } = {}): string {
  const paragraphs = seedParagraphs().slice(0, 12);
  const file = breaking ? 'terbaru-breaking.mdx' : 'terbaru.mdx';
  const text = [
    '---',
    `title: ${yamlString(breaking ? 'Gempa kuat guncang Jawa Barat, warga diminta waspada' : 'Menteri Keuangan membahas anggaran tahun depan di Jakarta')}`,
    `description: ${yamlString(paragraphs[0]!.split(/(?<=\.)\s/)[0]!)}`,
    'pubDate: 2024-12-31T21:00:00+07:00',
    'section: nasional',
    `tags: [${['Jakarta', 'APBN', 'Kementerian Keuangan'].map(yamlString).join(', ')}]`,
    'source:',
    '  name: "Redaksi Warta"',
    ...(breaking ? ['breaking: true'] : []),
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  writeFileSync(join(dir, file), text);
  return file;
}

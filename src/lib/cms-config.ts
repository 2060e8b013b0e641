/**
 * The browser CMS's configuration (Decap CMS, served at /admin/), made from the article schema
 * so the two cannot drift: every field of src/schemas/article.ts must have a widget below (the
 * type says so, and tests/unit/cms-config.test.ts walks the schema), and whether a field is
 * required is read from the schema itself, never written twice.
 */
import { z } from 'astro/zod';
import { articleFields } from '../schemas/article.ts';
import { SECTION_IDS } from '../sections.ts';
import { t } from '../i18n/id.ts';
import { baseFolder } from './paths.ts';

/** A Decap CMS field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** How the CMS shows one field: everything but its name and whether it is required. */
type Widget = Omit<CmsField, 'name' | 'required'> & { fields?: Record<string, Widget> };

/**
 * Date and time as the schema reads them, with the editor's own offset (+07:00 in WIB). A day
 * alone (`2024-11-29`) written by hand stays as it is until someone changes it here.
 */
const moment = (label: string, hint: string): Widget => ({
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DDTHH:mm:ssZ',
  date_format: 'DD-MM-YYYY',
  time_format: 'HH:mm',
  hint,
  // Decap fills an empty date with "now" unless told otherwise; only pubDate wants that.
  default: '',
});

/** One entry per frontmatter field of src/schemas/article.ts, in the order editors see them. */
const WIDGETS = {
  title: { label: 'Judul', widget: 'string' },
  description: {
    label: 'Ringkasan',
    widget: 'text',
    hint: 'Satu atau dua kalimat; tampil di bawah judul, di Google, di WhatsApp dan di RSS.',
  },
  pubDate: {
    ...moment('Waktu terbit', 'Berita dengan waktu di masa depan baru terbit pada build pertama setelah waktu itu.'),
    default: '{{now}}',
  },
  updatedDate: moment(
    'Waktu pembaruan',
    'Boleh kosong; tidak boleh sebelum waktu terbit. Tampil sebagai "Diperbarui …".',
  ),
  author: {
    label: 'Penulis',
    widget: 'list',
    hint: 'Hanya orang yang menulis atau melaporkan berita ini. Kosongkan untuk berita kantor berita dan isi Sumber.',
  },
  section: {
    label: 'Kanal',
    widget: 'select',
    options: SECTION_IDS.map((id) => ({ label: t(`section.${id}`), value: id })),
  },
  tags: {
    label: 'Topik',
    widget: 'list',
    hint: 'Seperti pembaca menyebutnya, misalnya Korea Utara; setiap topik punya halaman sendiri.',
  },
  source: {
    label: 'Sumber',
    widget: 'object',
    collapsed: true,
    fields: {
      name: { label: 'Nama sumber', widget: 'string' },
      url: { label: 'Alamat sumber', widget: 'string', hint: 'Alamat lengkap yang diawali https://' },
    },
  },
  breaking: {
    label: 'Breaking news',
    widget: 'boolean',
    default: false,
    hint: 'Menampilkan berita di pita "Breaking News" di semua halaman.',
  },
  breakingUntil: moment(
    'Breaking sampai',
    'Build pertama setelah waktu ini menurunkan berita dari pita. Hanya berlaku bila Breaking news aktif.',
  ),
  live: {
    label: 'Liputan langsung',
    widget: 'object',
    collapsed: true,
    fields: {
      start: moment('Liputan dibuka', 'Tanggal dan jam liputan langsung dimulai.'),
      end: moment('Liputan ditutup', 'Isi setelah liputan selesai.'),
    },
  },
  image: {
    label: 'Foto utama',
    widget: 'object',
    collapsed: true,
    fields: {
      src: {
        label: 'Berkas foto',
        widget: 'image',
        hint: 'JPG, PNG, WebP atau AVIF; disimpan di folder gambar di samping berita. SVG ditolak.',
      },
      alt: { label: 'Teks alternatif', widget: 'string', hint: 'Jelaskan isi foto untuk pembaca tunanetra.' },
      caption: { label: 'Keterangan', widget: 'string' },
      credit: { label: 'Kredit foto', widget: 'string' },
    },
  },
  corrections: {
    label: 'Koreksi',
    widget: 'list',
    // Without a default Decap starts a new article with one empty correction, which blocks saving.
    default: [],
    fields: {
      date: moment('Waktu koreksi', 'Tidak boleh sebelum waktu terbit.'),
      text: { label: 'Isi koreksi', widget: 'text' },
    },
  },
  aliases: { label: 'Alamat lama', widget: 'list', hint: 'Setelah nama file diganti, misalnya /berita/judul-lama/.' },
  draft: {
    label: 'Draf',
    widget: 'boolean',
    default: true,
    hint: 'Draf tampil di pratinjau dan tidak pernah terbit. Matikan untuk menerbitkan.',
  },
} satisfies Record<keyof typeof articleFields.shape, Widget>;

/** The schema inside optional(), default(), transform() and refine() wrappers. */
function innerSchema(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.def.innerType as z.ZodType;
    else if (inner instanceof z.ZodPipe) inner = inner.def.in as z.ZodType;
    else return inner;
  }
}

/** The object schema a field holds, itself or as its list's items, if it is one. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = innerSchema(schema);
  const object = inner instanceof z.ZodArray ? innerSchema(inner.def.element as z.ZodType) : inner;
  return object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>) : undefined;
}

/** A field is required when the schema refuses an article that leaves it out. */
const isRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success;

function cmsFields(shape: Record<string, z.ZodType>, widgets: Record<string, Widget>, where: string): CmsField[] {
  const missing = Object.keys(shape).filter((name) => !(name in widgets));
  if (missing.length)
    throw new Error(
      `CMS: kolom ${missing.map((name) => where + name).join(', ')} belum punya widget di src/lib/cms-config.ts`,
    );
  return Object.entries(widgets).map(([name, { fields, ...widget }]) => {
    const schema = shape[name];
    if (!schema) throw new Error(`CMS: kolom ${where}${name} tidak ada di skema berita`);
    const field = { name, ...widget, required: isRequired(schema) } as CmsField;
    if (fields) {
      const inner = objectShape(schema);
      if (!inner) throw new Error(`CMS: ${where}${name} bukan objek di skema berita`);
      field.fields = cmsFields(inner, fields, `${where}${name}.`);
    }
    return field;
  });
}

/** The article fields as the CMS shows them, then the body. */
export function articleCmsFields(): CmsField[] {
  return [
    ...cmsFields(articleFields.shape as Record<string, z.ZodType>, WIDGETS, ''),
    {
      name: 'body',
      label: 'Isi berita',
      widget: 'markdown',
      required: true,
      // Markdown mode keeps the text byte for byte, MDX components included; the rich-text mode
      // rewrites the Markdown it touches and is there to insert components. Decap ignores this
      // order and opens rich text first: src/cms/admin-setup.js makes Markdown the default.
      modes: ['raw', 'rich_text'],
      hint: 'Markdown seperti di panduan penulis. Komponen (Foto, Kutipan, Catatan redaksi, Baca juga, YouTube, Unggahan media sosial, Pembaruan liputan langsung) disisipkan dari mode teks kaya.',
    },
  ];
}

/** Where the CMS writes and how it logs in (README: Editing in the browser). */
export interface CmsBackend {
  /** The repository's articles folder, relative to its root. */
  folder: string;
  /** `local`: decap-server on the editor's machine (`npm run cms`); otherwise a Git host. */
  kind: 'local' | 'github' | 'git-gateway';
  repo?: string;
  branch: string;
  /** Where a GitHub login is brokered (an OAuth app's proxy); Netlify's when unset. */
  authUrl?: string;
}

/** The whole config.yml, as an object; the collection's fields come from the schema. */
export function cmsConfig(backend: CmsBackend, site: { url: string; base: string }) {
  const root = baseFolder(site.base);
  const local = backend.kind === 'local';
  return {
    locale: 'id',
    backend: local
      ? // Kept for Decap's login screen; with local_backend it talks to decap-server instead.
        { name: 'git-gateway', branch: backend.branch }
      : {
          name: backend.kind,
          branch: backend.branch,
          ...(backend.repo ? { repo: backend.repo } : {}),
          ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
          commit_messages: {
            create: 'Berita baru: {{slug}} (lewat CMS, {{author-name}})',
            update: 'Ubah berita: {{slug}} (lewat CMS, {{author-name}})',
            delete: 'Hapus berita: {{slug}} (lewat CMS, {{author-name}})',
            uploadMedia: 'Unggah gambar: {{path}} (lewat CMS, {{author-name}})',
            deleteMedia: 'Hapus gambar: {{path}} (lewat CMS, {{author-name}})',
          },
        },
    // decap-server writes files straight to disk; review happens in Git afterwards.
    ...(local ? { local_backend: true } : { publish_mode: 'editorial_workflow' }),
    site_url: `${site.url.replace(/\/$/, '')}${root}`,
    display_url: `${site.url.replace(/\/$/, '')}${root}`,
    // Images beside the articles, as the editors' guide says: ./gambar/foto.jpg.
    media_folder: `${backend.folder}/gambar`,
    public_folder: './gambar',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Berita',
        label_singular: 'berita',
        description: 'Satu berita adalah satu file MDX; nama file menjadi alamatnya (/berita/nama-file/).',
        folder: backend.folder,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        media_folder: 'gambar',
        public_folder: './gambar',
        preview_path: `${root.slice(1)}berita/{{filename}}/`,
        summary: '{{title}} ({{section}}, {{pubDate}})',
        sortable_fields: ['pubDate', 'title', 'section'],
        view_filters: [
          { label: 'Draf', field: 'draft', pattern: true },
          { label: 'Breaking news', field: 'breaking', pattern: true },
        ],
        fields: articleCmsFields(),
      },
    ],
  };
}

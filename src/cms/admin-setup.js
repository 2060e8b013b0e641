/**
 * Runs in the browser on /admin/ after decap-cms.js, served as it is (no build step): the
 * Indonesian interface, the MDX components editors can insert, and the clean-up before a save.
 * The pure parts are exported for tests/unit/cms-admin.test.ts.
 */

/** Decap writes an emptied field as "" or []; the schema reads only a missing field as "not given". */
const isEmpty = (value) =>
  value === '' ||
  value === null ||
  (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0);

/**
 * The paths of the empty fields in an entry's data (not of list items, which the editor added
 * on purpose). Deleting them can empty an object in turn: callers repeat until none are left.
 */
export function emptyPaths(value, path = []) {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = [...path, Array.isArray(value) ? Number(key) : key];
    if (!Array.isArray(value) && isEmpty(inner)) return [here];
    return emptyPaths(inner, here);
  });
}

/** True when a value holds nothing an editor typed: empty text, lists and objects, however nested. */
export function isBlank(value) {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/**
 * Decap writes a picture chosen from the media library as `gambar/foto.jpg`, dropping the `./`
 * of public_folder; the guide writes `./gambar/foto.jpg`, and an MDX import needs it.
 */
export const besideArticle = (path) => (!path || /^(\.{0,2}\/|[a-z]+:)/i.test(path) ? path : `./${path}`);

/** A JSX attribute value in double quotes: only " and & need writing otherwise. */
const attribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unattribute = (text) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** Text between a component's tags: MDX would read { and < as code. */
const child = (text) => String(text).replace(/[\\{}<]/g, (c) => `\\${c}`);
const unchild = (text) => text.replace(/\\([\\{}<])/g, '$1');

/** `name="value"` pairs of one tag. */
function attributes(text) {
  return Object.fromEntries(
    [...text.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, unattribute(value)]),
  );
}
const props = (data, names) =>
  names
    .filter((name) => data[name])
    .map((name) => ` ${name}="${attribute(data[name])}"`)
    .join('');

/** A tag's `name="value"` attributes, as a pattern's first group. */
const ATTRIBUTES = '((?: \\w+="[^"]*")*)';

/** A component written as one self-closing tag, every field an attribute. */
function selfClosing(id, label, fields) {
  const names = fields.map(({ name }) => name);
  return {
    id,
    label,
    fields,
    pattern: new RegExp(`^<${id}${ATTRIBUTES} \\/>$`),
    fromBlock: (match) => attributes(match[1]),
    toBlock: (data) => `<${id}${props(data, names)} />`,
  };
}

/**
 * A component around one field's text, the other fields its attributes: on one line, the text
 * escaped for MDX; or (`lines`) around Markdown on lines of its own, kept as the editor wrote it.
 */
function around(id, label, fields, inner, { lines = false } = {}) {
  const names = fields.map(({ name }) => name).filter((name) => name !== inner);
  const [body, open, close] = lines ? ['\\n([\\s\\S]*?)\\n', '\n', '\n'] : ['(.*)', '', ''];
  return {
    id,
    label,
    fields,
    pattern: new RegExp(`^<${id}${ATTRIBUTES}>${body}<\\/${id}>$`),
    fromBlock: (match) => ({ ...attributes(match[1]), [inner]: lines ? match[2] : unchild(match[2]) }),
    toBlock: (data) => {
      const text = lines ? (data[inner] ?? '') : child(data[inner] ?? '');
      return `<${id}${props(data, names)}>${open}${text}${close}</${id}>`;
    },
  };
}

/** The components of docs/panduan-penulis.md that fit on one line, as Decap editor components. */
export const COMPONENTS = [
  around(
    'PullQuote',
    'Kutipan menonjol',
    [
      { name: 'quote', label: 'Kutipan', widget: 'text' },
      { name: 'by', label: 'Oleh', widget: 'string', required: false },
    ],
    'quote',
  ),
  around(
    'EditorNote',
    'Catatan redaksi',
    [
      { name: 'title', label: 'Judul (tanpa judul: "Catatan redaksi")', widget: 'string', required: false },
      { name: 'note', label: 'Catatan', widget: 'text' },
    ],
    'note',
  ),
  selfClosing('RelatedLink', 'Baca juga', [
    { name: 'article', label: 'Berita Warta (nama file tanpa .mdx)', widget: 'string', required: false },
    { name: 'href', label: 'atau alamat lain (https://…)', widget: 'string', required: false },
    { name: 'title', label: 'Judul untuk alamat lain', widget: 'string', required: false },
  ]),
  selfClosing('YouTube', 'Video YouTube', [
    { name: 'id', label: 'Kode video (11 karakter setelah v=)', widget: 'string' },
    { name: 'title', label: 'Judul video untuk pembaca layar', widget: 'string' },
  ]),
  {
    id: 'Figure',
    label: 'Foto dengan keterangan',
    fields: [
      { name: 'src', label: 'Berkas foto', widget: 'image' },
      { name: 'alt', label: 'Teks alternatif', widget: 'string' },
      { name: 'caption', label: 'Keterangan', widget: 'string', required: false },
      { name: 'credit', label: 'Kredit', widget: 'string', required: false },
    ],
    // <Figure> takes an imported picture; MDX allows the import just above it.
    pattern: /^import (\w+) from '([^']+)';\n\n<Figure src=\{\1\}((?: \w+="[^"]*")*) \/>$/,
    fromBlock: (match) => ({ ...attributes(match[3]), src: match[2] }),
    toBlock: (data) => {
      const name = `foto_${String(data.src ?? '')
        .replace(/^.*\//, '')
        .replace(/\.\w+$/, '')
        .replace(/\W+/g, '_')}`;
      return `import ${name} from '${besideArticle(data.src ?? '')}';\n\n<Figure src={${name}}${props(data, ['alt', 'caption', 'credit'])} />`;
    },
  },
  around(
    'Pembaruan',
    'Pembaruan liputan langsung',
    [
      { name: 'waktu', label: 'Waktu (misalnya 2024-11-20T14:05:00+07:00)', widget: 'string' },
      { name: 'judul', label: 'Judul', widget: 'string', required: false },
      { name: 'isi', label: 'Isi (Markdown)', widget: 'text' },
    ],
    'isi',
    { lines: true },
  ),
  around(
    'SocialPost',
    'Unggahan media sosial',
    [
      { name: 'platform', label: 'Platform', widget: 'select', options: ['x', 'instagram', 'tiktok'] },
      { name: 'author', label: 'Akun', widget: 'string' },
      { name: 'date', label: 'Tanggal unggahan (seperti Waktu terbit)', widget: 'string' },
      { name: 'url', label: 'Alamat unggahan (https://…)', widget: 'string' },
      { name: 'text', label: 'Teks unggahan', widget: 'text' },
    ],
    'text',
    { lines: true },
  ),
];

/** The words editors see most, in Indonesian; Decap shows its English for the rest. */
export const INDONESIAN = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk…',
    loginWithGitHub: 'Masuk dengan GitHub',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
  },
  app: {
    header: { content: 'Konten', workflow: 'Alur kerja', media: 'Media', quickAdd: 'Tambah cepat' },
    app: {
      errorHeader: 'Konfigurasi CMS tidak bisa dimuat',
      loadingConfig: 'Memuat konfigurasi…',
      waitingBackend: 'Menunggu server…',
    },
  },
  collection: {
    sidebar: { collections: 'Koleksi', searchAll: 'Cari semua', searchIn: 'Cari di' },
    collectionTop: {
      sortBy: 'Urutkan',
      viewAs: 'Tampilan',
      newButton: '＋ %{collectionLabel}',
      newButtonAriaLabel: 'Buat %{collectionLabel} baru',
      ascending: 'Naik',
      descending: 'Turun',
      filterBy: 'Saring',
      groupBy: 'Kelompokkan',
    },
    entries: { loadingEntries: 'Memuat berita…', cachingEntries: 'Menyimpan berita…', noEntries: 'Belum ada berita' },
  },
  editor: {
    editorControl: { field: { optional: 'boleh kosong' } },
    editorControlPane: { widget: { required: '%{fieldLabel} wajib diisi.' } },
    editor: {
      onLeavePage: 'Yakin ingin meninggalkan halaman ini? Perubahan yang belum disimpan hilang.',
      onPublishing: 'Yakin ingin menerbitkan ini?',
      onDeletePublishedEntry: 'Yakin ingin menghapus berita ini?',
      loadingEntry: 'Memuat berita…',
      confirmLoadBackup: 'Ada salinan berita ini yang belum disimpan. Pakai salinan itu?',
    },
    editorInterface: { togglePreview: 'Tampilkan/sembunyikan pratinjau' },
    editorToolbar: {
      publishing: 'Menerbitkan…',
      publish: 'Terbitkan',
      published: 'Terbit',
      unpublish: 'Tarik',
      duplicate: 'Gandakan',
      publishAndCreateNew: 'Terbitkan dan buat baru',
      publishAndDuplicate: 'Terbitkan dan gandakan',
      deleteEntry: 'Hapus berita',
      deletePublishedEntry: 'Hapus berita yang terbit',
      saving: 'Menyimpan…',
      save: 'Simpan',
      deleting: 'Menghapus…',
      status: 'Status: %{status}',
      backCollection: ' Menulis di koleksi %{collectionLabel}',
      unsavedChanges: 'Belum disimpan',
      changesSaved: 'Tersimpan',
      draft: 'Draf',
      inReview: 'Ditinjau',
      ready: 'Siap',
      unpublishing: 'Menarik…',
      updating: 'Memperbarui…',
      deleteUnpublishedChanges: 'Hapus perubahan yang belum terbit',
      deleteUnpublishedEntry: 'Hapus berita yang belum terbit',
      statusInfoTooltipDraft: 'Berita ini masih draf. Bila sudah selesai, ubah statusnya menjadi ‘Ditinjau’.',
      statusInfoTooltipInReview: 'Berita ini sedang ditinjau. Perubahan tetap bisa dibuat selama peninjauan.',
      publishNow: 'Terbitkan sekarang',
      deployButtonLabel: 'Lihat di situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        link: 'Tautan',
        linkPrompt: 'Tulis alamat tautan',
        headings: 'Judul antara',
        quote: 'Kutipan',
        bulletedList: 'Daftar butir',
        numberedList: 'Daftar bernomor',
        addComponent: 'Sisipkan komponen',
        richText: 'Teks kaya',
        markdown: 'Markdown',
      },
      image: {
        choose: 'Pilih gambar',
        chooseUrl: 'Pakai alamat gambar',
        promptUrl: 'Tulis alamat gambar',
        chooseDifferent: 'Pilih gambar lain',
        remove: 'Hapus gambar',
      },
      datetime: { now: 'Sekarang', clear: 'Kosongkan' },
      list: { add: 'Tambah %{item}', addType: 'Tambah %{item}' },
      object: { expand: 'Buka', collapse: 'Tutup' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Belum disimpan',
      copy: 'Salin',
      copyUrl: 'Salin alamat',
      copyPath: 'Salin alamat',
      copyName: 'Salin nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Yakin ingin menghapus gambar yang dipilih?',
      fileTooLarge: 'Berkas terlalu besar (paling besar %{size} kB).',
    },
    mediaLibraryModal: {
      mediaAssets: 'Gambar',
      images: 'Gambar',
      uploading: 'Mengunggah…',
      upload: 'Unggah',
      chooseSelected: 'Pilih',
      search: 'Cari…',
      loading: 'Memuat…',
      noResults: 'Tidak ada',
      noAssetsFound: 'Belum ada gambar',
      noImagesFound: 'Belum ada gambar',
      close: 'Tutup',
      download: 'Unduh',
      deleting: 'Menghapus…',
      deleteSelected: 'Hapus yang dipilih',
    },
  },
  ui: {
    toast: {
      missingRequiredField: 'Ada kolom wajib yang belum diisi. Lengkapi dulu sebelum menyimpan.',
      onFailToLoadEntries: 'Gagal memuat berita: %{details}',
      onFailToPersist: 'Gagal menyimpan: %{details}',
      onFailToDelete: 'Gagal menghapus: %{details}',
      onFailToUpdateStatus: 'Gagal mengubah status: %{details}',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      onFailToUnpublishEntry: 'Gagal menarik berita: %{details}',
      entrySaved: 'Berita tersimpan',
      entryPublished: 'Berita terbit',
      entryUnpublished: 'Berita ditarik',
      entryUpdated: 'Status berita diperbarui',
      onDeleteUnpublishedChanges: 'Perubahan yang belum terbit dihapus',
      onLoggedOut: 'Anda telah keluar. Simpan salinan tulisan Anda, lalu masuk lagi.',
      onBackendDown: 'Layanan penyimpanan sedang terganggu. Lihat %{details}.',
    },
  },
  // The editorial workflow production uses (publish_mode: editorial_workflow in src/lib/cms-config.ts).
  workflow: {
    workflow: {
      loading: 'Memuat alur kerja…',
      workflowHeading: 'Alur kerja redaksi',
      newPost: 'Berita baru',
      description:
        '%{smart_count} berita menunggu ditinjau, %{readyCount} siap terbit. |||| %{smart_count} berita menunggu ditinjau, %{readyCount} siap terbit.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus berita baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan berita baru',
    },
    workflowList: {
      onDeleteEntry: 'Yakin ingin menghapus berita ini?',
      onPublishingNotReadyEntry:
        'Hanya berita berstatus “Siap” yang bisa diterbitkan. Seret kartunya ke kolom “Siap” lebih dulu.',
      onPublishEntry: 'Yakin ingin menerbitkan berita ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Ditinjau',
      readyHeader: 'Siap',
      currentEntries: '%{smart_count} berita |||| %{smart_count} berita',
    },
  },
};

/** @type {any} */
const CMS = typeof window === 'undefined' ? undefined : /** @type {any} */ (window).CMS;
if (CMS) {
  CMS.registerLocale('id', INDONESIAN);
  for (const component of COMPONENTS) CMS.registerEditorComponent(component);
  // Decap checks the required fields inside an optional object (Sumber, Foto utama, Liputan
  // langsung) even when the editor leaves the whole object empty, and then refuses to save.
  // An empty optional object is skipped instead, and its fields' old errors are cleared; once
  // anything is typed in it, its required fields are required again, as the schema says.
  const object = CMS.getWidget('object');
  class OptionalObjectControl extends object.control {
    constructor(props) {
      super(props);
      const validateFields = this.validate;
      this.validate = () => {
        const value = this.props.value?.toJS ? this.props.value.toJS() : this.props.value;
        if (this.props.field.get('required') !== false || !isBlank(value)) return validateFields();
        for (const child of Object.values(this.childRefs)) child.props.onValidate?.([]);
      };
    }
  }
  CMS.registerWidget('object', OptionalObjectControl, object.preview, object.schema);
  CMS.registerEventListener({
    name: 'preSave',
    // The data is one of Decap's Immutable maps: delete the empty fields in place of rebuilding it.
    handler: ({ entry }) => {
      let data = entry.get('data');
      for (let paths = emptyPaths(data.toJS()); paths.length; paths = emptyPaths(data.toJS())) {
        data = paths.reduce((kept, path) => kept.deleteIn(path), data);
      }
      const picture = data.getIn(['image', 'src']);
      return picture ? data.setIn(['image', 'src'], besideArticle(picture)) : data;
    },
  });
  // Decap opens the body in rich-text mode, which rewrites Markdown and MDX it touches. Markdown
  // mode keeps the file as written, so it is the default until the editor picks a mode (Decap
  // remembers that choice under this key).
  if (!localStorage.getItem('cms.md-mode')) localStorage.setItem('cms.md-mode', 'raw');
  // manual-init.js held Decap back until the above was registered.
  CMS.init();
}

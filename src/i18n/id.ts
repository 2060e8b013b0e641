import { fill } from './fill.ts';

/**
 * Every string a reader sees, in Indonesian. Flat dotted keys; `{name}` marks a
 * value filled in by `t()`.
 */
export const id = {
  'site.tagline': 'Berita terkini dari Indonesia dan dunia',
  /** The site's name with a line about it: the home page's title tag and heading, the site's share image's alt text. */
  'site.title': '{site}: {tagline}',
  /** The title tag of every other page. */
  'page.title': '{title} | {site}',
  'site.skipLink': 'Langsung ke konten',
  'site.home': 'Beranda',
  'site.sectionsNav': 'Kanal berita',
  'site.footerNote': 'Semua waktu dalam {zoneName} ({zone}).',
  'site.copyright': '© {site}. Hak cipta dilindungi undang-undang.',

  'section.nasional': 'Nasional',
  'section.internasional': 'Internasional',
  'section.ekonomi': 'Ekonomi',
  'section.olahraga': 'Olahraga',
  'section.teknologi': 'Teknologi',

  'banner.label': 'Breaking News',
  'banner.region': 'Berita terkini',

  'home.title': 'Berita terkini',
  'home.lead': 'Berita utama',
  'home.highlights': 'Sorotan',
  'home.latest': 'Berita terbaru',
  'home.empty': 'Belum ada berita yang terbit.',

  'article.updated': 'Diperbarui',
  'article.readingTime': '{minutes} menit baca',
  'article.byline': 'Oleh {names}',
  /** The byline of a story with no named author: the agency it comes from (src/lib/byline.ts). */
  'article.bylineAgency': 'Diolah dari {source}',
  'article.and': 'dan',
  'article.source': 'Sumber:',
  'article.tags': 'Topik',
  'article.draft': 'DRAF',

  'list.sectionTitle': 'Berita {section}',
  'list.sectionDescription': 'Berita terbaru kanal {section} dari {site}.',
  'list.tagTitle': 'Topik: {tag}',
  'list.tagDescription': 'Semua berita {site} tentang {tag}.',
  'list.empty': 'Belum ada berita di sini.',
  'list.laterPageTitle': '{heading} (halaman {page})',

  'author.crumb': 'Penulis',
  'author.title': '{name}, penulis {site}',
  'author.description': 'Profil {name} dan berita yang ditulisnya di {site}.',
  'author.photoAlt': 'Foto {name}',
  'author.links': 'Tautan {name}',
  'author.articles': 'Berita oleh {name}',

  'archive.title': 'Arsip berita',
  'archive.description': 'Semua berita {site}, menurut bulan terbit.',
  'archive.monthTitle': 'Arsip berita {month}',
  'archive.monthDescription': 'Berita {site} yang terbit pada {month}, yang terbaru lebih dulu.',
  'archive.count': '{count} berita',
  'archive.nav': 'Arsip',

  'live.label': 'LANGSUNG',
  'live.open': 'Liputan langsung: pembaruan terbaru di atas.',
  'live.ended': 'Liputan langsung telah berakhir pada {time}.',
  'live.feedTitle': '{title}: pembaruan {time}',

  'pagination.label': 'Halaman',
  'pagination.newer': '← Lebih baru',
  'pagination.older': 'Lebih lama →',
  'pagination.position': 'Arsip halaman {current}',

  'feed.siteTitle': '{site}: berita terbaru',
  'feed.sectionTitle': '{site}: {section}',
  'feed.link': 'RSS',

  'figure.captionPrefix': 'Keterangan gambar, ',
  'figure.creditPrefix': 'Sumber gambar, ',

  'corrections.heading': 'Koreksi',
  'editorNote.title': 'Catatan redaksi',
  'relatedLink.label': 'Baca juga:',
  /** Under a social post quoted in an article (src/components/mdx/SocialPost.astro). */
  'socialPost.by': '{author} di {platform}',
  'socialPost.original': 'Lihat unggahan asli di {platform}',
  'footnotes.label': 'Catatan kaki',
  'footnotes.backLabel': 'Kembali ke rujukan {reference}',
  'article.scheduled': 'TERJADWAL',

  'breadcrumb.label': 'Jejak navigasi',
  'related.heading': 'Berita terkait',
  'share.heading': 'Bagikan artikel ini',
  'share.whatsapp': 'WhatsApp',
  'share.facebook': 'Facebook',
  'share.x': 'X',
  'share.telegram': 'Telegram',
  'share.email': 'Email',
  'share.imageAlt': 'Judul berita: {title}',

  'footer.sections': 'Kanal',
  'footer.about': 'Tentang kami',
  'footer.redaksi': 'Redaksi',
  'footer.contact': 'Kontak',

  'search.title': 'Cari berita',
  'search.description': 'Cari berita {site} berdasarkan kata kunci.',
  'search.label': 'Kata kunci',
  'search.submit': 'Cari',
  'search.nav': 'Cari',
  'search.noScript':
    'Pencarian di halaman ini memerlukan JavaScript. Tanpa JavaScript, tombol Cari membuka mesin pencari umum yang dibatasi pada situs ini; Anda juga dapat menelusuri berita lewat kanal dan topik.',
  'search.searching': 'Mencari…',
  'search.results': '{count} hasil untuk “{query}”',
  'search.none': 'Tidak ada hasil untuk “{query}”. Coba kata lain.',
  'search.error': 'Pencarian sedang tidak tersedia. Coba lagi nanti.',

  /** The page at a renamed article's old address (src/pages/berita/[alias].astro). */
  'redirect.title': 'Dipindahkan: {title}',
  'redirect.body': 'Berita ini sudah pindah ke alamat baru:',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.',
  'notFound.back': 'Kembali ke beranda',
} as const;

export type StringKey = keyof typeof id;

/** Looks up a string and fills its `{placeholders}` (see fill). */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(id[key], values);
}

/** A string with its `{placeholders}` left in, for code that fills them later (the search script, Sätteri). */
export function template(key: StringKey): string {
  return id[key];
}

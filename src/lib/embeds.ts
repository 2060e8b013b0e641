/**
 * The embeds editors paste every day, checked while the page is built: a YouTube video on
 * YouTube's privacy-enhanced host, and a social post (X, Instagram, TikTok) quoted as text so
 * no third-party script loads. Each check returns what the component needs, or a message in
 * Indonesian that names the prop.
 */

import { parsePublishDate, type PublishDate } from './dates.ts';

/** The one frame host the site allows (src/lib/headers.ts): YouTube without tracking cookies until play. */
export const YOUTUBE_FRAME_ORIGIN = 'https://www.youtube-nocookie.com';

/** A YouTube video id: 11 characters of letters, digits, "-" and "_". */
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The social platforms a post may come from, with the hosts its address may use. */
export const SOCIAL_PLATFORMS = {
  x: { name: 'X', hosts: ['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com'] },
  instagram: { name: 'Instagram', hosts: ['instagram.com'] },
  tiktok: { name: 'TikTok', hosts: ['tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com', 'm.tiktok.com'] },
} as const;

export type SocialPlatform = keyof typeof SOCIAL_PLATFORMS;

/** What a checked embed gives its component, or why it cannot be published. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const problem = (message: string): { ok: false; problem: string } => ({ ok: false, problem: message });
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/**
 * What a <Figure> in an article lacks, if anything: its src must be a picture imported at the
 * top of the article (`picture`), and its alt must say what the picture shows. The component
 * refuses the same at render (src/components/mdx/Figure.astro), and the content check before.
 */
export function figureProblem(picture: boolean, alt: unknown): string | undefined {
  if (!picture)
    return "<Figure>: src harus gambar yang diimpor di awal artikel, misalnya import foto from './gambar/foto.jpg' lalu <Figure src={foto} …/>";
  if (alt === undefined || (typeof alt === 'string' && alt.trim() === ''))
    return '<Figure>: alt wajib diisi: jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya';
  return undefined;
}

/** The address of a YouTube video on the privacy-enhanced host, from its id and the title screen readers announce. */
export function youtubeEmbed(id: unknown, title: unknown): Checked<{ src: string; title: string }> {
  if (typeof id !== 'string' || !YOUTUBE_ID.test(id)) {
    return problem(
      `<YouTube id="${String(id ?? '')}">: id harus 11 karakter (huruf, angka, - atau _) dari alamat video, misalnya dQw4w9WgXcQ dari https://www.youtube.com/watch?v=dQw4w9WgXcQ`,
    );
  }
  if (blank(title))
    return problem(`<YouTube id="${id}">: title wajib diisi: tulis isi video untuk pembaca yang memakai pembaca layar`);
  return { ok: true, value: { src: `${YOUTUBE_FRAME_ORIGIN}/embed/${id}`, title: (title as string).trim() } };
}

export interface SocialPostProps {
  platform: unknown;
  author: unknown;
  date: unknown;
  url: unknown;
}

/** A social post's props, checked: a known platform, an https address on that platform's host, an author and a date. */
export function socialPost({ platform, author, date, url }: SocialPostProps): Checked<{
  platform: SocialPlatform;
  platformName: string;
  author: string;
  date: PublishDate;
  url: string;
}> {
  const known = Object.keys(SOCIAL_PLATFORMS).join(', ');
  if (typeof platform !== 'string' || !Object.hasOwn(SOCIAL_PLATFORMS, platform)) {
    return problem(
      `<SocialPost platform="${String(platform ?? '')}">: platform tidak dikenal; pilih salah satu dari ${known}`,
    );
  }
  const { name, hosts } = SOCIAL_PLATFORMS[platform as SocialPlatform];
  const address = typeof url === 'string' ? URL.parse(url.trim()) : null;
  const host = address?.hostname.replace(/^www\./, '');
  if (!address || address.protocol !== 'https:' || !host || !(hosts as readonly string[]).includes(host)) {
    return problem(
      `<SocialPost url="${String(url ?? '')}">: url harus alamat unggahan https:// di ${hosts.join(' atau ')} untuk platform="${platform}"`,
    );
  }
  if (blank(author))
    return problem(`<SocialPost url="${address.href}">: author wajib diisi: nama atau akun yang mengunggah`);
  const parsed = date === undefined || date === '' ? 'wajib diisi, misalnya 2024-11-29' : parsePublishDate(date);
  if (typeof parsed === 'string') return problem(`<SocialPost url="${address.href}">: date ${parsed}`);
  return {
    ok: true,
    value: {
      platform: platform as SocialPlatform,
      platformName: name,
      author: (author as string).trim(),
      date: parsed,
      url: address.href,
    },
  };
}

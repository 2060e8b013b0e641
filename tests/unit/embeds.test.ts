import { describe, expect, test } from 'vitest';
import { socialPost, youtubeEmbed } from '../../src/lib/embeds';

describe('youtubeEmbed', () => {
  test.each([
    ['an id of 11 letters and digits', 'dQw4w9WgXcQ'],
    ['an id with - and _', 'a-b_c-D_e12'],
  ])('accepts %s, on the privacy-enhanced host', (_, id) => {
    expect(youtubeEmbed(id, ' Video banjir ')).toEqual({
      ok: true,
      value: { src: `https://www.youtube-nocookie.com/embed/${id}`, title: 'Video banjir' },
    });
  });

  test.each([
    ['a whole address instead of the id', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['ten characters', 'dQw4w9WgXc'],
    ['twelve characters', 'dQw4w9WgXcQQ'],
    ['a character outside the set', 'dQw4w9WgX?Q'],
    ['a quote that would break out of the address', 'dQw4w9"gXcQ'],
    ['nothing', undefined],
    ['a number', 12345678901],
  ])('refuses %s, naming the id prop in Indonesian', (_, id) => {
    const checked = youtubeEmbed(id, 'Video');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toMatch(/^<YouTube id="[^\n]*">: id harus 11 karakter/);
  });

  test.each([undefined, '', '   '])('refuses a missing title (%j), which screen readers need', (title) => {
    const checked = youtubeEmbed('dQw4w9WgXcQ', title);
    expect(!checked.ok && checked.problem).toMatch(/title wajib diisi/);
  });
});

describe('socialPost', () => {
  const post = { platform: 'x', author: 'BMKG', date: '2024-11-29', url: 'https://x.com/infoBMKG/status/1' };

  test.each([
    ['x', 'https://x.com/infoBMKG/status/1', 'X'],
    ['x', 'https://twitter.com/infoBMKG/status/1', 'X'],
    ['x', 'https://www.x.com/infoBMKG/status/1', 'X'],
    ['instagram', 'https://www.instagram.com/p/abc/', 'Instagram'],
    ['instagram', 'https://instagram.com/p/abc/', 'Instagram'],
    ['tiktok', 'https://www.tiktok.com/@bmkg/video/1', 'TikTok'],
    ['tiktok', 'https://vm.tiktok.com/ZSabc/', 'TikTok'],
  ])('accepts a %s post at %s', (platform, url, platformName) => {
    const checked = socialPost({ ...post, platform, url });
    expect(checked.ok && { name: checked.value.platformName, url: checked.value.url }).toEqual({
      name: platformName,
      url,
    });
  });

  test('reads the date as frontmatter dates are read', () => {
    const checked = socialPost(post);
    expect(checked.ok && checked.value.date.iso).toBe('2024-11-29');
  });

  test.each([
    [
      'an unknown platform',
      { platform: 'facebook' },
      /^<SocialPost platform="facebook">: platform tidak dikenal; pilih salah satu dari x, instagram, tiktok$/,
    ],
    ['a platform in capitals', { platform: 'X' }, /platform="X">: platform tidak dikenal/],
    ['no platform', { platform: undefined }, /platform="">: platform tidak dikenal/],
    [
      "a url on another platform's host",
      { url: 'https://www.instagram.com/p/abc/' },
      /url="https:\/\/www\.instagram\.com\/p\/abc\/">: url harus alamat unggahan https:\/\/ di x\.com atau twitter\.com/,
    ],
    ['a look-alike host', { url: 'https://x.com.evil.example/status/1' }, /url=.*: url harus alamat unggahan/],
    ['a host ending in the name', { url: 'https://notx.com/status/1' }, /url=.*: url harus alamat unggahan/],
    ['a plain http address', { url: 'http://x.com/infoBMKG/status/1' }, /url=.*: url harus alamat unggahan https:\/\//],
    ['a script address', { url: 'javascript:alert(1)//x.com' }, /url=.*: url harus alamat unggahan/],
    ['no url', { url: undefined }, /url="">: url harus alamat unggahan/],
    ['no author', { author: ' ' }, /: author wajib diisi/],
    ['no date', { date: undefined }, /: date wajib diisi, misalnya 2024-11-29/],
    ['a date not on the calendar', { date: '2024-02-30' }, /: date "2024-02-30" bukan tanggal yang ada di kalender/],
  ])('refuses %s, naming the prop in Indonesian', (_, change, message) => {
    const checked = socialPost({ ...post, ...change });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toMatch(message);
  });
});

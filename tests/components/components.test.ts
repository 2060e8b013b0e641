import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import BreakingBanner from '../../src/components/BreakingBanner.astro';
import ArticleMeta from '../../src/components/ArticleMeta.astro';
import SourceFooter from '../../src/components/SourceFooter.astro';
import YouTube from '../../src/components/mdx/YouTube.astro';
import SocialPost from '../../src/components/mdx/SocialPost.astro';
import { publishDate as date } from '../publish-date';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  return load(await container.renderToString(component, { props }), null, false);
}

const text = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('BreakingBanner', () => {
  test('shows the label and links the story, in a labelled region that does not interrupt', async () => {
    const $ = await render(BreakingBanner, { story: { title: 'Judul', href: '/berita/judul/' } });
    const region = $('section');
    expect(region.attr('aria-label')).toBe('Berita terkini');
    expect(region.attr('aria-live')).toBeUndefined();
    expect(text(region.find('strong').text())).toBe('Breaking News');
    expect(region.find('a').attr('href')).toBe('/berita/judul/');
    expect(text(region.find('a').text())).toBe('Judul');
  });

  test('renders nothing when nothing is breaking', async () => {
    const $ = await render(BreakingBanner, {});
    expect(text($.root().text())).toBe('');
    expect($('section')).toHaveLength(0);
  });

  test('escapes a hostile headline', async () => {
    const $ = await render(BreakingBanner, { story: { title: '</script><b>x</b>', href: '/x/' } });
    expect($('a').text()).toBe('</script><b>x</b>');
    expect($('b')).toHaveLength(0);
  });
});

describe('ArticleMeta', () => {
  test('a day-only date, the agency as the byline and the reading time', async () => {
    const $ = await render(ArticleMeta, {
      pubDate: date('2024-11-29'),
      readingMinutes: 4,
      credit: { agency: { name: 'Associated Press (AP)' } },
    });
    expect(text($('.byline').text())).toBe('Diolah dari Associated Press (AP)');
    expect($('time').attr('datetime')).toBe('2024-11-29');
    expect(text($('.dates').text())).toBe('Jumat, 29 November 2024 4 menit baca');
  });

  test('with no one to credit there is no byline at all', async () => {
    const $ = await render(ArticleMeta, { pubDate: date('2024-11-29'), readingMinutes: 1, credit: undefined });
    expect($('.byline')).toHaveLength(0);
    expect(text($.root().text())).not.toContain('Oleh');
  });

  test('an updated article shows both times in WIB and every author', async () => {
    const $ = await render(ArticleMeta, {
      pubDate: date('2024-11-29T18:30:00Z'),
      updatedDate: date('2024-11-30T08:15:00+07:00'),
      readingMinutes: 2,
      credit: { people: [{ name: 'Rina' }, { name: 'Budi', url: '/penulis/budi/' }] },
    });
    expect(text($('.byline').text())).toBe('Oleh Rina dan Budi');
    // Only the writer with a page is a link; the date links to its month's archive.
    expect(
      $('.byline a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual([['Budi', '/penulis/budi/']]);
    expect($('.dates a').attr('href')).toBe('/arsip/2024/11/');
    expect(text($('.updated').text())).toBe('Diperbarui Sabtu, 30 November 2024, 08.15 WIB');
    expect(
      $('time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2024-11-30T01:30:00+07:00', '2024-11-30T08:15:00+07:00']);
  });
});

describe('SourceFooter', () => {
  test('names the source without a link when there is no url', async () => {
    const $ = await render(SourceFooter, { source: { name: 'Associated Press (AP)' } });
    expect(text($('p').text())).toBe('Sumber: Associated Press (AP)');
    expect($('a')).toHaveLength(0);
  });

  test('links the source when there is a url', async () => {
    const $ = await render(SourceFooter, { source: { name: 'AP', url: 'https://apnews.com/x?a=1&b="2"' } });
    expect($('a').attr('href')).toBe('https://apnews.com/x?a=1&b="2"');
    expect($('a').attr('rel')).toBe('noopener noreferrer');
  });

  test('renders nothing without a source', async () => {
    const $ = await render(SourceFooter, {});
    expect($('p')).toHaveLength(0);
  });
});

describe('YouTube', () => {
  test('a lazy, titled frame on the privacy-enhanced host, with no inline style', async () => {
    const $ = await render(YouTube, { id: 'dQw4w9WgXcQ', title: 'Banjir di "Jakarta" </script>' });
    const frame = $('figure.video-embed iframe');
    expect(frame.attr('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame.attr('title')).toBe('Banjir di "Jakarta" </script>');
    expect(frame.attr('loading')).toBe('lazy');
    expect($('[style]')).toHaveLength(0);
    expect($('script')).toHaveLength(0);
  });

  test('a wrong id stops the build naming the prop', async () => {
    await expect(render(YouTube, { id: 'https://youtu.be/dQw4w9WgXcQ', title: 'Video' })).rejects.toThrow(
      /<YouTube id="https:\/\/youtu\.be\/dQw4w9WgXcQ">: id harus 11 karakter/,
    );
  });
});

describe('SocialPost', () => {
  const props = { platform: 'instagram', author: 'BMKG', date: '2024-11-29', url: 'https://www.instagram.com/p/abc/' };

  test('a quote with author, platform, date and a link to the original, loading no script', async () => {
    const $ = await container
      .renderToString(SocialPost, { props, slots: { default: '<p>Waspada hujan lebat.</p>' } })
      .then((html) => load(html, null, false));
    expect($('figure.social-post blockquote').attr('cite')).toBe(props.url);
    expect(text($('blockquote').text())).toBe('Waspada hujan lebat.');
    expect(text($('figcaption').text())).toBe(
      'BMKG di Instagram, Jumat, 29 November 2024. Lihat unggahan asli di Instagram',
    );
    expect($('figcaption time').attr('datetime')).toBe('2024-11-29');
    expect($('figcaption a').attr('href')).toBe(props.url);
    expect($('figcaption a').attr('rel')).toBe('noopener noreferrer');
    expect($('script, iframe')).toHaveLength(0);
  });

  test('a url on another host stops the build naming the prop', async () => {
    await expect(render(SocialPost, { ...props, platform: 'tiktok' })).rejects.toThrow(
      /url=.*url harus alamat unggahan https:\/\/ di tiktok\.com/,
    );
  });
});

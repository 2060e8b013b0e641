import rss from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { FEED_SIZE, LIVE_FEED_UPDATES, SITE } from '../site.ts';
import { absolutizeHtml } from '../lib/feed-html.ts';
import { BodyProblem } from '../markdown/satteri-body-guard.ts';
import { t } from '../i18n/id.ts';
import { absoluteUrl, paths } from '../site-urls.ts';
import type { Article } from './articles.ts';
import { articleBody, type ArticleBody } from './article-body.ts';
import type { FeedInfo } from '../feeds.ts';
import { mdxComponents } from '../components/mdx-components.ts';
import { escapeUTF8 } from 'entities';
import { liveUpdatesOf } from './live.ts';
import { formatUpdateTime, updateUrl, type LiveUpdate } from '../lib/live.ts';

let container: Promise<AstroContainer> | undefined;
const xml = new XMLBuilder();
/**
 * Rendered once: the newest articles are in the site feed and in their section's. The content's
 * digest is kept with it, so `astro dev` renders an edited article's new text in its place.
 */
const fullTexts = new Map<string, { digest: Article['digest']; html: Promise<string> }>();

/** An article's body as HTML with absolute URLs, for content:encoded. */
function fullText(article: Article): Promise<string> {
  const cached = fullTexts.get(article.id);
  if (cached && cached.digest === article.digest) return cached.html;
  const html = renderFullText(article);
  fullTexts.set(article.id, { digest: article.digest, html });
  return html;
}

async function renderFullText(article: Article): Promise<string> {
  try {
    const body = await articleBody(article);
    const html = body.html ?? (await renderMdx(body.Content!));
    return absolutizeHtml(html, absoluteUrl(paths.article(article.id)));
  } catch (error) {
    if (error instanceof BodyProblem) throw error;
    // The body checks (src/markdown/article-checks.ts) should have stopped anything that fails here; if
    // not, the editor still learns which file, not just a stack overflow.
    throw new Error(
      `${article.filePath ?? article.id}  feed  isi artikel ini tidak dapat dijadikan HTML untuk feed: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

async function renderMdx(Content: NonNullable<ArticleBody['Content']>): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}

/** An RSS 2.0 feed of the newest articles given, with their full text. */
export async function articleFeed(articles: readonly Article[], feed: FeedInfo): Promise<Response> {
  const newest = articles.slice(0, FEED_SIZE);
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.page),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${SITE.lang}</language>`,
      `<atom:link href="${absoluteUrl(feed.path)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: newestItemsFirst([
      ...(await Promise.all(
        newest.map(async (article) => ({
          title: article.data.title,
          link: absoluteUrl(paths.article(article.id)),
          pubDate: article.data.pubDate.instant,
          description: article.data.description,
          content: await fullText(article),
          categories: [t(`section.${article.data.section}`), ...article.data.tags],
          // RSS's own <author> must be an e-mail address; bylines go in Dublin Core's creator.
          customData: article.data.author.map((name) => xml.build({ 'dc:creator': name })).join(''),
        })),
      )),
      ...newest.flatMap((article) =>
        liveUpdatesOf(article)
          .slice(0, LIVE_FEED_UPDATES)
          .map((update) => updateItem(article, update)),
      ),
    ]),
  });
}

/** A live page's update as a feed item of its own, linking to its anchor, so readers of the feed see it arrive. */
function updateItem(article: Article, update: LiveUpdate) {
  return {
    title:
      update.title ?? t('live.feedTitle', { title: article.data.title, time: formatUpdateTime(update.time.instant) }),
    link: updateUrl(absoluteUrl(paths.article(article.id)), update),
    pubDate: update.time.instant,
    description: update.text,
    // Its words as a paragraph: every item carries content, as feed readers show that first.
    content: `<p>${escapeUTF8(update.text)}</p>`,
    categories: [t(`section.${article.data.section}`), ...article.data.tags],
  };
}

/** Articles and updates together, newest first (a stable sort: articles keep their order), cut to the feed's size. */
function newestItemsFirst<T extends { pubDate: Date }>(items: T[]): T[] {
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_SIZE);
}

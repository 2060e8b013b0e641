/**
 * Search in the browser with Pagefind's index (built by src/integrations/search-index.ts).
 * Progressive enhancement: the form in cari.astro works without this script.
 */
import { fill } from '../i18n/fill.ts';
import { SEARCH_INDEX_FOLDER, SEARCH_SHARD_LIST } from '../lib/paths.ts';
import { excerptParts } from '../lib/search-excerpt.ts';
import { shownResults } from '../lib/search-matches.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  /** The page's whole text. */
  content: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const MAX_RESULTS = 20;
const form = document.querySelector<HTMLFormElement>('form[data-search]');

if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const strings = form.dataset;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  let pagefind: Promise<Pagefind> | undefined;
  // Each search gets a number; results of an older one that finishes late are dropped.
  let latestSearch = 0;

  // With the script running, search here instead of on a general search engine.
  document.querySelectorAll('[data-no-script-only]').forEach((el) => el.remove());
  form.action = strings.self!;

  async function run(query: string): Promise<void> {
    const search = ++latestSearch;
    list.replaceChildren();
    if (!query) return void (status.textContent = '');
    status.textContent = strings.searching!;
    try {
      pagefind ??= loadIndex(strings.base!);
      const { results } = await (await pagefind).search(query);
      const loaded = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      // Each part of the index matches loosely what it lacks (src/lib/search-matches.ts).
      const { shown, count } = shownResults(query, loaded, results.length);
      if (search !== latestSearch) return;
      list.replaceChildren(...shown.map(renderResult));
      status.textContent = fill(shown.length > 0 ? strings.results! : strings.none!, { count: String(count), query });
    } catch {
      pagefind = undefined; // a network hiccup: load the index again next time
      if (search === latestSearch) status.textContent = strings.error!;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void run(query);
  });

  const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/**
 * The search index is in parts, newest first (src/lib/search-shards.ts): the newest part's
 * Pagefind leads, and the others are merged into it.
 */
async function loadIndex(base: string): Promise<Pagefind> {
  const folder = `${base}${SEARCH_INDEX_FOLDER}/`;
  const response = await fetch(`${folder}${SEARCH_SHARD_LIST}`);
  if (!response.ok) throw new Error(`${response.status}`);
  const [first, ...others] = (await response.json()) as string[];
  if (!first) throw new Error('empty index');
  const pagefind = (await import(/* @vite-ignore */ `${folder}${first}/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  for (const part of others) await pagefind.mergeIndex(`${folder}${part}/`, { baseUrl: base });
  return pagefind;
}

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'card-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Text nodes only, plus <mark> around the matches: the article's own `<` and `&` stay text.
  excerpt.append(
    ...excerptParts(result.excerpt).map(({ text, mark }) => {
      if (!mark) return text;
      const highlight = document.createElement('mark');
      highlight.textContent = text;
      return highlight;
    }),
  );
  item.append(heading, excerpt);
  return item;
}

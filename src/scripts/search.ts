/**
 * Search in the browser with Pagefind's index (built by src/integrations/search-index.ts).
 * Progressive enhancement: the form in cari.astro works without this script.
 */
import { fill } from '../i18n/fill.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
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
      pagefind ??= import(/* @vite-ignore */ `${strings.base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
        await module.options({ baseUrl: strings.base! });
        return module;
      });
      const { results } = await (await pagefind).search(query);
      const found = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (search !== latestSearch) return;
      list.replaceChildren(...found.map(renderResult));
      status.textContent = fill(found.length > 0 ? strings.results! : strings.none!, {
        count: String(results.length),
        query,
      });
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

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'card-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  return item;
}

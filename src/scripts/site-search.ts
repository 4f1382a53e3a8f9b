import {
  FACETS,
  pagefindFilters,
  parseSearchState,
  resultSummary,
  serializeSearchState,
  type SearchState,
} from '../lib/search-state';
import { SEARCH_BUNDLES, includesDocuments } from '../lib/search-bundles';
import { excerptParts } from '../lib/search-excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/**
 * Results shown at first and per "Visa fler". Each result loads its page's fragment, which carries the page's whole
 * indexed text (for the excerpt): a document's is 4–6 KB gzip, so five results instead of ten keep a first search
 * on the real site about 5 KB smaller for "kamratstöd" and about 15 KB for a word on every page (BENCHMARKS.md).
 */
const PAGE_SIZE = 5;
/** On a large site the documents are searched at once when the overview gives fewer hits than this. */
const DOCUMENTS_BELOW_HITS = 10;
// Pagefind's web worker stays on: without it a first search is 12 KB smaller, but Lighthouse measured 0.7–3 s of
// blocking time on /sok/ (51 ms with it), BENCHMARKS.md.
const OPTIONS = { excerptLength: 24 };

/** The search page: runs Pagefind in the browser, with facets and the state in the URL. */
class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** Set once the documents' bundle is merged into the search; it then stays merged. */
  #documents: Promise<void> | undefined;
  #run = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(this.readForm(), true);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type=checkbox]')) void this.search(this.readForm(), true);
    });
    const state = parseSearchState(location.search);
    (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
    this.applyFacets(state);
    void this.search(state, false);
    this.querySelector<HTMLButtonElement>('[data-more]')!.addEventListener('click', () => {
      // Move focus to the first new result so keyboard users continue where the list grew.
      void this.showMore().then((first) => first?.querySelector('a')?.focus());
    });
    this.querySelector<HTMLButtonElement>('[data-with-documents]')?.addEventListener('click', () => {
      // The button disappears once the documents are searched; the status that replaces it takes focus.
      void this.search({ ...this.readForm(), withDocuments: true }, true).then(() =>
        this.querySelector<HTMLElement>('[role=status]')?.focus(),
      );
    });
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${SEARCH_BUNDLES.overview.url}pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options(OPTIONS);
        return module;
      },
    );
    return this.#pagefind;
  }

  /** Whether the documents have a bundle of their own (a large site) or are in the one index (a small site). */
  get split(): boolean {
    return this.dataset.layout === 'split';
  }

  /** Merges the documents' bundle into the search (its metadata and index load only now). */
  mergeDocuments(pagefind: Pagefind): Promise<void> {
    this.#documents ??= pagefind.mergeIndex(SEARCH_BUNDLES.documents.url, OPTIONS);
    return this.#documents;
  }

  readForm(): SearchState {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    const filters: Record<string, string[]> = {};
    for (const facet of FACETS) {
      const values = data.getAll(facet).map(String);
      if (values.length > 0) filters[facet] = values;
    }
    return { query: String(data.get('q') ?? '').trim(), filters, withDocuments: this.#documents !== undefined };
  }

  /** Checks the facet boxes the URL names; the boxes themselves are rendered at build time. */
  applyFacets(state: SearchState) {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    for (const box of boxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    // Filters from the URL without a box (facets too large to list) stay in the form, shown as text.
    const form = this.querySelector('form')!;
    for (const [facet, values] of Object.entries(state.filters))
      for (const value of values)
        if (!boxes.some((b) => b.name === facet && b.value === value)) {
          const hidden = Object.assign(document.createElement('input'), { type: 'hidden', name: facet, value });
          const note = Object.assign(document.createElement('p'), {
            className: 'active-filter',
            textContent: `Avgränsat till ${facet}: ${value}`,
          });
          form.append(hidden, note);
        }
    if (Object.keys(state.filters).length > 0) this.querySelector('details')?.setAttribute('open', '');
  }

  async search(state: SearchState, updateUrl: boolean) {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const withDocuments = this.querySelector<HTMLButtonElement>('[data-with-documents]');
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!state.query && Object.keys(state.filters).length === 0) {
      list.replaceChildren();
      if (withDocuments) withDocuments.hidden = true;
      status.textContent = 'Skriv ett sökord eller välj ett filter.';
      return;
    }
    status.textContent = 'Söker …';
    const pagefind = await this.pagefind();
    const search = () => pagefind.search(state.query || null, { filters: pagefindFilters(state) });
    let found = await search();
    if (
      this.split &&
      this.#documents === undefined &&
      includesDocuments(found.results.length, DOCUMENTS_BELOW_HITS, state.withDocuments)
    ) {
      await this.mergeDocuments(pagefind);
      found = await search();
    }
    if (run !== this.#run) return;
    const documentsSearched = !this.split || this.#documents !== undefined;
    // Keep the URL true to what was searched, so a shared link shows the same results.
    if (this.split && documentsSearched && !state.withDocuments && updateUrl)
      history.replaceState(null, '', `${location.pathname}${serializeSearchState({ ...state, withDocuments: true })}`);
    list.replaceChildren();
    // A copy: showMore takes results off #remaining, and the count must stay the whole count.
    this.#remaining = [...found.results];
    await this.showMore(run);
    status.textContent = resultSummary(found.results.length, state, documentsSearched);
    if (withDocuments) withDocuments.hidden = documentsSearched;
  }

  #remaining: { data(): Promise<PagefindResultData> }[] = [];

  /** Renders the next page of results; fragments are fetched only for results shown. */
  async showMore(run = this.#run) {
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const next = this.#remaining.splice(0, PAGE_SIZE);
    const results = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = results.map((result) => this.renderResult(result));
    list.append(...items);
    more.hidden = this.#remaining.length === 0;
    more.textContent = `Visa fler träffar (${this.#remaining.length} till)`;
    return items[0];
  }

  renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [result.meta.typ, result.meta.datum].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is page text with <mark> around the hits: built from text nodes, never parsed as HTML.
    for (const part of excerptParts(result.excerpt)) {
      if (!part.hit) excerpt.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
    }
    item.append(heading, meta, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);

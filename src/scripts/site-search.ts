import {
  FACETS,
  pagefindFilters,
  parseSearchState,
  resultSummary,
  serializeSearchState,
  type SearchState,
} from '../lib/search-state';
import { SEARCH_BUNDLES, asksForOrganisations, searchScope, type SearchScope } from '../lib/search-bundles';
import { excerptParts } from '../lib/search-excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: { filters: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** A result whose fragment is fetched once, however often it is read. */
function fragmentOnce(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { data: () => (data ??= result.data()) };
}

/**
 * Results shown at first and per "Visa fler". Each result loads its page's fragment, which carries the page's whole
 * indexed text (for the excerpt): a document's is 4–6 KB gzip, so five results instead of ten keep a first search
 * on the real site about 5 KB smaller for "kamratstöd" and about 15 KB for a word on every page (BENCHMARKS.md).
 */
const PAGE_SIZE = 5;
/** On a large site the organisations and documents are searched at once when the overview gives fewer hits. */
const EVERYTHING_BELOW_HITS = 10;
// Pagefind's web worker stays on: without it a first search is 12 KB smaller, but Lighthouse measured 0.7–3 s of
// blocking time on /sok/ (51 ms with it), BENCHMARKS.md.
const OPTIONS = { excerptLength: 24 };

/** The search page: runs Pagefind in the browser, with facets and the state in the URL. */
class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** Set once the organisations' bundle is merged into the search; it then stays merged. */
  #organisations: Promise<void> | undefined;
  /** Set once the documents' bundle is merged into the search (after the organisations'); it then stays merged. */
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

  /** Whether organisations and documents have bundles of their own (a large site) or are in the one index. */
  get split(): boolean {
    return this.dataset.layout === 'split';
  }

  /** What the search covers now besides the overview. */
  get searched(): SearchScope {
    return this.split
      ? { organisations: this.#organisations !== undefined, documents: this.#documents !== undefined }
      : { organisations: true, documents: true };
  }

  /** Merges the bundles a scope needs into the search (their metadata and index load only now), one at a time. */
  async widen(pagefind: Pagefind, scope: SearchScope): Promise<void> {
    if (scope.organisations || scope.documents)
      await (this.#organisations ??= pagefind.mergeIndex(SEARCH_BUNDLES.organisations.url, OPTIONS));
    if (scope.documents) await (this.#documents ??= pagefind.mergeIndex(SEARCH_BUNDLES.documents.url, OPTIONS));
  }

  /**
   * What a search needs besides what is merged: everything when asked or when the hits are few; the
   * organisations when an organisation is chosen in the facets, or the query names a party of the first
   * partnerships found (their fragments are shown next anyway).
   */
  async scopeFor(state: SearchState, results: PagefindResult[]): Promise<SearchScope> {
    const search = { overviewHits: results.length, pageSize: EVERYTHING_BELOW_HITS, requested: state.withDocuments };
    const scope = searchScope({ ...search, namesParty: false });
    if (scope.documents || this.searched.organisations) return scope;
    const chosen = state.filters.organisation ?? [];
    const shown = state.query && chosen.length === 0 ? results.slice(0, PAGE_SIZE) : [];
    const parties = (await Promise.all(shown.map((r) => r.data()))).flatMap((r) => r.filters.organisation ?? []);
    return searchScope({ ...search, namesParty: asksForOrganisations(state.query, chosen, parties) });
  }

  readForm(): SearchState {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    const filters: Record<string, string[]> = {};
    for (const facet of FACETS) {
      const values = data.getAll(facet).map(String);
      if (values.length > 0) filters[facet] = values;
    }
    return { query: String(data.get('q') ?? '').trim(), filters, withDocuments: this.searched.documents };
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
    const search = async () =>
      (await pagefind.search(state.query || null, { filters: pagefindFilters(state) })).results.map(fragmentOnce);
    let found = await search();
    if (this.split) {
      const before = this.searched;
      const scope = await this.scopeFor(state, found);
      if ((scope.organisations && !before.organisations) || (scope.documents && !before.documents)) {
        await this.widen(pagefind, scope);
        found = await search();
      }
    }
    if (run !== this.#run) return;
    const searched = this.searched;
    // Keep the URL true to what was searched, so a shared link shows the same results.
    if (this.split && searched.documents && !state.withDocuments && updateUrl)
      history.replaceState(null, '', `${location.pathname}${serializeSearchState({ ...state, withDocuments: true })}`);
    list.replaceChildren();
    // A copy: showMore takes results off #remaining, and the count must stay the whole count.
    this.#remaining = [...found];
    await this.showMore(run);
    status.textContent = resultSummary(found.length, state, searched);
    if (withDocuments) {
      withDocuments.hidden = searched.documents;
      withDocuments.textContent = searched.organisations
        ? 'Sök även i dokumenten'
        : 'Sök även i organisationer och dokument';
    }
  }

  #remaining: PagefindResult[] = [];

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

import { FACETS, pagefindFilters, parseSearchState, resultSummary, serializeSearchState, type SearchState } from '../lib/search-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const FACET_LABELS: Record<string, string> = { typ: 'Typ', organisation: 'Organisation', partnerskap: 'Partnerskap', år: 'År', status: 'Status' };
const PAGE_SIZE = 20;

/** The search page: runs Pagefind in the browser, with facets and the state in the URL. */
class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
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
    void this.renderFacets(state).then(() => this.search(state, false));
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    return this.#pagefind;
  }

  readForm(): SearchState {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    const filters: Record<string, string[]> = {};
    for (const facet of FACETS) {
      const values = data.getAll(facet).map(String);
      if (values.length > 0) filters[facet] = values;
    }
    return { query: String(data.get('q') ?? '').trim(), filters };
  }

  async renderFacets(state: SearchState) {
    const container = this.querySelector<HTMLElement>('[data-facets]')!;
    const available = await (await this.pagefind()).filters();
    container.replaceChildren(
      ...FACETS.filter((facet) => available[facet] && Object.keys(available[facet]).length > 0).map((facet) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FACET_LABELS[facet] ?? facet;
        fieldset.append(legend);
        for (const [value, count] of Object.entries(available[facet]!).sort(([a], [b]) => a.localeCompare(b, 'sv'))) {
          const label = document.createElement('label');
          const input = document.createElement('input');
          input.type = 'checkbox';
          input.name = facet;
          input.value = value;
          input.checked = state.filters[facet]?.includes(value) ?? false;
          label.append(input, ` ${value} (${count})`);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  }

  async search(state: SearchState, updateUrl: boolean) {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!state.query && Object.keys(state.filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Skriv ett sökord eller välj ett filter.';
      return;
    }
    status.textContent = 'Söker …';
    const pagefind = await this.pagefind();
    const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
    const results = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.#run) return;
    list.replaceChildren(...results.map((result) => this.renderResult(result)));
    const shown = found.results.length > PAGE_SIZE ? ` Visar de ${PAGE_SIZE} första.` : '';
    status.textContent = resultSummary(found.results.length, state) + shown;
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
    // Pagefind's excerpt is our own page text with <mark> around the hits.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, meta, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);

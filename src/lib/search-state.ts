/** The search page's state, as kept in the URL: /sok/?q=kamratstöd&typ=uppföljning */
export interface SearchState {
  query: string;
  /** Facet name → selected values. */
  filters: Record<string, string[]>;
}

export const FACETS = ['typ', 'organisation', 'partnerskap', 'år', 'status'] as const;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter((v) => v !== '');
    if (values.length > 0) filters[facet] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: every selected value of a facet must match (any of them). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([facet, values]) => [facet, { any: values }]));
}

/** The sentence announced to screen readers after a search. */
export function resultSummary(count: number, state: SearchState): string {
  const subject = state.query ? `för ”${state.query}”` : 'med valda filter';
  if (count === 0) return `Inga träffar ${subject}.`;
  return `${count} ${count === 1 ? 'träff' : 'träffar'} ${subject}.`;
}

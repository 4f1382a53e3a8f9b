import type { SearchScope } from './search-bundles';

/** The search page's state, as kept in the URL: /sok/?q=kamratstöd&typ=uppföljning&med=dokument */
export interface SearchState {
  query: string;
  /** Facet name → selected values. */
  filters: Record<string, string[]>;
  /** The reader asked to search the organisations and the documents too (`med=dokument`); see search-bundles.ts. */
  withDocuments: boolean;
}

export const FACETS = ['typ', 'organisation', 'partnerskap', 'år', 'status', 'kommun'] as const;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter((v) => v !== '');
    if (values.length > 0) filters[facet] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, withDocuments: params.getAll('med').includes('dokument') };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.withDocuments) params.set('med', 'dokument');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: every selected value of a facet must match (any of them). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([facet, values]) => [facet, { any: values }]));
}

/**
 * The sentence announced to screen readers after a search. `searched` says whether the organisations' and the
 * documents' bundles were part of it (search-bundles.ts); when one was not, the sentence says so.
 */
export function resultSummary(count: number, state: Pick<SearchState, 'query'>, searched: SearchScope): string {
  const subject = state.query ? `för ”${state.query}”` : 'med valda filter';
  const scope = searched.documents
    ? ''
    : searched.organisations
      ? ' bland partnerskap och organisationer (dokumenten är inte genomsökta)'
      : ' bland partnerskap (organisationer och dokument är inte genomsökta)';
  if (count === 0) return `Inga träffar ${subject}${scope}.`;
  return `${count} ${count === 1 ? 'träff' : 'träffar'} ${subject}${scope}.`;
}

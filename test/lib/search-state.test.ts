import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, resultSummary, serializeSearchState } from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads the query and facets, ignoring unknown parameters', () => {
    expect(parseSearchState('?q=kamratst%C3%B6d&typ=uppf%C3%B6ljning&typ=f%C3%B6rslag&utm=x')).toEqual({
      query: 'kamratstöd',
      filters: { typ: ['uppföljning', 'förslag'] },
    });
  });
  it('round-trips through the URL', () => {
    const state = { query: 'Hjärta till hjärta', filters: { år: ['2018'], organisation: ['IOGT-NTO'] } };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
  it('gives Pagefind an any-of filter per facet', () => {
    expect(pagefindFilters({ query: '', filters: { typ: ['uppföljning', 'beslut'] } })).toEqual({ typ: { any: ['uppföljning', 'beslut'] } });
  });
  it('announces the count in Swedish', () => {
    expect(resultSummary(0, { query: 'x', filters: {} })).toBe('Inga träffar för ”x”.');
    expect(resultSummary(1, { query: 'x', filters: {} })).toBe('1 träff för ”x”.');
    expect(resultSummary(3, { query: '', filters: { typ: ['beslut'] } })).toBe('3 träffar med valda filter.');
  });
});

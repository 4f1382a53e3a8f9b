import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, resultSummary, serializeSearchState } from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads the query and facets, ignoring unknown parameters', () => {
    expect(parseSearchState('?q=kamratst%C3%B6d&typ=uppf%C3%B6ljning&typ=f%C3%B6rslag&utm=x')).toEqual({
      query: 'kamratstöd',
      filters: { typ: ['uppföljning', 'förslag'] },
      withDocuments: false,
    });
    expect(parseSearchState('?q=x&med=dokument').withDocuments).toBe(true);
  });
  it('round-trips through the URL', () => {
    for (const withDocuments of [false, true]) {
      const state = {
        query: 'Hjärta till hjärta',
        filters: { år: ['2018'], organisation: ['IOGT-NTO'] },
        withDocuments,
      };
      expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    }
  });
  it('gives Pagefind an any-of filter per facet', () => {
    expect(pagefindFilters({ query: '', filters: { typ: ['uppföljning', 'beslut'] }, withDocuments: false })).toEqual({
      typ: { any: ['uppföljning', 'beslut'] },
    });
  });
  it('announces the count in Swedish', () => {
    const all = { organisations: true, documents: true };
    expect(resultSummary(0, { query: 'x' }, all)).toBe('Inga träffar för ”x”.');
    expect(resultSummary(1, { query: 'x' }, all)).toBe('1 träff för ”x”.');
    expect(resultSummary(3, { query: '' }, all)).toBe('3 träffar med valda filter.');
  });
  it('says which pages were not searched', () => {
    expect(resultSummary(533, { query: 'kamratstöd' }, { organisations: true, documents: false })).toBe(
      '533 träffar för ”kamratstöd” bland partnerskap och organisationer (dokumenten är inte genomsökta).',
    );
    expect(resultSummary(12, { query: 'tolk' }, { organisations: false, documents: false })).toBe(
      '12 träffar för ”tolk” bland partnerskap (organisationer och dokument är inte genomsökta).',
    );
  });
});

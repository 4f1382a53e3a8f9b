import { describe, expect, it } from 'vitest';
import { citationDate, dateWithCertainty, figureCitation, pageCitation } from '../../src/lib/citation';

describe('dates keep their certainty', () => {
  it('says "odaterad, troligen" for an approximate date and names what a month or year date lacks', () => {
    expect(dateWithCertainty({ value: '2018-12', precision: 'ungefärlig' })).toBe('odaterad, troligen december 2018');
    expect(dateWithCertainty({ value: '2020', precision: 'ungefärlig' })).toBe('odaterad, troligen 2020');
    expect(dateWithCertainty({ value: '2021-03', precision: 'månad' })).toBe('mars 2021 (dagen anges inte)');
    expect(dateWithCertainty({ value: '2021', precision: 'år' })).toBe('2021 (dag och månad anges inte)');
    expect(dateWithCertainty({ value: '2023-08-30', precision: 'dag' })).toBe('30 augusti 2023');
    expect(citationDate({ value: '2018-12', precision: 'ungefärlig' })).toBe('odaterad, troligen december 2018');
  });
});

describe('citations', () => {
  const base = { docTitle: 'Uppföljning av IOP', url: 'https://x.se/dokument/u/#a', retrieved: '2026-11-22' };
  it('cite one figure with its passage and the document’s uncertain date, without an invented author', () => {
    const text = figureCitation({
      ...base,
      figure: 'ca 90 personer',
      quote: 'ett 90-tal',
      date: { value: '2020', precision: 'ungefärlig' },
    });
    expect(text).toBe(
      'ca 90 personer. Källa: ”ett 90-tal” Uppföljning av IOP (odaterad, troligen 2020). Öppna partnerskap. https://x.se/dokument/u/#a (hämtad 2026-11-22)',
    );
  });
  it('name the author only when the document does', () => {
    const dated = { value: '2023-08-30', precision: 'dag' } as const;
    expect(pageCitation({ title: 'Förslag', date: dated, url: 'u', retrieved: 'r' })).toBe(
      '(30 augusti 2023). Förslag. Öppna partnerskap. u (hämtad r)',
    );
    expect(pageCitation({ title: 'Förslag', author: 'Förvaltningen', date: dated, url: 'u', retrieved: 'r' })).toMatch(
      /^Förvaltningen \(30 augusti 2023\)/,
    );
  });
});

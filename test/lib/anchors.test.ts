import { describe, expect, it } from 'vitest';
import { bodyAnchors, plainText } from '../../src/lib/anchors';

/** How the integrity check matches a quote against a body. */
const bodyContainsQuote = (body: string, quote: string) => plainText(body).includes(plainText(quote));

describe('bodyAnchors', () => {
  it('slugs headings like the renderer, numbering repeats, and reads page markers', () => {
    const body = [
      '## Ekonomi',
      '### IOGT-NTO',
      '## Verksamhet',
      '### IOGT-NTO',
      '### Förslag till social- och omsorgsnämndens beslut',
      '<span class="sidbrytning" id="sida-2">Sida 2 av 4</span>',
    ].join('\n\n');
    expect([...bodyAnchors(body)]).toEqual([
      ['ekonomi', 'Ekonomi'],
      ['iogt-nto', 'IOGT-NTO'],
      ['verksamhet', 'Verksamhet'],
      ['iogt-nto-1', 'IOGT-NTO'],
      ['förslag-till-social--och-omsorgsnämndens-beslut', 'Förslag till social- och omsorgsnämndens beslut'],
      ['sida-2', 'Sida 2 av 4'],
    ]);
  });
});

describe('quote matching on plain text', () => {
  const body = 'Text före.\n\n| Hyra lokal | 57 000 |\n| --- | --- |\n\nSumma **totalt** 470 000:-\nrad två';
  it('matches across table pipes, emphasis and line breaks', () => {
    expect(bodyContainsQuote(body, 'Hyra lokal 57 000')).toBe(true);
    expect(bodyContainsQuote(body, 'Summa totalt 470 000:- rad två')).toBe(true);
  });
  it('does not match altered words or numbers', () => {
    expect(bodyContainsQuote(body, 'Hyra lokal 58 000')).toBe(false);
    expect(bodyContainsQuote(body, 'Summa totalt 469 900:-')).toBe(false);
  });
});

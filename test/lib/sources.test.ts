import { describe, expect, it } from 'vitest';
import { sourceUrl, textFragment } from '../../src/lib/sources';

describe('text fragments to the quoted sentence', () => {
  it('quotes a short sentence whole, encoding the characters that are text-directive syntax', () => {
    expect(textFragment('Uppsägningstiden ska vara sex (6) månader.')).toBe(
      ':~:text=Upps%C3%A4gningstiden%20ska%20vara%20sex%20(6)%20m%C3%A5nader.',
    );
    expect(textFragment('IOGT-NTO, Pingstkyrkan & kommunen')).toBe(
      ':~:text=IOGT%2DNTO%2C%20Pingstkyrkan%20%26%20kommunen',
    );
  });
  it('splits a table row before its amount so label and amount cells both match', () => {
    expect(textFragment('Verksamhetskostnader 30 000')).toBe(':~:text=Verksamhetskostnader,30%20000');
    expect(textFragment('Summa totalt 1 230 000:-')).toBe(':~:text=Summa%20totalt,1%20230%20000%3A%2D');
  });
  it('takes the whole amount at the end, not a number earlier in the label, and no split after a number', () => {
    expect(textFragment('Hyra för 2 år 45 000')).toBe(':~:text=Hyra%20f%C3%B6r%202%20%C3%A5r,45%20000');
    // A label ending in a number is not split: where its amount starts cannot be told.
    expect(textFragment('Bidrag 2021 50 000')).toBe(':~:text=Bidrag%202021%2050%20000');
    expect(textFragment('Antal 12')).toBe(':~:text=Antal,12');
    expect(textFragment('12 500')).toBe(':~:text=12%20500');
  });
  it('matches a long quote from its first to its last words', () => {
    const quote =
      'Överenskommelsen gäller under tre år från och med 2018-07-01 till och med 2021-06-30, under förutsättning att samtliga aktörer undertecknat.';
    expect(textFragment(quote)).toBe(
      ':~:text=%C3%96verenskommelsen%20g%C3%A4ller%20under%20tre,att%20samtliga%20akt%C3%B6rer%20undertecknat.',
    );
  });
  it('keeps the section anchor before the directive, so browsers without support still land on the section', () => {
    expect(sourceUrl({ doc: 'd', section: 'ekonomi', quote: 'Hyra lokal 57 000' })).toBe(
      '/dokument/d/#ekonomi:~:text=Hyra%20lokal,57%20000',
    );
    expect(sourceUrl({ doc: 'd', section: 'ekonomi' })).toBe('/dokument/d/#ekonomi');
  });
});

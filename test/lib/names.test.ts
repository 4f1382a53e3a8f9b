import { describe, expect, it } from 'vitest';
import { nameInDocument, otherNames } from '../../src/lib/names';

const used = (doc: string, quote = 'q') => ({ doc, section: 's', quote });
const church = {
  name: 'Pingstförsamlingen',
  names: [
    { name: 'Sionförsamlingen Linköping', usedIn: [used('avtal')] },
    { name: 'Sionförsamlingen', usedIn: [used('avtal'), used('uppf-2018')] },
    { name: 'Pingstkyrkan', usedIn: [used('forslag')] },
    { name: 'Pingstförsamlingen', usedIn: [used('uppf-2020'), used('forslag')] },
  ],
};

describe('nameInDocument', () => {
  it('gives the name the document uses, not a later one', () => {
    expect(nameInDocument(church, 'uppf-2018')).toBe('Sionförsamlingen');
    expect(nameInDocument(church, 'uppf-2020')).toBe('Pingstförsamlingen');
  });
  it('prefers the name in the quote, then the later-listed of equally used names', () => {
    expect(nameInDocument(church, 'avtal', 'Idéburen sektor: IOGT-NTO och Sionförsamlingen Linköping.')).toBe(
      'Sionförsamlingen Linköping',
    );
    expect(nameInDocument(church, 'forslag', 'Bilaga: IOP mellan IOGT-NTO, Pingstkyrkan och Linköpings kommun')).toBe(
      'Pingstkyrkan',
    );
    expect(nameInDocument(church, 'forslag')).toBe('Pingstförsamlingen');
  });
  it('falls back to the current name for a document it is not recorded in', () => {
    expect(nameInDocument(church, 'okänt')).toBe('Pingstförsamlingen');
  });
  it('lists the other names without calling them earlier', () => {
    expect(otherNames(church)).toEqual(['Sionförsamlingen Linköping', 'Sionförsamlingen', 'Pingstkyrkan']);
  });
});

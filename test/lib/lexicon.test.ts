import { describe, expect, it } from 'vitest';
import { createLexicon, restoreWord } from '../../src/lib/editor/lexicon';
import { importText } from '../../src/lib/editor/import-text';

// A tiny Hunspell dictionary in the format of dictionary-sv: stems with flags, and suffix rules.
const DIC = `8
människa/E
överenskommelse/E
mål/N
målsättning/E
för
på
stöd
kamrat
mal
Linköping
`;
const AFF = `SET UTF-8
SFX E Y 3
SFX E a or a
SFX E 0 n [^a]
SFX E 0 ns [^a]
SFX N Y 1
SFX N 0 en .
`;

describe('lexicon', () => {
  const lexicon = createLexicon(DIC, AFF);

  it('knows stems, their inflections by the suffix rules, and two-part compounds', () => {
    expect(lexicon.has('människor')).toBe(true);
    expect(lexicon.has('överenskommelsen')).toBe(true);
    expect(lexicon.has('Överenskommelsens')).toBe(true);
    expect(lexicon.has('målen')).toBe(true);
    expect(lexicon.has('kamratstöd')).toBe(true);
    expect(lexicon.has('manniskor')).toBe(false);
    expect(lexicon.has('malen')).toBe(false);
  });

  it('gives an OCR word back its å, ä and ö when exactly one reading is a word', () => {
    expect(restoreWord('manniskor', lexicon)).toBe('människor');
    expect(restoreWord('ménniskor', lexicon)).toBe('människor');
    expect(restoreWord('méanniskor', lexicon)).toBe('människor');
    expect(restoreWord('6verenskommelsen', lexicon)).toBe('överenskommelsen');
    expect(restoreWord('Overenskommelsens', lexicon)).toBe('Överenskommelsens');
    expect(restoreWord('Linkoping', lexicon)).toBe('Linköping');
    expect(restoreWord('malsattning', lexicon)).toBe('målsättning');
  });

  it('leaves words that are words, or that no single reading explains', () => {
    expect(restoreWord('mal', lexicon)).toBeUndefined();
    expect(restoreWord('Fristedt', lexicon)).toBeUndefined();
    expect(restoreWord('2018', lexicon)).toBeUndefined();
  });

  it('is used by the importer, which lists every word it changed', () => {
    const result = importText('Rubrik\n\nDe manniskor som kommer till Linkoping far stod.\n', { lexicon });
    expect(result.body).toContain('De människor som kommer till Linköping');
    const reasons = result.uncertain.map((u) => u.reason).join();
    expect(reasons).toContain('manniskor → människor, Linkoping → Linköping');
  });
});

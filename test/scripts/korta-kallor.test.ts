import { describe, expect, it } from 'vitest';
import { shortenSources } from '../../scripts/korta-kallor';

const bodies = new Map([
  [
    'avtalet',
    '## Ekonomi\n\nErsättningen betalas i januari.\n\n## Period\n\nUppräkning sker årligen.\n\n' +
      '## Villkor\n\nUppräkning sker årligen.\n',
  ],
  ['forslaget', '## Fördelning\n\nIOGT-NTO 339 690 kr\n'],
]);

const FILE = `---
title: Avtalet # en kommentar som ska stå kvar
terms:
  payment:
    source:
      doc: avtalet
      section: ekonomi
      quote: "Ersättningen betalas i januari."
  indexation:
    source:
      doc: avtalet
      section: period
      quote: "Uppräkning sker årligen."
funding:
  - amount: 339690
    source: { doc: forslaget, section: fördelning, quote: "IOGT-NTO 339 690 kr" }
  - amount: 1
    source:
      doc: forslaget
      section: fördelning
      quote: "IOGT-NTO 339 690 kr"
    moreSources:
      - doc: avtalet
        section: ekonomi
        quote: "Ersättningen betalas i januari."
      - doc: forslaget
        quote: "IOGT-NTO 339 690 kr"
---

Brödtext.
`;

describe('korta-kallor', () => {
  it('removes doc naming the own file and section where the quote stands in that section only', () => {
    const { text, removed } = shortenSources(FILE, 'avtalet', bodies);
    expect(removed).toBe(6);
    expect(text).toContain('title: Avtalet # en kommentar som ska stå kvar');
    expect(text).toContain(`  payment:
    source:
      quote: "Ersättningen betalas i januari."`);
    // The quote stands in two sections, so the section that says which stays.
    expect(text).toContain(`  indexation:
    source:
      section: period
      quote: "Uppräkning sker årligen."`);
    // Another document stays named; its section goes.
    expect(text).toContain(`    source:
      doc: forslaget
      quote: "IOGT-NTO 339 690 kr"
    moreSources:`);
    // In a list item the first key's "- " stays, with the next key beside it.
    expect(text).toContain(`    moreSources:
      - quote: "Ersättningen betalas i januari."
      - doc: forslaget
        quote: "IOGT-NTO 339 690 kr"
---`);
    // Flow maps are left as they are.
    expect(text).toContain('source: { doc: forslaget, section: fördelning, quote: "IOGT-NTO 339 690 kr" }');
    expect(text.endsWith('---\n\nBrödtext.\n')).toBe(true);
  });
});

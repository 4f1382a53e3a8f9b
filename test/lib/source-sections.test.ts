import { describe, expect, it } from 'vitest';
import { findIntegrityErrors } from '../../src/lib/integrity';
import { bodySections, completeSourceRefs, sectionHolds, sectionsHolding } from '../../src/lib/source-sections';
import { sourceUrl } from '../../src/lib/sources';
import { sourceRef } from '../../src/schemas/primitives';
import { loadContent } from '../support/load-content';

const AGREEMENT = `Inledande text före första rubriken.

## Ekonomi

Ersättningen betalas i januari. Uppräkning sker årligen.

### IOGT-NTO

Summa totalt 470 000:-

<span class="sidbrytning" id="sida-2">Sida 2 av 3</span>

Mer om ekonomin på sidan två.

## Period

Uppräkning sker årligen.

## Ekonomi

En andra rubrik med samma namn får ankaret ekonomi-1.
`;

const DECISION = `## Beslut

Nämnden beslutar att ingå partnerskapet.
`;

describe('body sections', () => {
  const sections = bodySections(AGREEMENT);

  it('finds the one headed section whose own text holds a quote', () => {
    expect(sectionsHolding(sections, 'Ersättningen betalas i januari.')).toEqual(['ekonomi']);
    expect(sectionsHolding(sections, 'Summa totalt 470 000:-')).toEqual(['iogt-nto']);
    expect(sectionsHolding(sections, 'samma namn får ankaret')).toEqual(['ekonomi-1']);
  });

  it('lists every section when a quote stands in more than one', () => {
    expect(sectionsHolding(sections, 'Uppräkning sker årligen.')).toEqual(['ekonomi', 'period']);
  });

  it('finds no section for text before the first heading or text that is not there', () => {
    expect(sectionsHolding(sections, 'Inledande text före första rubriken.')).toEqual([]);
    expect(sectionsHolding(sections, 'Detta står inte i texten.')).toEqual([]);
  });

  it('lets a heading cover its subsections, and a page marker the text up to the next marker', () => {
    expect(sectionHolds(sections, 'ekonomi', 'Summa totalt 470 000:-')).toBe(true);
    expect(sectionHolds(sections, 'iogt-nto', 'Ersättningen betalas i januari.')).toBe(false);
    expect(sectionHolds(sections, 'sida-2', 'Mer om ekonomin på sidan två.')).toBe(true);
    expect(sectionHolds(sections, 'sida-2', 'Uppräkning sker årligen.')).toBe(true);
    expect(sectionHolds(sections, 'sida-2', 'Ersättningen betalas i januari.')).toBe(false);
    expect(sectionHolds(sections, 'okant-ankare', 'Ersättningen betalas i januari.')).toBeUndefined();
  });

  it('reads a page across the headings on it, a section without its own heading, and the last line unended', () => {
    // Page 2 runs from its marker to the end: the "Period" heading and the last line are on it.
    expect(sectionHolds(sections, 'sida-2', 'Period Uppräkning sker årligen.')).toBe(true);
    expect(sectionHolds(sections, 'sida-2', 'samma namn får ankaret ekonomi-1.')).toBe(true);
    expect(sectionHolds(sections, 'period', 'Period')).toBe(false);
    const pages = bodySections(
      '<span class="sidbrytning" id="sida-1">Sida 1</span>\n## Sista rubriken\n' +
        '<span class="sidbrytning" id="sida-2">Sida 2</span>\nText',
    );
    expect(sectionHolds(pages, 'sida-1', 'Sida 1 Sista rubriken')).toBe(true);
    expect(sectionHolds(pages, 'sida-2', 'Sista rubriken')).toBe(false);
    const unended = bodySections('## Slut\n\nSista raden utan radbrytning');
    expect(sectionHolds(unended, 'slut', 'Sista raden utan radbrytning')).toBe(true);
  });

  it('reads Windows line endings as Unix ones', () => {
    const crlf = bodySections(AGREEMENT.replace(/\n/g, '\r\n'));
    expect([...crlf.span.keys()]).toEqual([...sections.span.keys()]);
    expect(sectionHolds(crlf, 'ekonomi', 'Summa totalt 470 000:-')).toBe(true);
    expect(sectionHolds(crlf, 'sida-2', 'Period Uppräkning sker årligen.')).toBe(true);
    expect(sectionsHolding(crlf, 'Uppräkning sker årligen.')).toEqual(['ekonomi', 'period']);
  });
});

describe('short sources', () => {
  it('accepts a source with only a quote, and keeps doc and section when written', () => {
    expect(sourceRef.parse({ quote: 'Summa totalt' })).toEqual({ doc: '', section: '', quote: 'Summa totalt' });
    expect(sourceRef.parse({ doc: 'a', section: 'b', quote: 'Summa totalt' })).toEqual({
      doc: 'a',
      section: 'b',
      quote: 'Summa totalt',
    });
  });

  it('links to the document itself when a quote has no section', () => {
    expect(sourceUrl({ doc: 'avtal', section: '' })).toBe('/dokument/avtal/');
    expect(sourceUrl({ doc: 'avtal', section: 'ekonomi' })).toBe('/dokument/avtal/#ekonomi');
  });

  /** A one-partnership corpus whose sources are given as `purpose` (each `{ doc?, section?, quote }`). */
  function corpus(
    purpose: { doc?: string; section?: string; quote: string }[],
    orgSource?: { doc?: string; quote: string },
    agreement: object | null = { transcription: 'hel', obtained: 'skannad' },
  ) {
    const partnership = { agreement, purpose: purpose.map((ref) => ({ text: 'Syfte', source: sourceRef.parse(ref) })) };
    const organisation = { names: orgSource ? [{ name: 'Föreningen', usedIn: [sourceRef.parse(orgSource)] }] : [] };
    const content = {
      organisations: [{ id: 'foreningen', filePath: 'content/organisations/foreningen.yaml', data: organisation }],
      partnerships: [
        { id: 'avtalet', filePath: 'content/partnerships/avtalet.mdx', data: partnership, body: AGREEMENT },
      ],
      documents: [{ id: 'beslutet', filePath: 'content/documents/beslutet.mdx', data: {}, body: DECISION }],
    };
    return { content, purpose: () => partnership.purpose.map((p) => p.source) };
  }

  it('fills in the file’s own document and the one section holding the quote', () => {
    const { content, purpose } = corpus([
      { quote: 'Summa totalt 470 000:-' },
      { quote: 'Ersättningen betalas i januari.' },
    ]);
    expect(completeSourceRefs(content)).toEqual([]);
    expect(purpose()).toEqual([
      { doc: 'avtalet', section: 'iogt-nto', quote: 'Summa totalt 470 000:-' },
      { doc: 'avtalet', section: 'ekonomi', quote: 'Ersättningen betalas i januari.' },
    ]);
  });

  it('fails on a quote in several sections, naming the candidates, unless section says which', () => {
    const { content } = corpus([{ quote: 'Uppräkning sker årligen.' }]);
    const problems = completeSourceRefs(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/partnerships/avtalet.mdx', field: 'purpose[0].source.section' });
    expect(problems[0]?.expected).toMatch(/flera avsnitt av "avtalet" \(ekonomi, period\)/);
    const named = corpus([{ section: 'period', quote: 'Uppräkning sker årligen.' }]);
    expect(completeSourceRefs(named.content)).toEqual([]);
  });

  it('leaves a quote before the first heading without section, linked to the document', () => {
    const { content, purpose } = corpus([{ quote: 'Inledande text före första rubriken.' }]);
    expect(completeSourceRefs(content)).toEqual([]);
    expect(purpose()[0]).toEqual({ doc: 'avtalet', section: '', quote: 'Inledande text före första rubriken.' });
  });

  it('finds the section in another document named by doc', () => {
    const { content, purpose } = corpus([{ doc: 'beslutet', quote: 'Nämnden beslutar att ingå partnerskapet.' }]);
    expect(completeSourceRefs(content)).toEqual([]);
    expect(purpose()[0]?.section).toBe('beslut');
  });

  it('requires doc where the file has no text of its own: an organisation, a partnership without agreement', () => {
    const problems = completeSourceRefs(corpus([], { quote: 'Summa totalt 470 000:-' }).content);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/organisations/foreningen.yaml', field: 'names[0].usedIn[0].doc' }),
    ]);
    expect(completeSourceRefs(corpus([], { doc: 'avtalet', quote: 'Summa totalt 470 000:-' }).content)).toEqual([]);
    const withoutAgreement = corpus([{ quote: 'Nämnden beslutar att ingå partnerskapet.' }], undefined, null);
    expect(completeSourceRefs(withoutAgreement.content)).toEqual([
      expect.objectContaining({
        file: 'content/partnerships/avtalet.mdx',
        field: 'purpose[0].source.doc',
        expected: expect.stringMatching(/ingen överenskommelse bland källorna/),
      }),
    ]);
  });
});

describe('a source’s section in the content check', () => {
  const P = 'content/partnerships/social-gemenskap-och-kamratstod.mdx';
  it('fails when the section named does not hold the quote, naming where it stands', () => {
    const content = loadContent(process.cwd());
    const p = content.partnerships.find((e) => e.id === 'social-gemenskap-och-kamratstod')!;
    p.data.terms.notice!.source.section = 'ekonomi';
    const errors = findIntegrityErrors(content).filter((e) => e.file === P);
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'terms.notice.source.section',
        expected: expect.stringMatching(/\(period-för-överenskommelsen\); det står inte i "ekonomi"/),
      }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/editor/import-text';
import { bodyAnchors } from '../../src/lib/anchors';
import { bodyWords, lcsLength, recall, wordSimilarity } from '../../src/lib/editor/text-similarity';

// A scanned page as OCR leaves it: title, headings on lines of their own or glued to the paragraph,
// hyphenated line ends, a printed page number, bullets read as "e", and Swedish letters misread.
const OCR = ` Uppfoljning av IOP med Foreningen

Bakgrund

Idéburet offentligt partnerskap, IOP, dr en samverkansmodell mellan offentlig verk-
samhet och civilsamhällets organisationer. Den gäller 2018-01-01 till och med 2021-
06-30 och gäller mans- och kvinno-
grupper lika.

Syfte med 6verenskommelsen
Föreningen vill med denna överenskommelse nå ut till människor som saknar sociala sammanhang
och mötesplatser. Detta för att öka människors delaktighet och hälsa.

2(4)

Verksamheten ska bidra till nya upplevelser och bygga tillit, självförtroende och
hopp om förändring för de människor som deltar.
Gemensamma utvecklingsområden

e Att göra verksamheten känd hos socialförvaltningen och andra
aktörer i kommunen

e Regelbunden avstämning mellan parterna

Linköping 2017-12-21

För Föreningen
`;

describe('importText', () => {
  const result = importText(OCR);

  it('takes the first short block as the title', () => {
    expect(result.title).toBe('Uppfoljning av IOP med Foreningen');
    expect(result.body).not.toContain('Uppfoljning av IOP');
  });

  it('turns headings into Markdown headings with the anchors sources cite', () => {
    expect(result.headings.map((h) => h.id)).toEqual([
      'bakgrund',
      'syfte-med-överenskommelsen',
      'gemensamma-utvecklingsområden',
    ]);
    expect(result.body).toContain('## Syfte med överenskommelsen\n\nFöreningen vill');
    expect([...bodyAnchors(result.body).keys()]).toEqual([...result.headings.map((h) => h.id), 'sida-2']);
  });

  it('keeps printed page numbers as page markers', () => {
    expect(result.pages).toEqual([2]);
    expect(result.body).toContain('<span class="sidbrytning" id="sida-2">Sida 2 av 4</span>');
  });

  it('joins words hyphenated at line ends, but keeps dates and "mans- och"', () => {
    expect(result.body).toContain('offentlig verksamhet och');
    expect(result.body).toContain('till och med 2021-06-30');
    expect(result.body).toContain('mans- och kvinnogrupper lika.');
  });

  it('joins a paragraph split by a page break and makes bullets a list', () => {
    expect(result.body).toContain('för de människor som deltar.\n\n## Gemensamma utvecklingsområden');
    expect(result.body).toContain(
      '- Att göra verksamheten känd hos socialförvaltningen och andra aktörer i kommunen\n' +
        '- Regelbunden avstämning mellan parterna',
    );
  });

  it('does not make dates or signature lines headings', () => {
    expect(result.body).toContain('\nLinköping 2017-12-21\n');
    expect(result.body).toContain('\nFör Föreningen\n');
    // A place and date on a line of their own is how letters and agreements are dated.
    expect(result.date).toBe('2017-12-21');
  });

  it('mends the safest OCR letters and lists every change and doubt for the editor', () => {
    expect(result.body).toContain('IOP, är en samverkansmodell');
    const reasons = result.uncertain.map((u) => u.reason).join('\n');
    expect(reasons).toMatch(/"dr" eller "ér" läst som "är"/);
    expect(reasons).toMatch(/"6" i början av ett ord läst som "ö"/);
    expect(reasons).toMatch(/avstavning ihopskriven: "verk-" \+ "samhet"/);
    expect(reasons).toMatch(/sidbrytning/);
    for (const u of result.uncertain)
      expect(result.body.split('\n')[u.line - 1]?.startsWith(u.text.slice(0, 20))).toBe(true);
  });

  it('tells a scanned text from a digital one by OCR’s marks', () => {
    expect(result.looksScanned).toBe(true);
    expect(importText('Rubrik\n\nEn text som skrevs digitalt och är felfri.\n').looksScanned).toBe(false);
  });

  it('flags words with digits or stray marks inside as possible OCR errors', () => {
    const flagged = importText('Rubrik\n\nDet finns en trygghet f0r ménga att lokalen finns, Link&ping har stod.\n');
    expect(flagged.uncertain.map((u) => u.reason).join()).toMatch(/möjliga OCR-fel: f0r, ménga, Link&ping/);
  });

  it('keeps Markdown headings of a text already written in Markdown, taking the first as title', () => {
    const md = importText(
      'Förvaltningen\n\n2023-08-30\n\nDnr SON 2019-1251\n\n## Förlängning av IOP\n\n### Ärende\n\nText.\n',
    );
    expect(md.title).toBe('Förlängning av IOP');
    expect(md.date).toBe('2023-08-30');
    expect(md.dnr).toBe('SON 2019-1251');
    expect(md.headings.map((h) => h.id)).toEqual(['ärende']);
    expect(md.body).toContain('**Förlängning av IOP**\n\n### Ärende\n\nText.');
  });
});

describe('text similarity', () => {
  it('measures word order with the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e'])).toBe(3);
    expect(wordSimilarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(wordSimilarity(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e'])).toBeCloseTo(0.75);
    expect(wordSimilarity(['a'], ['b'])).toBe(0);
  });

  it('reads words without markup and editorial notes, folding letters when asked', () => {
    const md =
      '## Mål\n\n| Part | Belopp |\n| --- | --- |\n| Föreningen | 400 000:- |\n\n' +
      '_[Redaktionell anmärkning: tillagd.]_\n';
    expect(bodyWords(md)).toEqual(['mål', 'part', 'belopp', 'föreningen', '400', '000:-'.replace(':-', '')]);
    expect(bodyWords('Överenskommelse är', { fold: true })).toEqual(['overenskommelse', 'ar']);
  });

  it('counts the share of expected anchors found', () => {
    expect(recall(['a', 'b', 'c', 'd'], ['a', 'c', 'x'])).toBe(0.5);
    expect(recall([], ['x'])).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { documentPageData } from '../../../src/lib/pages/document';
import { FOLLOW_UP, P, PROPOSAL, fixtureContent, fixtureSite } from '../../support/fixtures';

const site = new URL('https://example.org/');

describe('documentPageData', () => {
  const data = fixtureSite();

  it('describes a follow-up as what it is, with its author, date and transcription as the metadata says', () => {
    const view = documentPageData(data, FOLLOW_UP, site);
    expect(view).toMatchObject({ kindLabel: 'Uppföljning', author: 'Exempelnämnden', scanned: true, whole: true });
    expect(view.partnership.id).toBe(P);
    expect(view.pageDate).toMatchObject({ value: '2020-11-15', precision: 'dag' });
  });

  it('lists where each quoted passage is used, linked to that page, with the field in words', () => {
    const uses = documentPageData(data, FOLLOW_UP, site).uses;
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.map((u) => [u.usedOnUrl, u.usedOnTitle, u.fieldLabel, u.sectionLabel])).toContainEqual([
      `/dokument/${FOLLOW_UP}/`,
      'Uppföljning hösten 2020',
      'nyckeltal',
      'Resultat',
    ]);
  });

  it('gives an agreement its parties as the agreement names them and a citation that links to the passage', () => {
    const view = documentPageData(data, P, site);
    expect(view.doc).toBeUndefined();
    expect(view.agreementParties).toEqual(['Exempelnämnden', 'Förening A', 'Förening B']);
    const cite = view.citeFigure('Uppsägning', {
      doc: P,
      section: 'villkor',
      quote: 'Uppsägningstiden är tre månader.',
    });
    expect(cite).toContain('”Uppsägningstiden är tre månader.”');
    expect(cite).toContain(`https://example.org/dokument/${P}/#villkor:~:text=`);
    expect(documentPageData(data, PROPOSAL, site).published).toBe(false);
    expect(() => documentPageData(data, 'finns-inte', site)).toThrow(/finns-inte/);
  });

  it('gives a follow-up’s key figures their value as written, the party by the document’s name and a citation', () => {
    const view = documentPageData(data, FOLLOW_UP, site);
    expect(view.keyFigures).toHaveLength(1);
    const row = view.keyFigures[0]!;
    expect(row.value).toBe('40');
    expect(row.party).toEqual({ id: 'forening-a', name: 'Förening A' });
    expect(row.citation).toMatch(/^Besökare i veckan: 40 personer \(hösten 2020\)\. Källa: ”Förening A har haft 40/);
    expect(row.citation).toContain(`https://example.org/dokument/${FOLLOW_UP}/#`);
    expect(view.uses.length).toBeGreaterThan(0);
    for (const use of view.uses)
      expect(use.reference).toMatch(new RegExp(`^Uppgift \\(${use.fieldLabel}\\)\\. Källa: ”`));
    expect(view.notAdopted).toBeUndefined();
    expect(documentPageData(data, P, site).keyFigures).toEqual([]);
  });

  it('warns on a proposal whose adoption the sources do not show, and never on an adopted decision', () => {
    expect(documentPageData(data, PROPOSAL, site).notAdopted).toEqual({
      warning: 'Detta är ett förslag, inte ett beslut.',
      note: undefined,
    });
    const asDecision = (adoption?: 'antagen') => {
      const content = fixtureContent();
      const proposal = content.documents.find((d) => d.id === PROPOSAL)!;
      proposal.data = {
        ...proposal.data,
        kind: 'beslut',
        ...(adoption ? { adoption } : { adoptionNote: 'Protokollet finns inte bland källorna.' }),
      } as typeof proposal.data;
      return fixtureSite(undefined, content);
    };
    expect(documentPageData(asDecision('antagen'), PROPOSAL, site).notAdopted).toBeUndefined();
    expect(documentPageData(asDecision(), PROPOSAL, site).notAdopted).toEqual({
      warning: 'Beslutet är inte antaget enligt källorna.',
      note: 'Protokollet finns inte bland källorna.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { documentPageData } from '../../../src/lib/pages/document';
import { FOLLOW_UP, P, PROPOSAL, fixtureSite } from '../../support/fixtures';

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
});

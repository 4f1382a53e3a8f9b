import { describe, expect, it } from 'vitest';
import { organisationName } from '../../src/lib/site-index';
import { FOLLOW_UP, P, PROPOSAL, fixtureSite } from '../support/fixtures';

describe('indexSite', () => {
  const data = fixtureSite('2021-09-01');

  it('lists document pages newest first, the agreement among them under its partnership’s id', () => {
    expect(data.documentPages.map((d) => [d.id, d.kind, d.date])).toEqual([
      [PROPOSAL, 'förslag', '2021-10-01'],
      [FOLLOW_UP, 'uppföljning', '2020-11-15'],
      [P, 'överenskommelse', '2019-12-15'],
    ]);
    expect(data.docTitles[P]).toBe('Samverkan mot ensamhet');
  });

  it('indexes partnerships by organisation, documents by partnership and citations by cited document', () => {
    expect(data.partnershipsByOrganisation.get('forening-b')!.map((p) => p.id)).toEqual([P]);
    expect(data.partnershipsByOrganisation.get('kommun')).toBeUndefined();
    expect(
      data.documentsByPartnership
        .get(P)!
        .map((d) => d.id)
        .sort(),
    ).toEqual([FOLLOW_UP, PROPOSAL].sort());
    const cited = data.citationsByDocument.get(FOLLOW_UP)!;
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((c) => c.source.doc === FOLLOW_UP)).toBe(true);
  });

  it('knows each partnership’s municipality with its SCB code, the section labels and the build date', () => {
    expect(data.municipalityOfPartnership(data.partnershipById.get(P)!)).toMatchObject({ code: '0999' });
    expect(data.sectionLabels.get(P)!.get('ekonomi')).toBe('Ekonomi');
    expect(data.today).toBe('2021-09-01');
    expect(organisationName(data, 'forening-a')).toBe('Förening A');
    expect(data.changedOn([data.partnershipById.get(P)!])).toBe('2021-06-01');
  });
});

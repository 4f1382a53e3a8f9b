import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';
import { FUNDING_COLUMNS, fundingRecords, keyFigureRecords, partyRecords } from '../../src/lib/open-data';
import { DATASETS, dcatCatalogue } from '../../src/lib/dataset-catalog';
import { FOLLOW_UP, P, fixtureContent } from '../support/fixtures';

const site = new URL('https://oppnapartnerskap.example/');
const content = fixtureContent();

describe('CSV', () => {
  it('starts with a BOM, quotes as RFC 4180 and parses back', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        { a: 'Hjärta till hjärta', b: 'Säger "ja", sedan\nnej' },
        { a: null, b: 0 },
      ],
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Säger ""ja"", sedan\nnej"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      { a: 'Hjärta till hjärta', b: 'Säger "ja", sedan\nnej' },
      { a: '', b: '0' },
    ]);
  });
});

describe('CSV against spreadsheet formulas', () => {
  it('neutralises text cells a spreadsheet would run as formulas, and keeps numbers (negative too) plain', () => {
    const hostile = ['=HYPERLINK("https://evil.example","klicka")', '+1+1', '-2+3', '@SUM(A1)', '\tflik', '\rretur'];
    const rows = [
      ...hostile.map((text, i) => ({ namn: text, belopp: -1500 * (i + 1) })),
      { namn: 'Vanlig text', belopp: 0 },
    ];
    const text = toCsv(['namn', 'belopp'], rows);
    const parsed = parseCsv(text);
    expect(parsed.map((r) => r.namn)).toEqual([...hostile.map((t) => `'${t}`), 'Vanlig text']);
    expect(parsed.map((r) => Number(r.belopp))).toEqual(rows.map((r) => r.belopp));
    // Numbers are written bare: a spreadsheet reads -1500 as a number, not as text or a formula.
    expect(text).toContain(',-1500\r\n');
    expect(parsed.every((r) => !/^[=+\-@\t\r]/.test(r.namn!))).toBe(true);
  });
});

describe('funding records', () => {
  const organisations = new Map(content.organisations.map((o) => [o.id, o.data]));
  const rows = fundingRecords(content.partnerships, organisations, site);
  const parsed = parseCsv(toCsv(FUNDING_COLUMNS, rows));
  const row = (party: string, kind: string, year: string) =>
    parsed.find((r) => r.part_id === party && r.slag === kind && r.avtalsar === year);

  it('have one row per partnership × party × kind × agreement year', () => {
    // Fixture: Förening A municipal and own, Förening B municipal; agreement years 2020, 2021, 2022.
    expect(parsed.map((r) => `${r.part_id} ${r.slag} ${r.avtalsar}`).sort()).toEqual([
      'forening-a egen insats 2020',
      'forening-a egen insats 2021',
      'forening-a egen insats 2022',
      'forening-a kommunal ersättning 2020',
      'forening-a kommunal ersättning 2021',
      'forening-a kommunal ersättning 2022',
      'forening-b kommunal ersättning 2020',
      'forening-b kommunal ersättning 2021',
      'forening-b kommunal ersättning 2022',
    ]);
  });

  it('give each amount its status and source passage, and leave unknown amounts empty, never 0', () => {
    expect(row('forening-b', 'kommunal ersättning', '2020')).toMatchObject({
      partnerskap_id: P,
      part: 'Förening B',
      belopp_kr: '50000',
      status: 'dokumenterad',
      kalla_citat: 'Nämnden betalar Förening B 50 000 kronor per år.',
      kalenderar: '2020',
    });
    expect(row('forening-b', 'kommunal ersättning', '2020')!.kalla_lank).toMatch(
      new RegExp(`^https://oppnapartnerskap\\.example/dokument/${P}/#ekonomi:~:text=`),
    );
    expect(row('forening-a', 'kommunal ersättning', '2022')).toMatchObject({
      belopp_kr: '110000',
      status: 'föreslagen',
    });
    const unknown = parsed.filter((r) => r.status === 'okänd');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((r) => r.belopp_kr === '')).toBe(true);
    expect(parsed.every((r) => (r.kalla_lank ?? '').startsWith('https://') && (r.kalla_citat ?? '').length > 0)).toBe(
      true,
    );
  });
});

describe('party and key figure records', () => {
  it('list the public party first, then the idea-based parties, each with a link to its passage', () => {
    const organisations = new Map(content.organisations.map((o) => [o.id, o.data]));
    const parties = partyRecords(content.partnerships, organisations, site);
    expect(parties.map((r) => [r.organisation_id, r.roll])).toEqual([
      ['namnd', 'offentlig part'],
      ['forening-a', 'idéburen part'],
      ['forening-b', 'idéburen part'],
    ]);
    expect(parties.every((r) => r.kalla_lank.startsWith(`${site.href}dokument/${P}/#`))).toBe(true);
  });

  it('carry each key figure with its quote', () => {
    expect(keyFigureRecords(content.documents, site)).toEqual([
      expect.objectContaining({
        dokument_id: FOLLOW_UP,
        nyckeltal_id: 'besokare',
        varde: 40,
        ungefarligt: 'nej',
        partnerskap_id: P,
        kalla_citat: 'Förening A har haft 40 besökare i veckan under hösten 2020.',
      }),
    ]);
  });
});

describe('the dataset catalogue', () => {
  it('describes every column of every CSV', () => {
    for (const dataset of DATASETS)
      for (const [field, description] of Object.entries(dataset.fields))
        expect(description, `${dataset.id}.${field}`).toBeTruthy();
    expect(Object.keys(DATASETS.find((d) => d.id === 'finansiering')!.fields)).toEqual([...FUNDING_COLUMNS]);
  });
  it('is a DCAT catalogue with a CC0 licence and a download per format', () => {
    const catalogue = dcatCatalogue(site, '2023-08-30');
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dcterms:license']['@id']).toContain('publicdomain/zero');
    const distributions = catalogue['dcat:dataset'].flatMap((d) => d['dcat:distribution']);
    expect(distributions.map((d) => d['dcat:downloadURL']['@id'])).toContain(
      'https://oppnapartnerskap.example/data/finansiering.csv',
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';
import { FUNDING_COLUMNS, fundingRecords, keyFigureRecords } from '../../src/lib/open-data';
import { DATASETS, dcatCatalogue } from '../../src/lib/dataset-catalog';
import type { SiteContent } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

const site = new URL('https://oppnapartnerskap.example/');
let content: SiteContent;
beforeAll(() => {
  content = loadContent(process.cwd());
});

describe('CSV', () => {
  it('starts with a BOM, quotes as RFC 4180 and parses back', () => {
    const text = toCsv(['a', 'b'], [{ a: 'Hjärta till hjärta', b: 'Säger "ja", sedan\nnej' }, { a: null, b: 0 }]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Säger ""ja"", sedan\nnej"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      { a: 'Hjärta till hjärta', b: 'Säger "ja", sedan\nnej' },
      { a: '', b: '0' },
    ]);
  });

  it('neutralises text cells a spreadsheet would run as formulas, and keeps numbers (negative too) plain', () => {
    const hostile = ['=HYPERLINK("https://evil.example","klicka")', '+1+1', '-2+3', '@SUM(A1)', '\tflik', '\rretur'];
    const rows = [...hostile.map((text, i) => ({ namn: text, belopp: -1500 * (i + 1) })), { namn: 'Vanlig text', belopp: 0 }];
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
  it('have one row per partnership × party × year × kind, with sources, unknown as empty', () => {
    const organisations = new Map(content.organisations.map((o) => [o.id, o.data]));
    const rows = fundingRecords(content.partnerships, organisations, site);
    // 001: 4 rows × 9 years; 004: 6 rows × 3 years.
    expect(rows).toHaveLength(36 + 18);
    const parsed = parseCsv(toCsv(FUNDING_COLUMNS, rows));
    const domkyrka = parsed.find((r) => r.part_id === 'linkopings-domkyrkopastorat' && r.slag === 'kommunal ersättning' && r.avtalsar === '2018/19')!;
    expect(domkyrka.belopp_kr).toBe('0');
    expect(domkyrka.status).toBe('dokumenterad');
    expect(domkyrka.kalla_lank).toMatch(/^https:\/\/oppnapartnerskap\.example\/dokument\/socialt-och-ekonomiskt-utsatta\/#ekonomi:~:text=Omsorgsn/);
    // A fiscal year is found by its calendar year; each row names the party as its source does.
    expect(domkyrka.kalenderar).toBe('2018');
    const sion2018 = parsed.find((r) => r.part_id === 'pingstforsamlingen-linkoping' && r.slag === 'kommunal ersättning' && r.avtalsar === '2018')!;
    expect(sion2018.part).toBe('Sionförsamlingen');
    expect(sion2018.part_senaste_namn).toBe('Pingstförsamlingen');
    const pingst2024 = parsed.find((r) => r.part_id === 'pingstforsamlingen-linkoping' && r.slag === 'kommunal ersättning' && r.avtalsar === '2024')!;
    expect(pingst2024.part).toBe('Pingstförsamlingen');
    const unknown = parsed.filter((r) => r.status === 'okänd');
    expect(unknown.every((r) => r.belopp_kr === '')).toBe(true);
    expect(parsed.every((r) => (r.kalla_lank ?? '').startsWith('https://') && (r.kalla_citat ?? '').length > 0)).toBe(true);
    expect(parsed.find((r) => r.partnerskap_id === 'social-gemenskap-och-kamratstod' && r.avtalsar === '2022')!.kalla_citat).toBe('Vid årsskiftet 2023/2024 går nuvarande överenskommelse ut.');
  });
  it('key figures carry their quote', () => {
    const rows = keyFigureRecords(content.documents, site);
    expect(rows.find((r) => r.nyckeltal_id === 'unika-personer')).toMatchObject({ varde: 90, ungefarligt: 'ja', partnerskap_id: 'social-gemenskap-och-kamratstod' });
  });
});

describe('the dataset catalogue', () => {
  it('describes every column of every CSV', () => {
    for (const dataset of DATASETS) for (const [field, description] of Object.entries(dataset.fields)) expect(description, `${dataset.id}.${field}`).toBeTruthy();
    expect(Object.keys(DATASETS.find((d) => d.id === 'finansiering')!.fields)).toEqual([...FUNDING_COLUMNS]);
  });
  it('is a DCAT catalogue with a CC0 licence and a download per format', () => {
    const catalogue = dcatCatalogue(site, '2023-08-30');
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dcterms:license']['@id']).toContain('publicdomain/zero');
    const distributions = catalogue['dcat:dataset'].flatMap((d) => d['dcat:distribution']);
    expect(distributions.map((d) => d['dcat:downloadURL']['@id'])).toContain('https://oppnapartnerskap.example/data/finansiering.csv');
  });
});

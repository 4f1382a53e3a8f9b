// The content model for any partnership, municipality and source, on inline fixtures.
import { describe, expect, it } from 'vitest';
import { fundingSeries, yearTotals } from '../../src/lib/funding';
import { factState, factStates } from '../../src/lib/facts';
import { municipalityOf } from '../../src/lib/municipality';
import { findIntegrityErrors, type SiteContent } from '../../src/lib/integrity';
import { compareRows } from '../../src/lib/compare';
import type { FundingLine } from '../../src/schemas/funding';
import type { OrganisationData } from '../../src/schemas/organisation';
import type { PartnershipData } from '../../src/schemas/partnership';

const org = (id: string) => ({ id, collection: 'organisations' as const });
const src = (doc: string, quote: string) => ({ doc, section: 'a', quote });
const line = (amount: number, quote: string, extra: Partial<FundingLine> = {}): FundingLine => ({
  party: org('forening'),
  kind: 'kommunal ersättning',
  payer: org('namnd'),
  from: '2025-01-01',
  to: '2026-12-31',
  perYear: true,
  amount,
  status: 'dokumenterad',
  source: src('beslut', quote),
  ...extra,
});
const periods = [
  {
    label: 'Period',
    from: '2025-01-01',
    to: '2026-12-31',
    basis: 'beslut' as const,
    source: src('beslut', 'Gäller 2025–2026.'),
  },
];

describe('funding lines for one party, kind and year', () => {
  it('are summed, each part kept with its own passage', () => {
    const [row] = fundingSeries({
      periods,
      funding: [line(650_000, 'Först 650 000.'), line(350_000, 'Sedan 350 000.')],
    });
    expect(row!.cells.map((c) => c.amount)).toEqual([1_000_000, 1_000_000]);
    expect(row!.cells[0]!.parts!.map((p) => [p.amount, p.source!.quote])).toEqual([
      [650_000, 'Först 650 000.'],
      [350_000, 'Sedan 350 000.'],
    ]);
    expect(yearTotals([row!]).map((t) => t.known)).toEqual([1_000_000, 1_000_000]);
  });

  it('give an unknown sum when one part is unknown (indexed), never the known part alone', () => {
    const [row] = fundingSeries({
      periods,
      funding: [line(650_000, 'A.', { indexedFrom: '2026-01-01' }), line(350_000, 'B.')],
    });
    expect(row!.cells[0]!.amount).toBe(1_000_000);
    expect(row!.cells[1]!.amount).toBeNull();
    expect(row!.cells[1]!.status).toBe('okänd');
    expect(row!.cells[1]!.parts!.map((p) => p.amount)).toEqual([null, 350_000]);
  });

  it('take the weakest status: a proposed part makes the sum proposed', () => {
    const [row] = fundingSeries({
      periods,
      funding: [line(100, 'A.'), line(200, 'B.', { status: 'föreslagen', decidedBy: 'beslut' })],
    });
    expect(row!.cells[0]).toMatchObject({ amount: 300, status: 'föreslagen' });
  });

  it('a single line is shown as it is, without parts', () => {
    const [row] = fundingSeries({ periods, funding: [line(650_000, 'A.')] });
    expect(row!.cells[0]!.parts).toBeUndefined();
    expect(row!.cells[0]!.source!.quote).toBe('A.');
  });
});

describe('three states of a fact', () => {
  it('tells stated, absent from the agreement (null or empty) and unknown (left out) apart', () => {
    expect(factState({ text: 'x' })).toBe('anges');
    expect(factState([{ text: 'x' }])).toBe('anges');
    expect(factState(null)).toBe('anges inte i överenskommelsen');
    expect(factState([])).toBe('anges inte i överenskommelsen');
    expect(factState(undefined)).toBe('okänd');
  });
});

const orgs = new Map<string, OrganisationData>([
  ['kommun', { name: 'Norrköpings kommun', kind: 'kommun', code: '0581', description: 'x', names: [] }],
  ['region', { name: 'Region Östergötland', kind: 'region', code: '05', description: 'x', names: [] }],
  ['namnd', { name: 'Socialnämnden', kind: 'nämnd', partOf: org('kommun'), description: 'x', names: [] }],
  ['forening', { name: 'Föreningen', kind: 'idéburen organisation', description: 'x', names: [] }],
]);

describe('municipalityOf', () => {
  it('follows partOf to the municipality or region with its SCB code', () => {
    expect(municipalityOf(orgs, 'namnd')).toEqual({
      id: 'kommun',
      name: 'Norrköpings kommun',
      code: '0581',
      kind: 'kommun',
    });
    expect(municipalityOf(orgs, 'region')).toMatchObject({ code: '05', kind: 'region' });
    expect(municipalityOf(orgs, 'forening')).toBeUndefined();
  });
});

/** A partnership known only from a decision: no agreement among the sources. */
function secondary(extra: Partial<PartnershipData> = {}): PartnershipData {
  return {
    title: 'Arbetsnamn',
    workingTitle: true,
    shortTitle: 'Kort',
    agreement: null,
    municipality: org('kommun'),
    dnr: [],
    summary: 'x',
    publicParty: { organisation: org('namnd'), role: 'Betalar.', source: src('beslut', 'Nämnden betalar.') },
    ideaParties: [{ organisation: org('forening'), role: 'Driver.', source: src('beslut', 'Föreningen driver.') }],
    otherActors: [],
    periods,
    terms: { otherMeetings: [], otherTerms: [] },
    funding: [line(650_000, 'Först 650 000.')],
    statedTotals: [],
    ...extra,
  } as PartnershipData;
}

function content(p: PartnershipData, body = ''): SiteContent {
  return {
    organisations: [...orgs].map(([id, data]) => ({ id, data })),
    partnerships: [{ id: 'p', filePath: 'content/partnerships/p.mdx', data: p, body }],
    documents: [
      {
        id: 'beslut',
        data: {
          title: 'Beslut',
          kind: 'beslut',
          partnership: { id: 'p', collection: 'partnerships' },
          date: { value: '2024-12-10', precision: 'dag' },
          issuer: org('namnd'),
          transcription: 'utdrag',
          obtained: 'digital',
          summary: 'x',
          points: [],
          adoption: 'antagen',
          meetingsMentioned: [],
        },
        body: '## A\n\nNämnden betalar. Föreningen driver. Gäller 2025–2026. Först 650 000. Sedan 350 000.\n',
      },
    ],
  } as SiteContent;
}

describe('integrity for a partnership without its agreement', () => {
  it('accepts unknown terms and lists', () => {
    expect(findIntegrityErrors(content(secondary()))).toEqual([]);
  });

  it('refuses "absent from the agreement" (null, empty list) when the agreement is not among the sources', () => {
    const errors = findIntegrityErrors(
      content(secondary({ terms: { notice: null, otherMeetings: [], otherTerms: [] }, goals: [] })),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['goals', 'terms.notice']);
    expect(errors[0]!.expected).toContain('hela överenskommelsen');
  });

  it('refuses a "name in the agreement", an agreement basis and a body when there is no agreement', () => {
    const p = secondary({ periods: [{ ...periods[0]!, basis: 'avtal' }] });
    p.publicParty.nameInAgreement = 'Nämnden';
    const fields = findIntegrityErrors(content(p, '## Text\n\nNågot.\n')).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['agreement', 'periods[0].basis', 'nameInAgreement']));
  });

  it('refuses a public party outside the partnership’s municipality', () => {
    const errors = findIntegrityErrors(content(secondary({ municipality: org('region') })));
    expect(errors.map((e) => e.field)).toEqual(['publicParty.organisation']);
  });

  it('refuses a funding line that falls in no agreement year, instead of dropping its money', () => {
    const errors = findIntegrityErrors(
      content(
        secondary({
          funding: [line(650000, 'Först 650 000.', { perYear: false, from: '2025-03-01', to: '2025-05-31' })],
        }),
      ),
    );
    expect(errors.map((e) => e.field)).toEqual(['funding[0]']);
  });
});

describe('the comparison in three states', () => {
  it('says unknown for a partnership without its agreement, and absent only where the whole agreement is a source', () => {
    const unknown = secondary();
    const whole = secondary({
      agreement: { transcription: 'hel', obtained: 'skannad' },
      terms: { notice: null, otherMeetings: [], otherTerms: [] },
    });
    const rows = compareRows([unknown, whole], (id) => id);
    const notice = rows.find((r) => r.term === 'Uppsägning')!;
    expect(notice.cells.map((c) => c.state)).toEqual(['okänd', 'anges inte i överenskommelsen']);
    expect(factStates(unknown).every((f) => f.state === 'okänd')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { partnershipPage, SECTIONS, type PageDocument, type TocEntry } from '../../src/lib/partnership-page';
import type { PartnershipData } from '../../src/schemas/partnership';

const src = (doc: string, quote: string) => ({ doc, section: 'avsnitt', quote });
const org = (id: string) => ({ id, collection: 'organisations' as const });
const NAMES: Record<string, string> = { namnden: 'Nämnden nu', forening: 'Föreningen', kommun: 'Kommunen' };
const name = (id: string) => NAMES[id] ?? id;

const partnership: PartnershipData = {
  title: 'IOP – Testpartnerskap',
  workingTitle: false,
  agreement: { transcription: 'hel', obtained: 'digital' },
  shortTitle: 'Testpartnerskap',
  municipality: org('kommun'),
  dnr: [],
  sourceFile: 'test.txt',
  summary: 'Ett partnerskap för testerna.',
  publicParty: {
    organisation: org('namnden'),
    nameInAgreement: 'Nämnden då',
    role: 'Betalar.',
    source: src('p', 'Nämnden betalar'),
    moreSources: [],
  },
  ideaParties: [
    {
      organisation: org('forening'),
      nameInAgreement: 'Föreningen',
      role: 'Driver.',
      source: src('p', 'Föreningen driver'),
      moreSources: [],
    },
  ],
  otherActors: [],
  purpose: [{ text: 'Syftet.', source: src('p', 'syftet') }],
  goals: [
    { id: 'forsta', text: 'Första målet.', source: src('p', 'mål ett') },
    { id: 'andra', text: 'Andra målet.', source: src('p', 'mål två') },
  ],
  targetGroups: [{ text: 'Målgruppen.', source: src('p', 'målgrupp') }],
  valueBase: [{ text: 'Värdegrunden.', source: src('p', 'värdegrund') }],
  periods: [
    { label: 'Överenskommelse', from: '2020-01-01', to: '2021-12-31', basis: 'avtal', source: src('p', 'period') },
  ],
  terms: {
    signed: {
      date: '2019-12-01',
      place: 'Staden',
      signatories: [{ name: null, for: 'Föreningen' }],
      source: src('p', 'underskrift'),
    },
    decisionDeadline: null,
    notice: null,
    repayment: null,
    payment: null,
    indexation: null,
    followUp: { perYear: 1, text: 'En gång per år.', source: src('p', 'uppföljning') },
    otherMeetings: [],
    otherTerms: [],
  },
  funding: [
    {
      party: org('forening'),
      kind: 'kommunal ersättning',
      payer: org('namnden'),
      from: '2020-01-01',
      to: '2021-12-31',
      perYear: true,
      amount: 100000,
      status: 'dokumenterad',
      note: 'Gäller båda åren.',
      source: src('p', '100 000 kr per år'),
    },
  ],
  statedTotals: [],
} as unknown as PartnershipData;

const followUp: PageDocument = {
  id: 'uppf-2020',
  data: {
    kind: 'uppföljning',
    title: 'Uppföljning 2020',
    partnership: { id: 'test', collection: 'partnerships' },
    date: { value: '2020-11', precision: 'månad', reason: 'bara månaden' },
    issuer: org('namnden'),
    sourceFile: 'u.txt',
    summary: 'Uppföljning.',
    findings: [
      { goal: 'andra', party: org('forening'), text: 'Andra målet nåddes.', source: src('uppf-2020', 'nåddes') },
      { text: 'Allmänt intryck.', source: src('uppf-2020', 'intryck') },
    ],
    keyFigures: [
      {
        id: 'besok',
        label: 'Besökare',
        value: 25,
        approximate: true,
        unit: 'personer',
        period: '2020',
        party: org('forening'),
        source: src('uppf-2020', 'ett 25-tal'),
      },
    ],
    developmentAreas: [],
  },
} as unknown as PageDocument;

const proposal: PageDocument = {
  id: 'forslag-2021',
  data: {
    kind: 'förslag',
    title: 'Förslag om förlängning',
    partnership: { id: 'test', collection: 'partnerships' },
    date: { value: '2021-09-01', precision: 'dag' },
    issuer: org('namnden'),
    sourceFile: 'f.txt',
    summary: 'Förslag.',
    points: [{ text: 'Förläng.', source: src('forslag-2021', 'förlängs') }],
    adoption: 'framgår inte av källorna',
  },
} as unknown as PageDocument;

const site = new URL('https://partnerskap.example');
const page = partnershipPage({
  id: 'test',
  data: partnership,
  documents: [followUp, proposal],
  today: '2021-10-01',
  name,
  site,
});

const ids = (entries: TocEntry[]): string[] => entries.flatMap((e) => [e.id, ...ids(e.children ?? [])]);

describe('partnershipPage', () => {
  it('gives the page its own address and its data download', () => {
    expect(page.path).toBe('/partnerskap/test/');
    expect(page.csvHref).toBe('/data/partnerskap/test/finansiering.csv');
  });

  it('names parties as the agreement does, with the later name beside it only where it differs', () => {
    expect(page.parties.map((p) => [p.id, p.name, p.nameFrom, p.laterName, p.side])).toEqual([
      ['namnden', 'Nämnden då', 'överenskommelsen', 'Nämnden nu', 'Offentlig part'],
      ['forening', 'Föreningen', 'överenskommelsen', undefined, 'Idéburen part'],
    ]);
    // The chart names the series the same way.
    expect(page.chart.series.map((s) => s.label)).toEqual(['Föreningen: kommunal ersättning']);
    expect(page.partyIds).toEqual(['namnden', 'forening']);
  });

  it('files each follow-up finding under its goal, the rest under other findings', () => {
    expect(page.goalFindings.map((g) => [g.number, g.goal.id, g.findings.map((f) => f.text)])).toEqual([
      [1, 'forsta', []],
      [2, 'andra', ['Andra målet nåddes.']],
    ]);
    expect(page.goalFindings[1]!.findings[0]).toMatchObject({ docId: 'uppf-2020', partyName: 'Föreningen' });
    expect(page.otherFindings.map((f) => f.text)).toEqual(['Allmänt intryck.']);
    expect(page.keyFigures.map((k) => [k.figure.id, k.partyName, k.docId])).toEqual([
      ['besok', 'Föreningen', 'uppf-2020'],
    ]);
    // Each figure can be cited alone: the figure, its passage, the document and the address of the passage.
    const citation = page.keyFigures[0]!.citation;
    expect(citation).toContain('Besökare: ca 25 personer (2020)');
    expect(citation).toContain('”ett 25-tal”');
    expect(citation).toContain('Uppföljning 2020');
    expect(citation).toContain('https://partnerskap.example/dokument/uppf-2020/#avsnitt');
  });

  it('derives status, follow-ups, pending proposals and funding notes for the day given', () => {
    expect(page.status).toEqual({ kind: 'upphör snart', endsOn: '2021-12-31', daysLeft: 91, basis: 'avtal' });
    expect([page.record.due, page.record.found, page.record.pending]).toEqual([1, 1, 1]);
    expect(page.pendingProposals.map((d) => d.id)).toEqual(['forslag-2021']);
    expect(page.facts.pendingProposals).toEqual([
      { id: 'forslag-2021', title: 'Förslag om förlängning', date: { value: '2021-09-01', precision: 'dag' } },
    ]);
    expect(page.fundingNotes).toEqual(['Föreningen, kommunal ersättning 2020-01-01 – 2021-12-31: Gäller båda åren.']);
    expect(page.facts.money[0]!.runs.map((r) => [r.years, r.perYear])).toEqual([[['2020', '2021'], 100000]]);
    expect(page.chart.series.map((s) => s.label)).toEqual(['Föreningen: kommunal ersättning']);
  });

  it('lists every section in its table of contents once, the decision facts first', () => {
    const all = ids(page.toc);
    expect(all[0]).toBe(SECTIONS.facts.id);
    expect(new Set(all).size).toBe(all.length);
    // A proposal's own judgement has a section only when a proposal gives one.
    const always = Object.values(SECTIONS).filter((s) => s !== SECTIONS.assessments);
    expect(all.sort()).toEqual(always.map((s) => s.id).sort());
    const judged = {
      ...proposal,
      data: { ...proposal.data, assessment: { text: 'Fyller sitt syfte.', source: src('forslag-2021', 'fyller') } },
    };
    const withAssessment = partnershipPage({
      id: 'test',
      data: partnership,
      documents: [followUp, judged as PageDocument],
      today: '2021-10-01',
      name,
    });
    expect(ids(withAssessment.toc)).toContain(SECTIONS.assessments.id);
    expect(withAssessment.assessments.map((a) => [a.docId, a.text])).toEqual([['forslag-2021', 'Fyller sitt syfte.']]);
  });

  it('says first when the agreement is not among the sources, and where the facts come from instead', () => {
    expect(page.agreementNote).toBeUndefined();
    expect(page.signedDate).toBe('2019-12-01');
    const withoutAgreement = partnershipPage({
      id: 'test',
      data: { ...partnership, agreement: null, terms: { ...partnership.terms, signed: undefined } },
      documents: [followUp, proposal],
      today: '2021-10-01',
      name,
      docInfo: (id) => (id === 'p' ? { kind: 'nyhet', title: 'Kommunens nyhet' } : undefined),
    });
    expect(withoutAgreement.agreementNote).toEqual({
      kind: 'saknas',
      sources: [{ id: 'p', kind: 'nyhet', title: 'Kommunens nyhet' }],
      more: true,
    });
    expect(withoutAgreement.signedDate).toBeUndefined();
    const excerpt = partnershipPage({
      id: 'test',
      data: { ...partnership, agreement: { transcription: 'utdrag', obtained: 'digital' } },
      documents: [],
      today: '2021-10-01',
      name,
    });
    expect(excerpt.agreementNote).toEqual({ kind: 'utdrag' });
  });

  it('says what the sources do not say, as the gaps list', () => {
    expect(page.gaps).toEqual(page.facts.gaps);
    expect(page.gaps.some((g) => g.text.includes('uppsägningstid'))).toBe(true);
    expect(page.gaps.some((g) => g.text.includes('Uppföljning 2020'))).toBe(true);
    // Every gap but the one that says the agreement is missing names a document to check.
    expect(page.gaps.every((g) => g.document !== undefined)).toBe(true);
  });
});

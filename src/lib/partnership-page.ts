import type { DocumentData, FollowUpData, KeyFigure } from '../schemas/document';
import type { FundingLine } from '../schemas/funding';
import type { PartnershipData, Goal } from '../schemas/partnership';
import type { SourceRef } from '../schemas/primitives';
import { isFollowUp } from '../schemas/document';
import { chartOfSeries, type ChartData, type ChartMunicipality } from './chart-data';
import { decisionFacts, type DecisionFacts } from './decision-facts';
import { followUpRecord, type FollowUpRecord } from './follow-ups';
import { fundingSeries } from './funding';
import { sourceGaps } from './gaps';
import { renewalFacts, type RenewalFacts } from './renewal';
import { lastPeriod, partnershipStatus, type PartnershipStatus } from './status';

/** A document among the sources, as the page builder needs it. */
export interface PageDocument {
  id: string;
  data: DocumentData;
}

export interface PartnershipPageInput {
  id: string;
  data: PartnershipData;
  /** The partnership's documents (follow-ups, proposals, decisions), oldest first. */
  documents: PageDocument[];
  /** The day statuses are computed for (the build date). */
  today: string;
  /** An organisation's current name, by id. */
  name: (id: string) => string;
  /** The municipality or region the partnership's money belongs to. */
  municipality?: ChartMunicipality;
  /** Kind (in words) and title of a source document by id, for saying where facts come from. */
  docInfo?: (id: string) => { kind: string; title: string } | undefined;
}

/** What the page must say first about the agreement's text: absent from the sources, or only an excerpt. */
export type AgreementNote =
  | { kind: 'saknas'; sources: { id: string; kind: string; title: string }[]; more: boolean }
  | { kind: 'utdrag' }
  | undefined;

/** One entry of the page's table of contents: a section heading's id and text. */
export interface TocEntry {
  id: string;
  label: string;
  children?: TocEntry[];
}

export interface PartyView {
  id: string;
  name: string;
  side: 'Offentlig part' | 'Idéburen part';
  /** The agreement's own name for the party, when it differs from the current one. */
  nameInAgreement: string | undefined;
  role: string;
  source: SourceRef;
}

/** A follow-up's finding, with the document it comes from. */
export interface FindingView {
  docId: string;
  date: DocumentData['date'];
  partyName: string | undefined;
  text: string;
  source: SourceRef;
}

export interface GoalFindings {
  goal: Goal;
  /** Goal number as the agreement lists it, from 1. */
  number: number;
  findings: FindingView[];
}

export interface KeyFigureView {
  docId: string;
  date: DocumentData['date'];
  partyName: string | undefined;
  figure: KeyFigure;
}

export interface PartnershipPage {
  id: string;
  path: string;
  csvHref: string;
  data: PartnershipData;
  /** The signing day, when the sources give it. */
  signedDate: string | undefined;
  agreementNote: AgreementNote;
  status: PartnershipStatus;
  lastPeriodSource: SourceRef;
  renewal: RenewalFacts;
  facts: DecisionFacts;
  parties: PartyView[];
  chart: ChartData;
  /** Funding lines with a specification table, with the party's name. */
  specifiedLines: { line: FundingLine; partyName: string }[];
  /** Notes the editors attached to funding lines. */
  fundingNotes: string[];
  record: FollowUpRecord;
  goalFindings: GoalFindings[];
  otherFindings: FindingView[];
  keyFigures: KeyFigureView[];
  gaps: string[];
  pendingProposals: PageDocument[];
  documents: PageDocument[];
  toc: TocEntry[];
  /** Organisation ids of every party, for "last changed" and links. */
  partyIds: string[];
}

/** Section ids and headings of the partnership page, in order; the page and its table of contents share them. */
export const SECTIONS = {
  facts: { id: 'i-korthet', label: 'I korthet' },
  parties: { id: 'parter', label: 'Parter och roller' },
  purpose: { id: 'syfte', label: 'Syfte' },
  goals: { id: 'mal', label: 'Mål' },
  targetGroups: { id: 'malgrupp', label: 'Målgrupp' },
  valueBase: { id: 'vardegrund', label: 'Värdegrund' },
  periods: { id: 'perioder', label: 'Perioder' },
  terms: { id: 'villkor', label: 'Villkor' },
  economy: { id: 'ekonomi', label: 'Ekonomi' },
  beforeDecision: { id: 'infor-beslut', label: 'Inför beslut' },
  goalFindings: { id: 'mal-och-uppfoljning', label: 'Målen och vad uppföljningarna säger' },
  keyFigures: { id: 'nyckeltal', label: 'Nyckeltal över tid' },
  followUps: { id: 'uppfoljningar', label: 'Uppföljningar enligt villkoren' },
  gaps: { id: 'luckor', label: 'Det här säger inte källorna' },
  documents: { id: 'dokument', label: 'Dokument' },
  cite: { id: 'citera', label: 'Citera' },
} as const satisfies Record<string, TocEntry>;

const pendingAdoption = (d: PageDocument) =>
  (d.data.kind === 'förslag' || d.data.kind === 'beslut') && d.data.adoption === 'framgår inte av källorna';

function findingView(doc: { id: string; data: FollowUpData }, f: FollowUpData['findings'][number], name: (id: string) => string) {
  return { docId: doc.id, date: doc.data.date, partyName: f.party && name(f.party.id), text: f.text, source: f.source };
}

/** Everything the partnership page shows, derived once; the page and its components only render it. */
export function partnershipPage(input: PartnershipPageInput): PartnershipPage {
  const { id, data: p, documents, today, name } = input;
  const series = fundingSeries(p);
  const followUps = documents.flatMap((d) => (isFollowUp(d.data) ? [{ id: d.id, data: d.data }] : []));
  const dated = followUps.flatMap((d) => (d.data.date.value ? [{ id: d.id, title: d.data.title, date: d.data.date.value }] : []));
  const record = followUpRecord(p, dated, today);
  // A follow-up of unknown date cannot fill a window; it is listed beside the record instead.
  for (const d of followUps) if (!d.data.date.value) record.outside.push({ id: d.id, title: d.data.title, date: 'datum okänt' });
  const pendingProposals = documents.filter(pendingAdoption);
  const gaps = sourceGaps(p, documents, series, record);
  const findings = followUps.flatMap((doc) => doc.data.findings.map((f) => ({ goal: f.goal, view: findingView(doc, f, name) })));
  const goals = p.goals ?? [];
  const goalIds = new Set(goals.map((g) => g.id));
  const goalFindings = goals.map((goal, i) => ({
    goal,
    number: i + 1,
    findings: findings.filter((f) => f.goal === goal.id).map((f) => f.view),
  }));
  const otherFindings = findings.filter((f) => f.goal === undefined || !goalIds.has(f.goal)).map((f) => f.view);
  const keyFigures = followUps.flatMap((doc) =>
    doc.data.keyFigures.map((figure) => ({
      docId: doc.id,
      date: doc.data.date,
      partyName: figure.party && name(figure.party.id),
      figure,
    })),
  );
  const partyEntries = [p.publicParty, ...p.ideaParties];
  const parties: PartyView[] = partyEntries.map((party, i) => {
    const current = name(party.organisation.id);
    return {
      id: party.organisation.id,
      name: current,
      side: i === 0 ? 'Offentlig part' : 'Idéburen part',
      nameInAgreement: party.nameInAgreement !== undefined && party.nameInAgreement !== current ? party.nameInAgreement : undefined,
      role: party.role,
      source: party.source,
    };
  });
  let agreementNote: AgreementNote;
  if (p.agreement === null) {
    // Where the page's facts come from when the agreement is not among the sources.
    const ids = [...new Set([...partyEntries.map((x) => x.source.doc), ...p.periods.map((x) => x.source.doc)])];
    const sources = ids.map((doc) => ({ id: doc, kind: 'dokument', title: doc, ...input.docInfo?.(doc) }));
    agreementNote = { kind: 'saknas', sources, more: documents.some((d) => !ids.includes(d.id)) };
  } else if (p.agreement.transcription === 'utdrag') agreementNote = { kind: 'utdrag' };
  const s = SECTIONS;
  const toc: TocEntry[] = [
    { ...s.facts, children: [s.gaps] },
    s.parties,
    s.purpose,
    s.goals,
    s.targetGroups,
    s.valueBase,
    s.periods,
    s.terms,
    s.economy,
    { ...s.beforeDecision, children: [s.goalFindings, s.keyFigures, s.followUps] },
    s.documents,
    s.cite,
  ];
  return {
    id,
    path: `/partnerskap/${id}/`,
    csvHref: `/data/partnerskap/${id}/finansiering.csv`,
    data: p,
    signedDate: p.terms.signed?.date,
    agreementNote,
    status: partnershipStatus(p, today),
    lastPeriodSource: lastPeriod(p).source,
    renewal: renewalFacts(p, today),
    facts: decisionFacts({
      partnership: p,
      series,
      record,
      pendingProposals: pendingProposals.map((d) => ({ id: d.id, title: d.data.title, date: d.data.date })),
      gaps,
      today,
    }),
    parties,
    chart: chartOfSeries(series, name, input.municipality),
    specifiedLines: p.funding.flatMap((line) => (line.groups ? [{ line, partyName: name(line.party.id) }] : [])),
    fundingNotes: p.funding.flatMap((l) => (l.note ? [`${name(l.party.id)}, ${l.kind} ${l.from} – ${l.to}: ${l.note}`] : [])),
    record,
    goalFindings,
    otherFindings,
    keyFigures,
    gaps,
    pendingProposals,
    documents,
    toc,
    partyIds: parties.map((x) => x.id),
  };
}

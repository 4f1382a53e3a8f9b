import type { DocumentData, FollowUpData, KeyFigure } from '../schemas/document';
import type { FundingLine } from '../schemas/funding';
import type { PartnershipData, Goal } from '../schemas/partnership';
import type { SourceRef } from '../schemas/primitives';
import { isFollowUp } from '../schemas/document';
import { chartOfSeries, type ChartData, type ChartMunicipality } from './chart-data';
import { decisionFacts, type DecisionFacts } from './decision-facts';
import { followUpRecord, type FollowUpRecord } from './follow-ups';
import { fundingSeries } from './funding';
import { sourceGaps, type SourceGap } from './gaps';
import { renewalFacts, type RenewalFacts } from './renewal';
import { figureCitation, keyFigureText } from './citation';
import { sourceUrl } from './sources';
import { lastPeriod, partnershipStatus, type PartnershipStatus } from './status';
import { partnershipFundingCsvUrl, partnershipUrl } from './urls';

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
  /** The name a document uses for an organisation (names at the time); the current name when left out. */
  nameIn?: (id: string, docId: string, quote?: string) => string;
  /** The site's address, for the addresses in figure citations. */
  site?: URL | undefined;
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
  /** The name the agreement (or the party's source) uses: names at the time. */
  name: string;
  /** Whether that name is the agreement's own or the one in the party's source. */
  nameFrom: 'överenskommelsen' | 'källan';
  /** The current name, when it differs from the name at the time. */
  laterName: string | undefined;
  side: 'Offentlig part' | 'Idéburen part';
  role: string;
  source: SourceRef;
  /** Further passages the role summary rests on. */
  moreSources: SourceRef[];
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
  /** A reference to this one figure: figure, passage, document, date with its doubt, address. */
  citation: string;
}

/** A proposal's or decision's own overall judgement of the partnership. */
export interface AssessmentView {
  docId: string;
  title: string;
  date: DocumentData['date'];
  text: string;
  source: SourceRef;
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
  assessments: AssessmentView[];
  /** Who convenes follow-ups, named as the passage that says so names them. */
  convener: { id: string; name: string; source: SourceRef } | undefined;
  gaps: SourceGap[];
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
  assessments: { id: 'forslagets-bedomning', label: 'Förslagets egen bedömning' },
  goalFindings: { id: 'mal-och-uppfoljning', label: 'Målen och vad uppföljningarna säger' },
  keyFigures: { id: 'nyckeltal', label: 'Nyckeltal över tid' },
  followUps: { id: 'uppfoljningar', label: 'Uppföljningar enligt villkoren' },
  gaps: { id: 'luckor', label: 'Det här säger inte källorna' },
  documents: { id: 'dokument', label: 'Dokument' },
  cite: { id: 'citera', label: 'Citera' },
} as const satisfies Record<string, TocEntry>;

const pendingAdoption = (d: PageDocument) =>
  (d.data.kind === 'förslag' || d.data.kind === 'beslut') && d.data.adoption === 'framgår inte av källorna';

type NameIn = (id: string, docId: string, quote?: string) => string;

function findingView(doc: { id: string; data: FollowUpData }, f: FollowUpData['findings'][number], nameIn: NameIn) {
  return {
    docId: doc.id,
    date: doc.data.date,
    partyName: f.party && nameIn(f.party.id, doc.id),
    text: f.text,
    source: f.source,
  };
}

function convenerOf(followUp: PartnershipData['terms']['followUp'], nameIn: NameIn): PartnershipPage['convener'] {
  const source = followUp?.convenedBySource ?? followUp?.source;
  if (!followUp?.convenedBy || !source) return undefined;
  return { id: followUp.convenedBy.id, name: nameIn(followUp.convenedBy.id, source.doc), source };
}

/** Everything the partnership page shows, derived once; the page and its components only render it. */
export function partnershipPage(input: PartnershipPageInput): PartnershipPage {
  const { id, data: p, documents, today, name } = input;
  const nameIn: NameIn = input.nameIn ?? ((orgId) => name(orgId));
  const series = fundingSeries(p);
  const followUps = documents.flatMap((d) => (isFollowUp(d.data) ? [{ id: d.id, data: d.data }] : []));
  const dated = followUps.flatMap((d) =>
    d.data.date.value ? [{ id: d.id, title: d.data.title, date: d.data.date.value }] : [],
  );
  const meetings = documents.flatMap((d) => d.data.meetingsMentioned ?? []);
  const record = followUpRecord(p, dated, today, meetings);
  // A follow-up of unknown date cannot fill a window; it is listed beside the record instead.
  for (const d of followUps)
    if (!d.data.date.value) record.outside.push({ id: d.id, title: d.data.title, date: 'datum okänt' });
  const pendingProposals = documents.filter(pendingAdoption);
  const gaps = sourceGaps(p, documents, series, record, id);
  const findings = followUps.flatMap((doc) =>
    doc.data.findings.map((f) => ({ goal: f.goal, view: findingView(doc, f, nameIn) })),
  );
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
      partyName: figure.party && nameIn(figure.party.id, doc.id),
      figure,
      citation: figureCitation({
        figure: keyFigureText(figure),
        quote: figure.source.quote,
        docTitle: doc.data.title,
        author: doc.data.issuer ? nameIn(doc.data.issuer.id, doc.id) : undefined,
        date: doc.data.date,
        url: input.site ? new URL(sourceUrl(figure.source), input.site).href : sourceUrl(figure.source),
        retrieved: today,
      }),
    })),
  );
  const assessments = pendingProposals.flatMap((d) =>
    (d.data.kind === 'förslag' || d.data.kind === 'beslut') && d.data.assessment
      ? [
          {
            docId: d.id,
            title: d.data.title,
            date: d.data.date,
            text: d.data.assessment.text,
            source: d.data.assessment.source,
          },
        ]
      : [],
  );
  const partyEntries = [p.publicParty, ...p.ideaParties];
  const parties: PartyView[] = partyEntries.map((party, i) => {
    const current = name(party.organisation.id);
    const atTheTime = party.nameInAgreement ?? nameIn(party.organisation.id, party.source.doc);
    return {
      id: party.organisation.id,
      name: atTheTime,
      nameFrom: party.nameInAgreement !== undefined ? 'överenskommelsen' : 'källan',
      laterName: atTheTime !== current ? current : undefined,
      side: i === 0 ? 'Offentlig part' : 'Idéburen part',
      role: party.role,
      source: party.source,
      moreSources: party.moreSources,
    };
  });
  // Chart series name each party as the agreement does, with the latest source's name beside it when it differs.
  const seriesName = (orgId: string) => {
    const inAgreement = partyEntries.find((x) => x.organisation.id === orgId)?.nameInAgreement;
    return inAgreement && inAgreement !== name(orgId) ? `${inAgreement} / ${name(orgId)}` : name(orgId);
  };
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
    {
      ...s.beforeDecision,
      children: [...(assessments.length > 0 ? [s.assessments] : []), s.goalFindings, s.keyFigures, s.followUps],
    },
    s.documents,
    s.cite,
  ];
  return {
    id,
    path: partnershipUrl(id),
    csvHref: partnershipFundingCsvUrl(id),
    data: p,
    signedDate: p.terms.signed?.date,
    agreementNote,
    status: partnershipStatus(p, today),
    lastPeriodSource: lastPeriod(p).source,
    renewal: renewalFacts(p),
    facts: decisionFacts({
      partnership: p,
      series,
      record,
      pendingProposals: pendingProposals.map((d) => ({ id: d.id, title: d.data.title, date: d.data.date })),
      gaps,
      today,
    }),
    parties,
    chart: chartOfSeries(series, seriesName, input.municipality),
    specifiedLines: p.funding.flatMap((line) => (line.groups ? [{ line, partyName: name(line.party.id) }] : [])),
    fundingNotes: p.funding.flatMap((l) =>
      l.note ? [`${nameIn(l.party.id, l.source.doc, l.source.quote)}, ${l.kind} ${l.from} – ${l.to}: ${l.note}`] : [],
    ),
    record,
    goalFindings,
    otherFindings,
    keyFigures,
    assessments,
    convener: convenerOf(p.terms.followUp, nameIn),
    gaps,
    pendingProposals,
    documents,
    toc,
    partyIds: parties.map((x) => x.id),
  };
}

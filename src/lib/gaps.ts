import type { DocumentData } from '../schemas/document';
import type { PartnershipData } from '../schemas/partnership';
import type { FundingRow } from './funding';
import type { FollowUpRecord } from './follow-ups';
import { STATEFUL_FACTS, factState, factValue } from './facts';

const TERM_GAPS: [keyof PartnershipData['terms'], string][] = [
  [
    'decisionDeadline',
    'Överenskommelsen anger ingen sista dag för beslut om förändring, förlängning eller upphörande.',
  ],
  ['notice', 'Överenskommelsen anger ingen uppsägningstid.'],
  ['repayment', 'Överenskommelsen säger inget om återbetalning av medel som inte används som avsett.'],
  ['payment', 'Överenskommelsen anger inte när ersättningen betalas ut.'],
  ['indexation', 'Överenskommelsen säger inget om uppräkning av ersättningen.'],
  ['followUp', 'Överenskommelsen anger inte hur ofta den ska följas upp.'],
];

/** The document a gap points to, as a link: the one the fact is missing from, or the one the gap is about. */
export interface GapDocument {
  /** Document id; a partnership's agreement has the partnership's id. */
  id: string;
  /** How the link reads: "saknas i överenskommelsen", "gäller förslaget". */
  text: string;
}

/** One thing the sources do not say, with where to check it. */
export interface SourceGap {
  text: string;
  /** The document to check, or 'ingen överenskommelse' when the fact would stand in the agreement and it is not
   * among the sources; undefined only for the gap that says the agreement is missing. */
  document: GapDocument | 'ingen överenskommelse' | undefined;
}

/** Definite forms for link texts ("förslaget"), by document kind. */
const DEFINITE: Record<DocumentData['kind'], string> = {
  uppföljning: 'uppföljningen',
  förslag: 'förslaget',
  beslut: 'beslutet',
  protokoll: 'protokollet',
  årsredovisning: 'årsredovisningen',
  verksamhetsberättelse: 'verksamhetsberättelsen',
  nyhet: 'nyheten',
  pressmeddelande: 'pressmeddelandet',
  tidningsartikel: 'tidningsartikeln',
  rapport: 'rapporten',
  webbsida: 'webbsidan',
};

/**
 * What the sources do not say about a partnership, in plain Swedish sentences, each with the document to check:
 * usually the agreement (id `agreementId`), whose whole text is among the sources when a term is absent from it.
 */
export function sourceGaps(
  partnership: Pick<
    PartnershipData,
    'periods' | 'terms' | 'agreement' | 'purpose' | 'goals' | 'targetGroups' | 'valueBase'
  >,
  documents: { id: string; data: DocumentData }[],
  funding: FundingRow[],
  record: FollowUpRecord,
  agreementId: string,
): SourceGap[] {
  const gaps: SourceGap[] = [];
  const hasAgreement = partnership.agreement !== null;
  const docName = (id: string) => {
    const kind = documents.find((d) => d.id === id)?.data.kind;
    return id === agreementId ? 'överenskommelsen' : kind ? DEFINITE[kind] : 'dokumentet';
  };
  const about = (id: string): GapDocument => ({ id, text: `gäller ${docName(id)}` });
  const missingIn = (id: string): GapDocument => ({ id, text: `saknas i ${docName(id)}` });
  const agreement = (): SourceGap['document'] => (hasAgreement ? missingIn(agreementId) : 'ingen överenskommelse');
  const push = (text: string, document: SourceGap['document']) => gaps.push({ text, document });
  if (partnership.agreement === null)
    push(
      'Överenskommelsens text finns inte bland källorna; uppgifterna kommer från de dokument som anges vid varje ' +
        'uppgift.',
      undefined,
    );
  else if (partnership.agreement.transcription === 'utdrag')
    push('Bara ett utdrag ur överenskommelsen finns bland källorna.', about(agreementId));
  for (const [term, sentence] of TERM_GAPS) if (partnership.terms[term] === null) push(sentence, agreement());
  const unknown = STATEFUL_FACTS.filter(([fact]) => factState(factValue(partnership, fact)) === 'okänd').map(
    ([, label]) => label.toLowerCase(),
  );
  if (unknown.length > 0) push(`Okänt, eftersom det inte finns bland källorna: ${unknown.join(', ')}.`, agreement());
  for (const period of partnership.periods)
    if (period.basis === 'saknas i källorna')
      push(
        `Beslutet om perioden ${period.from} – ${period.to} och dess villkor finns inte bland källorna.`,
        about(period.source.doc),
      );
  for (const doc of documents)
    if ((doc.data.kind === 'förslag' || doc.data.kind === 'beslut') && doc.data.adoption === 'framgår inte av källorna')
      push(
        `Om ${doc.data.kind === 'förslag' ? 'förslaget' : 'beslutet'} från ` +
          `${doc.data.date.value ?? 'okänt datum'} antogs framgår inte av källorna.`,
        about(doc.id),
      );
  for (const kind of ['kommunal ersättning', 'egen insats'] as const) {
    const rows = funding.filter((r) => r.kind === kind);
    const years = rows[0]?.cells.map((c) => c.year.label) ?? [];
    const unknownYears = years.filter((_, i) => rows.some((r) => r.cells[i]!.amount === null));
    if (unknownYears.length > 0)
      push(
        `${kind === 'kommunal ersättning' ? 'Kommunal ersättning' : 'Egna insatser'} saknas helt eller delvis ` +
          `för ${unknownYears.length} av ${years.length} avtalsår: ${unknownYears.join(', ')}.`,
        agreement(),
      );
  }
  const missingReports = record.due - record.found;
  if (missingReports > 0) push(followUpGap(record), about(partnership.terms.followUp?.source.doc ?? agreementId));
  if (record.proposed.due - record.proposed.found > 0) {
    const proposed = record.requirements.find((r) => r.proposed && r.perYear)!.period;
    push(
      `Förslaget kräver ${record.proposed.due} uppföljningar vars tid har gått ut; ` +
        `ingen rapport finns bland källorna för ` +
        `${record.proposed.due - record.proposed.found} av dem. Om förslaget antogs framgår inte av källorna.`,
      about(proposed.followUp?.source.doc ?? proposed.document ?? proposed.source.doc),
    );
  }
  for (const r of record.requirements)
    if (r.perYear === undefined)
      push(
        `Hur ofta partnerskapet skulle följas upp ${r.period.from} – ${r.period.to} framgår inte av källorna.`,
        missingIn(r.period.document ?? r.period.source.doc),
      );
  for (const doc of documents)
    if (doc.data.date.precision !== 'dag')
      push(
        `”${doc.data.title}” är ${doc.data.date.precision === 'okänd' ? 'utan känt datum' : 'odaterad'}; ` +
          `${doc.data.date.reason ?? 'datumet är osäkert'}`,
        about(doc.id),
      );
  return gaps;
}

/** Reports missing among the sources, told apart from meetings the sources mention. */
export function followUpGap(record: Pick<FollowUpRecord, 'due' | 'found' | 'mentioned' | 'none'>): string {
  const parts = [
    `${record.due - record.found} av ${record.due} uppföljningar som överenskommelsen kräver och vars tid har ` +
      `gått ut har ingen publicerad rapport bland källorna`,
  ];
  if (record.mentioned > 0) parts.push(`för ${record.mentioned} av dem nämner källorna att parterna har träffats`);
  if (record.none > 0) parts.push(`för ${record.none} finns inget alls bland källorna`);
  return `${parts.join('; ')}.`;
}

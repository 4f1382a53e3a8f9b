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

/** What the sources do not say about a partnership, in plain Swedish sentences. */
export function sourceGaps(
  partnership: Pick<
    PartnershipData,
    'periods' | 'terms' | 'agreement' | 'purpose' | 'goals' | 'targetGroups' | 'valueBase'
  >,
  documents: { id: string; data: DocumentData }[],
  funding: FundingRow[],
  record: FollowUpRecord,
): string[] {
  const gaps: string[] = [];
  if (partnership.agreement === null)
    gaps.push(
      'Överenskommelsens text finns inte bland källorna; uppgifterna kommer från de dokument som anges vid varje ' +
        'uppgift.',
    );
  else if (partnership.agreement.transcription === 'utdrag')
    gaps.push('Bara ett utdrag ur överenskommelsen finns bland källorna.');
  for (const [term, sentence] of TERM_GAPS) if (partnership.terms[term] === null) gaps.push(sentence);
  const unknown = STATEFUL_FACTS.filter(([fact]) => factState(factValue(partnership, fact)) === 'okänd').map(
    ([, label]) => label.toLowerCase(),
  );
  if (unknown.length > 0) gaps.push(`Okänt, eftersom det inte finns bland källorna: ${unknown.join(', ')}.`);
  for (const period of partnership.periods)
    if (period.basis === 'saknas i källorna')
      gaps.push(`Beslutet om perioden ${period.from} – ${period.to} och dess villkor finns inte bland källorna.`);
  for (const doc of documents)
    if ((doc.data.kind === 'förslag' || doc.data.kind === 'beslut') && doc.data.adoption === 'framgår inte av källorna')
      gaps.push(
        `Om ${doc.data.kind === 'förslag' ? 'förslaget' : 'beslutet'} från ` +
          `${doc.data.date.value ?? 'okänt datum'} antogs framgår inte av källorna.`,
      );
  for (const kind of ['kommunal ersättning', 'egen insats'] as const) {
    const rows = funding.filter((r) => r.kind === kind);
    const years = rows[0]?.cells.map((c) => c.year.label) ?? [];
    const unknownYears = years.filter((_, i) => rows.some((r) => r.cells[i]!.amount === null));
    if (unknownYears.length > 0)
      gaps.push(
        `${kind === 'kommunal ersättning' ? 'Kommunal ersättning' : 'Egna insatser'} saknas helt eller delvis ` +
          `för ${unknownYears.length} av ${years.length} avtalsår: ${unknownYears.join(', ')}.`,
      );
  }
  const missingReports = record.due - record.found;
  if (missingReports > 0) gaps.push(followUpGap(record));
  if (record.proposed.due - record.proposed.found > 0)
    gaps.push(
      `Förslaget kräver ${record.proposed.due} uppföljningar vars tid har gått ut; ` +
        `ingen rapport finns bland källorna för ` +
        `${record.proposed.due - record.proposed.found} av dem. Om förslaget antogs framgår inte av källorna.`,
    );
  for (const r of record.requirements)
    if (r.perYear === undefined)
      gaps.push(`Hur ofta partnerskapet skulle följas upp ${r.period.from} – ${r.period.to} framgår inte av källorna.`);
  for (const doc of documents)
    if (doc.data.date.precision !== 'dag')
      gaps.push(
        `”${doc.data.title}” är ${doc.data.date.precision === 'okänd' ? 'utan känt datum' : 'odaterad'}; ` +
          `${doc.data.date.reason ?? 'datumet är osäkert'}`,
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

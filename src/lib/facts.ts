import type { PartnershipData } from '../schemas/partnership';

/**
 * The three states of a fact or term: stated in a source (with its passage), stated absent from the
 * agreement (only when the whole agreement text is among the sources), or unknown (not among the sources).
 */
export type FactState = 'anges' | 'anges inte i överenskommelsen' | 'okänd';

/** Reader-facing words for a fact that is not stated. */
export const ABSENT_TEXT = 'anges inte i överenskommelsen';
export const UNKNOWN_TEXT = 'okänt – finns inte bland källorna';

/** The state of a term or list: `null` or an empty list is "absent", a left-out value is "unknown". */
export function factState(value: unknown): FactState {
  if (value === undefined) return 'okänd';
  if (value === null || (Array.isArray(value) && value.length === 0)) return 'anges inte i överenskommelsen';
  return 'anges';
}

/** The words for a fact that is not stated, by its state. */
export function notStatedText(state: Exclude<FactState, 'anges'>): string {
  return state === 'okänd' ? UNKNOWN_TEXT : ABSENT_TEXT;
}

/** True when the whole agreement text is among the sources, so its silence on a term can be published. */
export function agreementIsWhole(p: Pick<PartnershipData, 'agreement'>): boolean {
  return p.agreement !== null && p.agreement.transcription === 'hel';
}

/** The partnership's facts and terms that can be in any of the three states, with Swedish labels. */
export const STATEFUL_FACTS = [
  ['purpose', 'Syfte'],
  ['goals', 'Mål'],
  ['targetGroups', 'Målgrupp'],
  ['valueBase', 'Värdegrund'],
  ['terms.signed', 'Undertecknad'],
  ['terms.decisionDeadline', 'Beslut om fortsättning senast'],
  ['terms.notice', 'Uppsägning'],
  ['terms.repayment', 'Återbetalning'],
  ['terms.payment', 'Utbetalning'],
  ['terms.indexation', 'Indexering'],
  ['terms.followUp', 'Uppföljning'],
] as const;

export type StatefulFact = (typeof STATEFUL_FACTS)[number][0];

/** The value of one stateful fact of a partnership. */
export function factValue(
  p: Pick<PartnershipData, 'purpose' | 'goals' | 'targetGroups' | 'valueBase' | 'terms'>,
  fact: StatefulFact,
): unknown {
  if (fact.startsWith('terms.')) return p.terms[fact.slice(6) as keyof PartnershipData['terms']];
  return p[fact as 'purpose' | 'goals' | 'targetGroups' | 'valueBase'];
}

/** Every stateful fact of a partnership with its state, in a fixed order. */
export function factStates(
  p: Parameters<typeof factValue>[0],
): { fact: StatefulFact; label: string; state: FactState }[] {
  return STATEFUL_FACTS.map(([fact, label]) => ({ fact, label, state: factState(factValue(p, fact)) }));
}

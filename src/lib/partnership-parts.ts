// Small readings of a partnership that pages, components and data files share, so each is written once.
import type { PartnershipData, periodBasis } from '../schemas/partnership';

type Party = PartnershipData['publicParty'];

/** Every party to the agreement: the public party first, then the idea-based parties in the agreement's order. */
export function partiesOf(partnership: Pick<PartnershipData, 'publicParty' | 'ideaParties'>): Party[] {
  return [partnership.publicParty, ...partnership.ideaParties];
}

/** The ids of every party's organisation, public party first, each once. */
export function partyIdsOf(partnership: Pick<PartnershipData, 'publicParty' | 'ideaParties'>): string[] {
  return [...new Set(partiesOf(partnership).map((party) => party.organisation.id))];
}

type PeriodBasis = (typeof periodBasis)[number];

/** What a period rests on, as a phrase inside a sentence or a table cell ("2018-01-01 – 2020-12-31 (beslut)"). */
const BASIS_TEXT: Record<PeriodBasis, string> = {
  avtal: 'överenskommelse',
  beslut: 'beslut',
  förslag: 'förslag, beslut saknas bland källorna',
  'annan källa': 'annan källa',
  'saknas i källorna': 'beslut saknas bland källorna',
};

export const basisText = (basis: PeriodBasis): string => BASIS_TEXT[basis];

/** The same, standing alone at the start of a cell: "Förslag, beslut saknas bland källorna". */
export const basisLabel = (basis: PeriodBasis): string => {
  const text = BASIS_TEXT[basis];
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
};

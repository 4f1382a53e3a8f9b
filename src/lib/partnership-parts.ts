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

/**
 * What a period rests on, in one place: `text` inside a sentence or a comparison cell ("2018-01-01 – 2020-12-31
 * (beslut)"), `label` standing alone in the periods table, where it links to the deciding document, and `clause`
 * after a period in the decision facts ("2018-01-01 – 2020-12-31: enligt förslag; beslutet finns inte bland
 * källorna").
 */
const BASIS: Record<PeriodBasis, { text: string; label: string; clause: string }> = {
  avtal: { text: 'överenskommelse', label: 'Överenskommelsen', clause: 'överenskommelse' },
  beslut: { text: 'beslut', label: 'Beslut', clause: 'beslut' },
  förslag: {
    text: 'förslag, beslut saknas bland källorna',
    label: 'Förslag (beslut saknas bland källorna)',
    clause: 'enligt förslag; beslutet finns inte bland källorna',
  },
  'annan källa': { text: 'annan källa', label: 'Annan källa (se källan)', clause: 'enligt en annan källa' },
  'saknas i källorna': {
    text: 'beslut saknas bland källorna',
    label: 'Beslut saknas bland källorna',
    clause: 'beslutet finns inte bland källorna',
  },
};

export const basisText = (basis: PeriodBasis): string => BASIS[basis].text;
export const basisLabel = (basis: PeriodBasis): string => BASIS[basis].label;
export const basisClause = (basis: PeriodBasis): string => BASIS[basis].clause;

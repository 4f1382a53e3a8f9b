import type { PartnershipData } from '../schemas/partnership';
import { basisText, partiesOf } from './partnership-parts';
import type { SourceRef } from '../schemas/primitives';
import { formatKronor, formatMonthName, formatPercent } from './format';
import { splitIntoYears } from './funding';
import { factState, notStatedText, type FactState } from './facts';

export interface CompareCell {
  text: string;
  /** Where the fact stands; absent when the cell states that the sources are silent. */
  source?: SourceRef;
  /** Further passages, when the cell states more than one passage holds. */
  moreSources?: SourceRef[];
  unknown?: boolean;
  /** For a fact that is not stated: absent from the agreement, or unknown (not among the sources). */
  state?: Exclude<FactState, 'anges'>;
}

export interface CompareRow {
  term: string;
  cells: CompareCell[];
}

/**
 * A cell for a fact that is not stated; `value` is the fact (null/empty: absent from the agreement, undefined:
 * unknown).
 */
const notStatedCell = (value: unknown): CompareCell => {
  const state = factState(value) === 'okänd' ? 'okänd' : 'anges inte i överenskommelsen';
  return { text: notStatedText(state), unknown: true, state };
};

/** Money in the first agreement year: the stated totals and the own contributions, with shares of the whole. */
export function firstYearEconomy(p: Pick<PartnershipData, 'statedTotals' | 'funding'>) {
  const all = p.statedTotals.find((t) => t.scope === 'alla');
  if (!all) return undefined;
  const municipal = p.statedTotals.find((t) => t.scope === 'kommunal ersättning' && t.from === all.from);
  const own = p.funding.filter(
    (l) => l.kind === 'egen insats' && l.status === 'dokumenterad' && l.from <= all.from && l.to >= all.to,
  );
  const ownSum = own.reduce((sum, l) => sum + l.amount, 0);
  return { all, municipal, own, ownSum };
}

/**
 * The comparison table: one row per term, one cell per partnership. `nameIn(orgId, docId)` gives the name a
 * document uses, so each party appears under its name in the agreement.
 */
export function compareRows(
  partnerships: PartnershipData[],
  nameIn: (id: string, docId: string) => string,
): CompareRow[] {
  const row = (term: string, cell: (p: PartnershipData) => CompareCell): CompareRow => ({
    term,
    cells: partnerships.map(cell),
  });
  /** Money the agreement does not state is absent only when the agreement is among the sources; otherwise unknown. */
  const money = (p: PartnershipData) => notStatedCell(p.agreement?.transcription === 'hel' ? null : undefined);
  return [
    row('Parter', (p) => ({
      text: partiesOf(p)
        .map((x) => x.nameInAgreement ?? nameIn(x.organisation.id, x.source.doc))
        .join(', '),
      source: p.publicParty.source,
    })),
    row('Avtalsperiod och förlängningar', (p) => {
      const periods = [...p.periods].sort((a, b) => a.from.localeCompare(b.from));
      return {
        text: periods.map((x) => `${x.from} – ${x.to} (${basisText(x.basis)})`).join('; '),
        source: periods[0]!.source,
        moreSources: periods.slice(1).map((x) => x.source),
      };
    }),
    row('Längd', (p) => {
      const first = [...p.periods].sort((a, b) => a.from.localeCompare(b.from))[0]!;
      const years = splitIntoYears(first.from, first.to).length;
      // Without the agreement among the sources, the first period is only known from another document.
      const where = p.agreement
        ? 'i den ursprungliga överenskommelsen'
        : `i den första perioden i källorna (${basisText(first.basis)})`;
      return { text: `${years} år ${where}`, source: first.source };
    }),
    row('Årligt värde', (p) => {
      const e = firstYearEconomy(p);
      return e
        ? { text: `${formatKronor(e.all.amount)} per år (${e.all.from.slice(0, 7)} –)`, source: e.all.source }
        : money(p);
    }),
    row('Kommunal ersättning och andel', (p) => {
      const e = firstYearEconomy(p);
      return e?.municipal
        ? {
            text:
              `${formatKronor(e.municipal.amount)} per år, ${formatPercent(e.municipal.amount, e.all.amount)} av ` +
              `värdet`,
            source: e.municipal.source,
          }
        : money(p);
    }),
    row('Egna insatser och andel', (p) => {
      const e = firstYearEconomy(p);
      return e && e.own.length > 0
        ? {
            text:
              `${formatKronor(e.ownSum)} per år, ${formatPercent(e.ownSum, e.all.amount)} av värdet (insatser ` +
              `värderade i kronor)`,
            source: e.all.source,
          }
        : money(p);
    }),
    row('Indexering', (p) =>
      p.terms.indexation
        ? { text: `${p.terms.indexation.index} från ${p.terms.indexation.from}`, source: p.terms.indexation.source }
        : notStatedCell(p.terms.indexation),
    ),
    row('Utbetalning', (p) =>
      p.terms.payment
        ? { text: `En gång per år, i ${formatMonthName(p.terms.payment.month)}`, source: p.terms.payment.source }
        : notStatedCell(p.terms.payment),
    ),
    row('Uppsägning', (p) =>
      p.terms.notice
        ? {
            text: `${p.terms.notice.months} månader, skriftligen, om en part vill frånträda i förtid`,
            source: p.terms.notice.source,
          }
        : notStatedCell(p.terms.notice),
    ),
    row('Beslut om fortsättning senast', (p) =>
      p.terms.decisionDeadline
        ? { text: p.terms.decisionDeadline.date, source: p.terms.decisionDeadline.source }
        : notStatedCell(p.terms.decisionDeadline),
    ),
    row('Uppföljning', (p) =>
      p.terms.followUp
        ? {
            text: `${p.terms.followUp.text}${convener(p, nameIn)}`,
            source: p.terms.followUp.source,
            ...(p.terms.followUp.convenedBySource ? { moreSources: [p.terms.followUp.convenedBySource] } : {}),
          }
        : notStatedCell(p.terms.followUp),
    ),
    row('Återbetalning', (p) =>
      p.terms.repayment
        ? { text: p.terms.repayment.text, source: p.terms.repayment.source }
        : notStatedCell(p.terms.repayment),
    ),
    row('Värdegrund', (p) =>
      p.valueBase?.length
        ? { text: p.valueBase.map((v) => v.text).join(' '), source: p.valueBase[0]!.source }
        : notStatedCell(p.valueBase),
    ),
  ];
}

/** " Sammankallande: X." with X as the passage naming the convener writes it. */
function convener(p: PartnershipData, nameIn: (id: string, docId: string) => string): string {
  const f = p.terms.followUp;
  if (!f?.convenedBy) return '';
  return ` Sammankallande: ${nameIn(f.convenedBy.id, (f.convenedBySource ?? f.source).doc)}.`;
}

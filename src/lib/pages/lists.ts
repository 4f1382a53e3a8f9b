// What the list pages show beside each entry, derived here so the list components only render.
import type { DocumentPage, Partnership } from '../site-index';
import { fundingSeries } from '../funding';
import { annualMunicipalAmount } from '../summary';
import { lastPeriod, partnershipStatus } from '../status';

/** One row of the partnership list: its first and last period, status today and yearly municipal money. */
export function partnershipListItem(p: Partnership, today: string) {
  return {
    p,
    first: [...p.data.periods].sort((a, b) => a.from.localeCompare(b.from))[0]!,
    last: lastPeriod(p.data),
    status: partnershipStatus(p.data, today),
    annual: annualMunicipalAmount(fundingSeries(p.data)),
  };
}

/** True when every document (and agreement) is a whole text transcribed from a scan: the list then says so once. */
export function allWholeScans(pages: DocumentPage[]): boolean {
  return pages.every((d) => {
    const t = d.kind === 'överenskommelse' ? d.entry.data.agreement : d.entry.data;
    return t?.transcription === 'hel' && t.obtained === 'skannad';
  });
}

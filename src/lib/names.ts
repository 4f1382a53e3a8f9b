import type { OrganisationData } from '../schemas/organisation';

type Named = Pick<OrganisationData, 'name' | 'names'>;

/**
 * The name a document uses for an organisation, from the organisation's recorded names and the documents
 * each is used in. With a quote, a recorded name that stands in it wins; otherwise the name recorded most
 * often for the document (on a tie the later-listed one). Falls back to the current name when the document
 * is not recorded, so a page never projects a later name back without saying so.
 */
export function nameInDocument(org: Named, docId: string, quote?: string): string {
  const used = org.names
    .map((n, order) => ({ name: n.name, order, uses: n.usedIn.filter((s) => s.doc === docId).length }))
    .filter((n) => n.uses > 0);
  if (used.length === 0) return org.name;
  const inQuote = quote
    ? used.filter((n) => quote.includes(n.name)).sort((a, b) => b.name.length - a.name.length)[0]
    : undefined;
  if (inQuote) return inQuote.name;
  return used.sort((a, b) => b.uses - a.uses || b.order - a.order)[0]!.name;
}

/** Every name the sources use besides the current one, in the order recorded (not claimed to be earlier). */
export function otherNames(org: Named): string[] {
  return [...new Set(org.names.map((n) => n.name))].filter((n) => n !== org.name);
}

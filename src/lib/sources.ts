import type { SourceRef } from '../schemas/primitives';

import { documentUrl, sectionUrl } from './urls';

/**
 * The passage a figure comes from: its document page, at the section's anchor (the page itself for a quote
 * before the first heading). Anchors are slugs that the integrity check has matched to the document, so
 * they are safe in a URL as they stand.
 */
export const sourceUrl = (source: Pick<SourceRef, 'doc' | 'section'> & { quote?: string }): string => {
  const fragment = `${source.section}${source.quote ? textFragment(source.quote) : ''}`;
  return fragment ? sectionUrl(documentUrl(source.doc), fragment) : documentUrl(source.doc);
};

/** Percent-encodes a text-directive term; `-`, `,` and `&` are syntax in a text fragment. */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * An amount at the end of a quote: "… uppgår till 1 234 567 kr." The leftmost space where the rest of the text
 * reads as one amount; found in one pass (a lazy `^(.+?)` before it retried the match from every word).
 */
const END_NUMBER = /\s(\d{1,3}(?:\s\d{3})+|\d+)(\S*)$/;

/** The text fragment of each quote, built once: a large site links the same quotes from many pages. */
const fragments = new Map<string, string>();

/**
 * A URL text fragment (`:~:text=…`) that makes browsers scroll to the quoted sentence and highlight it;
 * browsers without support, or a quote they cannot find, fall back to the section anchor before it.
 * A quote ending in an amount is split before it, so a table row (label cell, amount cell) still matches;
 * a long quote is matched from its first to its last words.
 */
export function textFragment(quote: string): string {
  let fragment = fragments.get(quote);
  if (fragment === undefined) fragments.set(quote, (fragment = buildTextFragment(quote)));
  return fragment;
}

function buildTextFragment(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const amount = END_NUMBER.exec(text);
  const before = amount && amount.index > 0 ? text.slice(0, amount.index) : undefined;
  if (amount && before && !/\d$/.test(before)) {
    const start = before.split(' ').slice(0, 4).join(' ');
    return `:~:text=${encodeTerm(start)},${encodeTerm(`${amount[1]}${amount[2]}`)}`;
  }
  const words = text.split(' ');
  if (words.length <= 8) return `:~:text=${encodeTerm(text)}`;
  return `:~:text=${encodeTerm(words.slice(0, 4).join(' '))},${encodeTerm(words.slice(-4).join(' '))}`;
}

/** Where a source reference stands in the content, and what it supports. */
export interface Citation {
  source: SourceRef;
  /** The page that uses the figure or fact. */
  usedOn: { collection: 'organisations' | 'partnerships' | 'documents'; id: string };
  /** The top-level field it supports, e.g. "funding". */
  field: string;
}

/** True for a `{ doc, section, quote }` source reference. */
export function isSourceRef(value: unknown): value is SourceRef {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.doc === 'string' && typeof v.section === 'string' && typeof v.quote === 'string';
}

function collect(value: unknown, field: string, found: (ref: SourceRef, field: string) => void): void {
  if (isSourceRef(value)) found(value, field);
  else if (Array.isArray(value)) for (const item of value) collect(item, field, found);
  else if (value !== null && typeof value === 'object')
    for (const child of Object.values(value)) collect(child, field, found);
}

/** Every source reference in the given entries, with where it is used. */
export function collectCitations(
  entries: { collection: Citation['usedOn']['collection']; id: string; data: object }[],
): Citation[] {
  const citations: Citation[] = [];
  for (const entry of entries)
    for (const [field, value] of Object.entries(entry.data))
      collect(value, field, (source) =>
        citations.push({ source, usedOn: { collection: entry.collection, id: entry.id }, field }),
      );
  return citations;
}

/** Citations grouped by the document they cite, once per build. */
export function citationsByDocument(citations: Citation[]): Map<string, Citation[]> {
  const byDoc = new Map<string, Citation[]>();
  for (const citation of citations) {
    const list = byDoc.get(citation.source.doc) ?? [];
    list.push(citation);
    byDoc.set(citation.source.doc, list);
  }
  return byDoc;
}

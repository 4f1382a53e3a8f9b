import GithubSlugger from 'github-slugger';
import { plainText } from './anchors.ts';
import { recentMemo } from './recent-memo.ts';

/** Text under one heading up to the next heading of any level; `anchor` is '' before the first heading. */
export interface FlatSection {
  anchor: string;
  level: number;
  plain: string;
}

/** What a body's anchors cover, in flattened text: each heading with its subsections, each page to the next. */
export interface BodySections {
  flat: FlatSection[];
  /** Flattened text each anchor covers (a heading: itself and its subsections; a page marker: to the next marker). */
  span: Map<string, string>;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const MARKER = /\bid="([^"]+)"/;
const headingText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/** Splits a transcription body into its sections, with anchors slugged as `bodyAnchors` does. */
export function bodySections(body: string): BodySections {
  const slugger = new GithubSlugger();
  // Each section and page is a run of whole lines, kept as the offsets of its text in the body (end exclusive) and
  // flattened once from a slice (a large site splits every body here: no array of lines, no joining them again).
  // A section starts on the line after its heading; a page on its marker's line.
  const flat: { anchor: string; level: number; start: number; end: number }[] = [
    { anchor: '', level: 0, start: 0, end: 0 },
  ];
  const markers: { anchor: string; start: number; end: number }[] = [];
  for (let start = 0; start <= body.length;) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(start, end);
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      const anchor = slugger.slug(headingText(heading[2]));
      flat.push({ anchor, level: heading[1].length, start: end + 1, end: end + 1 });
    } else {
      const marker = MARKER.exec(line)?.[1];
      if (marker && /sidbrytning|^sida-/.test(line + marker)) markers.push({ anchor: marker, start, end });
      flat.at(-1)!.end = end;
    }
    const page = markers.at(-1);
    if (page) page.end = end;
    start = end + 1;
  }
  const textOf = (run: { start: number; end: number }) => plainText(body.slice(run.start, run.end));
  const sections = flat.map((s) => ({ anchor: s.anchor, level: s.level, plain: textOf(s) }));
  const span = new Map<string, string>();
  sections.forEach((section, i) => {
    if (!section.anchor) return;
    const parts = [section.plain];
    for (const next of sections.slice(i + 1)) {
      if (next.level <= section.level) break;
      parts.push(next.plain);
    }
    span.set(section.anchor, parts.join(' '));
  });
  for (const marker of markers) span.set(marker.anchor, textOf(marker));
  return { flat: sections, span };
}

/** Where a quote stands in a body: the headed sections whose own text holds it. */
export function sectionsHolding(sections: BodySections, quote: string): string[] {
  const needle = plainText(quote);
  return [...new Set(sections.flat.filter((s) => s.anchor && s.plain.includes(needle)).map((s) => s.anchor))];
}

/** True when the text an anchor covers holds the quote; undefined for anchors this module does not span. */
export function sectionHolds(sections: BodySections, anchor: string, quote: string): boolean | undefined {
  const text = sections.span.get(anchor);
  return text === undefined ? undefined : text.includes(plainText(quote));
}

/** The entries whose sources `completeSourceRefs` fills in (the shape of the content checker's input). */
interface SourcedContent {
  organisations: { id: string; filePath?: string | undefined; data: unknown }[];
  partnerships: { id: string; filePath?: string | undefined; data: unknown; body?: string | undefined }[];
  documents: { id: string; filePath?: string | undefined; data: unknown; body?: string | undefined }[];
}

export interface SourceProblem {
  file: string;
  field: string;
  expected: string;
}

type Ref = { doc: string; section: string; quote: string };
const isRef = (value: unknown): value is Ref =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as Ref).doc === 'string' &&
  typeof (value as Ref).section === 'string' &&
  typeof (value as Ref).quote === 'string';

function eachRef(value: unknown, path: string, visit: (ref: Ref, path: string) => void): void {
  if (isRef(value)) visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachRef(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) eachRef(child, path ? `${path}.${key}` : key, visit);
}

/**
 * Completes shorthand sources in place, as pages need them: a missing `doc` is the entry's own document (a
 * partnership's agreement or the document itself), a missing `section` the one headed section whose text holds
 * the quote. Returns what cannot be completed: `doc` in an organisation, a quote in several sections. A quote
 * found nowhere keeps an empty section (the content check reports the quote).
 */
export function completeSourceRefs(content: SourcedContent): SourceProblem[] {
  const bodies = new Map<string, string>();
  for (const entry of [...content.partnerships, ...content.documents]) bodies.set(entry.id, entry.body ?? '');
  const sectionsOf = recentMemo((doc: string) => bodySections(bodies.get(doc) ?? ''));
  const problems: SourceProblem[] = [];
  const complete = (collection: string, entry: SourcedContent['organisations'][number], ownDoc: boolean) => {
    const file = entry.filePath ?? `content/${collection}/${entry.id}`;
    // A partnership whose agreement is not among the sources has no text of its own to default to.
    const withoutText = (entry.data as { agreement?: unknown } | null)?.agreement === null;
    eachRef(entry.data, '', (ref, path) => {
      if (!ref.doc && ownDoc && !withoutText) ref.doc = entry.id;
      if (!ref.doc) {
        problems.push({
          file,
          field: `${path}.doc`,
          expected: withoutText
            ? 'id för källdokumentet (doc); partnerskapet har ingen överenskommelse bland källorna att utgå från'
            : 'id för källdokumentet (doc); en organisation har inget eget dokument att utgå från',
        });
        return;
      }
      if (ref.section || !bodies.has(ref.doc)) return;
      const found = sectionsHolding(sectionsOf(ref.doc), ref.quote);
      if (found.length === 1) ref.section = found[0] ?? '';
      else if (found.length > 1)
        problems.push({
          file,
          field: `${path}.section`,
          expected:
            `ett avsnitt (section): citatet står i flera avsnitt av "${ref.doc}" (${found.join(', ')}); ` +
            'skriv vilket som avses',
        });
    });
  };
  for (const entry of content.organisations) complete('organisations', entry, false);
  for (const entry of content.partnerships) complete('partnerships', entry, true);
  for (const entry of content.documents) complete('documents', entry, true);
  return problems;
}

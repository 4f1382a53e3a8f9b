import GithubSlugger from 'github-slugger';
import { plainText } from './anchors.ts';

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
  const flat: { anchor: string; level: number; lines: string[] }[] = [{ anchor: '', level: 0, lines: [] }];
  const markers: { anchor: string; lines: string[] }[] = [];
  for (const line of body.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      flat.push({ anchor: slugger.slug(headingText(heading[2])), level: heading[1].length, lines: [] });
      markers.at(-1)?.lines.push(line);
      continue;
    }
    const marker = MARKER.exec(line)?.[1];
    if (marker && /sidbrytning|^sida-/.test(line + marker)) markers.push({ anchor: marker, lines: [] });
    flat.at(-1)?.lines.push(line);
    markers.at(-1)?.lines.push(line);
  }
  const sections = flat.map((s) => ({ anchor: s.anchor, level: s.level, plain: plainText(s.lines.join('\n')) }));
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
  for (const marker of markers) span.set(marker.anchor, plainText(marker.lines.join('\n')));
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

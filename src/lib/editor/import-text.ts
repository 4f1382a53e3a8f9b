// Turns an OCR'd or plain-text source document into a transcription body for a content file.
// Pure: no file access, so `npm run importera` and the tests run the same code.
import GithubSlugger from 'github-slugger';
import { restoreWord, type Lexicon } from './lexicon.ts';

/** A line the editor should check against the original, with why. */
export interface UncertainLine {
  /** 1-based line in the written body. */
  line: number;
  text: string;
  reason: string;
}

export interface ImportedText {
  /** The document's title (its first block), when it has one. */
  title: string | undefined;
  /** Markdown body: headings, paragraphs, lists and page markers. */
  body: string;
  /** Headings with the anchors (github-slugger ids) that sources cite. */
  headings: { level: number; text: string; id: string }[];
  /** Page numbers marked, in order. */
  pages: number[];
  /** The first date written ÅÅÅÅ-MM-DD near the top, when there is one. */
  date: string | undefined;
  /** A registry number ("Dnr …") near the top, when there is one. */
  dnr: string | undefined;
  /** Lines the editor must check (unsure headings, joins, OCR letters, tables). */
  uncertain: UncertainLine[];
  /** True when the text bears OCR's marks (misread letters mended or suspected): a scanned document. */
  looksScanned: boolean;
}

type Block =
  | { kind: 'text'; lines: string[] }
  | { kind: 'page'; page: number; of: number | undefined }
  | { kind: 'heading'; level: number; text: string; unsure?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string; notes: string[] };

const PAGE_PATTERNS: [RegExp, (m: RegExpExecArray) => { page: number; of: number | undefined }][] = [
  [/^(\d{1,3})\s*\(\s*(\d{1,3})\s*\)$/, (m) => ({ page: Number(m[1]), of: Number(m[2]) })],
  [
    /^sida\s+(\d{1,3})(?:\s*(?:av|\/|\()\s*(\d{1,3})\)?)?$/i,
    (m) => ({ page: Number(m[1]), of: m[2] ? Number(m[2]) : undefined }),
  ],
  [/^[-–—]\s*(\d{1,3})\s*[-–—]$/, (m) => ({ page: Number(m[1]), of: undefined })],
];

/** A bullet as OCR renders it: -, –, •, ·, *, » or a lone "e" (a scanned •) before a lower-case word. */
const BULLET = /^(?:[-–•·*»▪●]|e(?=\s+\p{L}))\s+/u;
const NUMBERED = /^(\d{1,2})[.)]\s+/;
const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const CONJUNCTIONS = /^(och|eller|samt|respektive|till)\b/;

const isUpperStart = (text: string) => /^[A-ZÅÄÖÉ0-9"”“(]/.test(text);
const isLowerStart = (text: string) => /^[a-zåäöé]/.test(text);
const endsSentence = (text: string) => /[.!?:;”"»)]$/.test(text);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function pageMarker(line: string): { page: number; of: number | undefined } | undefined {
  for (const [pattern, read] of PAGE_PATTERNS) {
    const match = pattern.exec(line.trim());
    if (match) return read(match);
  }
  return undefined;
}

/** Typical width of a full line of running text (OCR keeps the page's line breaks). */
function typicalWidth(lines: string[]): number {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 20)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 70;
}

/** Lines that never are headings: dates, registry numbers, amounts, signatures, addresses. */
function cannotBeHeading(line: string): boolean {
  return (
    /\d{4}-\d{2}-\d{2}/.test(line) ||
    /^dnr\b/i.test(line) ||
    /^för\s|^for\s/i.test(line) ||
    /:\s*\S/.test(line) ||
    /:$/.test(line) ||
    /,$/.test(line) ||
    /^[\d\s.,:%-]+(kr|:-)?\.?$/i.test(line) ||
    /\bkr\b|:-/.test(line) ||
    !isUpperStart(line)
  );
}

/** A one-line block that could be a heading on its own: short, capitalised, no sentence punctuation. */
function headingCandidate(line: string): boolean {
  const words = wordCount(line);
  if (cannotBeHeading(line) || line.length > 90 || words > 12) return false;
  if (/\.$/.test(line)) return words <= 6 && !/\.\s/.test(line.slice(0, -1));
  return !/[!?;]$/.test(line);
}

const headingText = (text: string) =>
  text
    .replace(/\s*\.$/, '')
    .replace(/\s+/g, ' ')
    .replace(/([A-ZÅÄÖ])\s*[—–]([A-ZÅÄÖ])/g, '$1-$2')
    .replace(/ — /g, ' – ');

/** Splits the text into blocks at blank lines, with page markers as blocks of their own. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'text', lines: current });
    current = [];
  };
  let pageCount = 1;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const pieces = raw.split('\f');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        flush();
        pageCount += 1;
        blocks.push({ kind: 'page', page: pageCount, of: undefined });
      }
      const line = piece.replace(/\s+$/, '').replace(/^\s+/, '');
      const marker = line ? pageMarker(line) : undefined;
      if (!line) flush();
      else if (marker) {
        flush();
        pageCount = marker.page;
        // A form feed right before a printed page number marks the same break once.
        const last = blocks.at(-1);
        if (last?.kind === 'page' && last.page === marker.page) blocks.pop();
        blocks.push({ kind: 'page', ...marker });
      } else current.push(line);
    });
  }
  flush();
  return blocks;
}

/** Joins a paragraph's lines, mending words hyphenated at a line end. */
function joinLines(lines: string[], notes: string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) {
      text = line;
      continue;
    }
    const hyphen = /([A-Za-zÅÄÖåäöé0-9])-$/.exec(text);
    if (hyphen && /\d$/.test(hyphen[1] ?? '') && /^\d/.test(line)) text += line;
    else if (hyphen && CONJUNCTIONS.test(line)) text += ` ${line}`;
    else if (hyphen && isLowerStart(line)) {
      const before = /(\S+)-$/.exec(text)?.[1] ?? '';
      const after = /^\S+/.exec(line)?.[0] ?? '';
      text = text.slice(0, -1) + line;
      notes.push(`avstavning ihopskriven: "${before}-" + "${after}"`);
    } else if (hyphen) text += line;
    else text += ` ${line}`;
  }
  return text.replace(/\s{2,}/g, ' ');
}

/** Corrections so common in Swedish OCR that they are made, and listed for the editor. */
const SAFE_FIXES: [RegExp, string | ((...m: string[]) => string), string][] = [
  [/(?<![\p{L}\d])6(?=[a-zåäö]{2,})/gu, 'ö', '"6" i början av ett ord läst som "ö"'],
  [/(?<![\p{L}\d])0(?=[a-zåäö]{2,})/gu, 'ö', '"0" i början av ett ord läst som "ö"'],
  [/(?<![\p{L}\d])&d?r(?![\p{L}\d])/gu, 'är', '"&r" läst som "är"'],
  [/(?<![\p{L}\d])(?:dr|ér)(?![\p{L}\d.])/gu, 'är', 'ensamt "dr" eller "ér" läst som "är"'],
  [/(?<![\p{L}\d])&n(?![\p{L}\d])/gu, 'än', '"&n" läst som "än"'],
  [/(?<![\p{L}\d])\[(?=OP|OGT)/gu, 'I', '"[" läst som "I"'],
  [new RegExp(`(?<=\\p{Ll} )1(?= (?!(?:${MONTHS})\\b)\\p{Ll})`, 'gu'), 'i', 'ensam "1" mellan ord läst som "i"'],
];

/** Characters and shapes that OCR leaves in Swedish text and a person must read against the original. */
function ocrSuspicions(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const bare = word.replace(/^[("“”'»]+|[)"“”'.,;:!?»]+$/g, '');
    if (!bare) continue;
    if (/[&[\]|¢™©®]/.test(bare)) found.add(bare);
    else if (/\p{L}/u.test(bare) && /\d/.test(bare) && !/^\d+(-\p{L}+)+$/u.test(bare) && !/^[A-ZÅÄÖ]+\d/.test(bare))
      found.add(bare);
    else if (/é/.test(bare) && !/idé|entré|armé|allé|kafé|café/i.test(bare)) found.add(bare);
  }
  return [...found];
}

/** Words that are not Swedish by the lexicon, each swapped for the one word OCR most likely misread. */
function restoreWords(text: string, lexicon: Lexicon | undefined, notes: string[]): string {
  if (!lexicon) return text;
  const restored: string[] = [];
  const out = text.replace(/(?<![\p{L}\d&])[\p{L}\d&]{2,}(?![\p{L}\d&])/gu, (word) => {
    if (/^\d+$/.test(word) || /^[\p{Lu}\d]+$/u.test(word)) return word;
    const better = restoreWord(word, lexicon);
    if (!better) return word;
    restored.push(`${word} → ${better}`);
    return better;
  });
  if (restored.length) notes.push(`bokstäver rättade efter ordlistan: ${restored.join(', ')}`);
  return out;
}

function applyPatternFixes(text: string, notes: string[]): string {
  let fixed = text;
  for (const [pattern, replacement, why] of SAFE_FIXES) {
    let count = 0;
    fixed = fixed.replace(pattern, () => {
      count += 1;
      return typeof replacement === 'string' ? replacement : replacement();
    });
    if (count) notes.push(`${why} (${count})`);
  }
  return fixed;
}

/** Lines of a text block as list items, when every line group starts with a bullet or a number. */
function listItems(lines: string[]): string[] | undefined {
  if (!BULLET.test(lines[0] ?? '') && !NUMBERED.test(lines[0] ?? '')) return undefined;
  const items: string[][] = [];
  for (const line of lines) {
    if (BULLET.test(line) || NUMBERED.test(line)) items.push([line.replace(BULLET, '')]);
    else items.at(-1)?.push(line);
  }
  return items.map((item) => item.join('\n'));
}

/** Classifies blocks into headings, lists and paragraphs; merges paragraphs split by a page or column break. */
function structure(blocks: Block[], width: number): Block[] {
  const short = (line: string) => line.length < width * 0.65;
  // Blocks split where a sentence plainly goes on (no end punctuation, next starts lower-case) are one paragraph.
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (
      block.kind === 'text' &&
      last?.kind === 'text' &&
      !endsSentence(last.lines.at(-1) ?? '') &&
      isLowerStart(block.lines[0] ?? '') &&
      !BULLET.test(block.lines[0] ?? '')
    )
      last.lines.push(...block.lines);
    else merged.push(block.kind === 'text' ? { kind: 'text', lines: [...block.lines] } : block);
  }

  // A block whose first line or two are short, followed by a capitalised line, begins with a heading.
  const expanded: Block[] = [];
  for (const block of merged) {
    if (block.kind !== 'text') {
      expanded.push(block);
      continue;
    }
    let lines = block.lines;
    while (lines.length > 1) {
      const next = lines[1] ?? '';
      const first = lines[0] ?? '';
      if (headingCandidate(first) && short(first) && isUpperStart(next) && !BULLET.test(first)) {
        expanded.push({ kind: 'text', lines: [first] });
        lines = lines.slice(1);
        continue;
      }
      const two = `${first} ${next}`;
      const third = lines[2];
      if (
        third !== undefined &&
        !short(first) &&
        short(next) &&
        /\.$|[^.,;:]$/.test(next) &&
        wordCount(two) <= 14 &&
        !/\.\s/.test(two.slice(0, -1)) &&
        !cannotBeHeading(two) &&
        isUpperStart(third)
      ) {
        expanded.push({ kind: 'heading', level: 2, text: headingText(two), unsure: 'rubrik över två rader?' });
        lines = lines.slice(2);
        continue;
      }
      break;
    }
    // A heading OCR glued to the end of the paragraph before it.
    const tail = lines.at(-1) ?? '';
    if (lines.length > 1 && headingCandidate(tail) && short(tail) && endsSentence(lines.at(-2) ?? '')) {
      expanded.push({ kind: 'text', lines: lines.slice(0, -1) }, { kind: 'text', lines: [tail] });
      continue;
    }
    expanded.push({ kind: 'text', lines });
  }

  // A lone short line is a heading when running text (or a list, or a heading over text) follows it.
  const isBody = (b: Block | undefined) =>
    b?.kind === 'text' &&
    (b.lines.length > 2 || b.lines.some((line) => !short(line) || /:$/.test(line)) || listItems(b.lines) !== undefined);
  const out: Block[] = [];
  expanded.forEach((block, i) => {
    if (block.kind !== 'text') {
      out.push(block);
      return;
    }
    const items = listItems(block.lines);
    if (items) {
      // Bullets OCR spaced apart with blank lines are still one list.
      const previous = out.at(-1);
      if (previous?.kind === 'list') previous.items.push(...items);
      else out.push({ kind: 'list', items });
      return;
    }
    const only = block.lines.length === 1 ? (block.lines[0] ?? '') : undefined;
    const next = expanded[i + 1];
    const nextAfter = expanded[i + 2];
    const nextIsHeadingOverBody =
      next?.kind === 'heading' ||
      (next?.kind === 'text' && next.lines.length === 1 && headingCandidate(next.lines[0] ?? '') && isBody(nextAfter));
    if (only !== undefined && headingCandidate(only) && (isBody(next) || nextIsHeadingOverBody)) {
      const previous = out.at(-1);
      const level = previous?.kind === 'heading' ? Math.min(previous.level + 1, 4) : 2;
      out.push({ kind: 'heading', level, text: headingText(only) });
      return;
    }
    const notes: string[] = [];
    if (only !== undefined && headingCandidate(only)) notes.push('kort rad: rubrik eller vanlig text?');
    if (block.lines.every((l) => /^[\d\s.,:%/-]+(kr|:-|:-\/år)?\.?$/i.test(l)) && block.lines.length > 1)
      notes.push('bara belopp eller siffror: en tabell? jämför med originalet');
    out.push({ kind: 'paragraph', text: joinLines(block.lines, notes), notes });
  });
  return out;
}

const pageSpan = (page: number, of: number | undefined) =>
  `<span class="sidbrytning" id="sida-${page}">Sida ${page}${of ? ` av ${of}` : ''}</span>`;

const scanned = (uncertain: UncertainLine[]) =>
  uncertain.some((u) => /läst som|rättade efter ordlistan|möjliga OCR-fel/.test(u.reason));

export interface ImportOptions {
  /** A Swedish word list: OCR'd words that are not in it get their å, ä and ö back when one reading fits. */
  lexicon?: Lexicon;
}

/** Imports an OCR'd or plain text: title, Markdown body, anchors, page markers and what to check. */
export function importText(source: string, options: ImportOptions = {}): ImportedText {
  const applySafeFixes = (text: string, notes: string[]) =>
    restoreWords(applyPatternFixes(text, notes), options.lexicon, notes);
  const text = source.replace(/^\uFEFF/, '');
  const allLines = text.split(/\r?\n/);
  const topLines = allLines.slice(0, 25).join('\n');
  // A date on a line of its own (or after the place), as letters and memos are dated; not a date in the text.
  const date = /^\s*(?:\p{Lu}\p{Ll}+,?\s+)?(\d{4}-\d{2}-\d{2})\s*$/mu.exec(topLines)?.[1];
  const dnr = /\bDnr\.?\s+([A-ZÅÄÖ]{1,6}\s+\d{4}[-–:/]\d+)/i.exec(topLines)?.[1];

  // Text already written in Markdown keeps its own headings: the first one is the title.
  const markdownHeadings = allLines.filter((l) => /^#{1,6}\s/.test(l)).length;
  let blocks = splitBlocks(text);
  let title: string | undefined;
  const uncertain: UncertainLine[] = [];
  const out: string[] = [];
  const emit = (line: string, reasons: string[] = []) => {
    if (out.length) out.push('');
    out.push(line);
    for (const reason of reasons) uncertain.push({ line: out.length, text: line.slice(0, 100), reason });
  };
  const slugger = new GithubSlugger();
  const headings: ImportedText['headings'] = [];
  const pages: number[] = [];
  const result = (): ImportedText => ({
    title,
    body: `${out.join('\n')}\n`,
    headings,
    pages,
    date,
    dnr,
    uncertain,
    looksScanned: scanned(uncertain),
  });
  const addHeading = (level: number, raw: string, reasons: string[] = []) => {
    const notes: string[] = [];
    const clean = applySafeFixes(raw, notes);
    const id = slugger.slug(clean.replace(/[*_`]/g, '').trim());
    headings.push({ level, text: clean, id });
    const suspicious = ocrSuspicions(clean);
    if (suspicious.length) notes.push(`möjliga OCR-fel i rubriken (ankaret blir "${id}"): ${suspicious.join(', ')}`);
    emit(`${'#'.repeat(level)} ${clean}`, [...reasons, ...notes]);
  };

  if (markdownHeadings > 0) {
    for (const block of blocks) {
      if (block.kind === 'page') {
        pages.push(block.page);
        emit(pageSpan(block.page, block.of));
        continue;
      }
      if (block.kind !== 'text') continue;
      let paragraph: string[] = [];
      const flush = () => {
        if (paragraph.length) emit(paragraph.join('\n'));
        paragraph = [];
      };
      for (const line of block.lines) {
        const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
        if (!heading) {
          paragraph.push(line);
          continue;
        }
        flush();
        const level = heading[1]?.length ?? 2;
        const textOfHeading = (heading[2] ?? '').trim();
        if (title === undefined && level <= 2) {
          title = textOfHeading.replace(/[*_`]/g, '');
          emit(`**${title}**`);
        } else addHeading(level, textOfHeading);
      }
      flush();
    }
    return result();
  }

  // The title: a first block of one or two short lines.
  const first = blocks[0];
  const firstText = first?.kind === 'text' ? first.lines.join(' ') : '';
  if (
    first?.kind === 'text' &&
    first.lines.length <= 2 &&
    wordCount(firstText) <= 24 &&
    !/[,:;]$/.test(firstText) &&
    !cannotBeHeading(first.lines[0] ?? '')
  ) {
    title = applySafeFixes(headingText(first.lines.join(' ')), []);
    blocks = blocks.slice(1);
  }

  for (const block of structure(blocks, typicalWidth(allLines))) {
    if (block.kind === 'page') {
      pages.push(block.page);
      emit(pageSpan(block.page, block.of), ['sidbrytning: kontrollera att sidnumret stämmer med originalet']);
    } else if (block.kind === 'heading') addHeading(block.level, block.text, block.unsure ? [block.unsure] : []);
    else if (block.kind === 'list') {
      const notes: string[] = [];
      const items = block.items.map((item) => `- ${applySafeFixes(joinLines(item.split('\n'), notes), notes)}`);
      const suspicious = ocrSuspicions(items.join(' '));
      if (suspicious.length) notes.push(`möjliga OCR-fel: ${suspicious.join(', ')}`);
      if (out.length) out.push('');
      out.push(...items);
      for (const note of notes)
        uncertain.push({ line: out.length - items.length + 1, text: items[0] ?? '', reason: note });
    } else if (block.kind === 'paragraph') {
      const notes = [...block.notes];
      const fixed = applySafeFixes(block.text, notes);
      const suspicious = ocrSuspicions(fixed);
      if (suspicious.length) notes.push(`möjliga OCR-fel: ${suspicious.join(', ')}`);
      emit(fixed, notes);
    }
  }
  return result();
}

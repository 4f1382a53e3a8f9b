/**
 * Reads the numbers a Swedish document writes: "400 000", "400 000:-", "400.000", "0,4 mnkr", "300 tkr",
 * "en miljon", "sex (6)", "ett 25-tal", "200 %", "två gånger per år". Pure, so the figure check and its
 * tests share one reading.
 */

/** One number found in a text. */
export interface ReadNumber {
  value: number;
  /** The text it was read from. */
  text: string;
  /** True for "ett 25-tal", "ca 90", "ungefär 15". */
  approximate: boolean;
  /** True when the number is written as a percentage ("200 %", "5 procent"). */
  percent: boolean;
}

const UNITS: Record<string, number> = {
  noll: 0,
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  nitton: 19,
};
const TENS: Record<string, number> = {
  tjugo: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  sextio: 60,
  sjuttio: 70,
  åttio: 80,
  nittio: 90,
};
/** Multipliers written after a number: "0,4 mnkr", "300 tkr", "2 miljoner", "1,5 miljard". */
const SCALES: [RegExp, number][] = [
  [/^(miljarder|miljard|mdkr|mdr)\b/, 1e9],
  [/^(miljoner|miljon|mnkr|mkr|mn|milj\.?)(?![a-zåäö])/, 1e6],
  [/^(tkr|tusen|ksek)(?![a-zåäö])/, 1e3],
];

const WORD = /[a-zåäöé]+/y;
/** Cheap first test before a word is read as a number: every number word starts like one of these. */
const NUMBER_WORD_START = /^(noll|en|ett|tv|tr|fy|fe|se|sj|åt|ni|ti|el|to|fj|ar|tj|hu|tu)/;

/** The value of one number word or compound ("tjugofem", "hundra", "tvåhundra"), or undefined. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  for (const [ten, value] of Object.entries(TENS))
    if (w.startsWith(ten) && w.slice(ten.length) in UNITS && UNITS[w.slice(ten.length)]! > 0)
      return value + UNITS[w.slice(ten.length)]!;
  const hundred = /^(.*)hundra(.*)$/.exec(w);
  if (hundred) {
    const head = hundred[1] ? wordValue(hundred[1]) : 1;
    const tail = hundred[2] ? wordValue(hundred[2]) : 0;
    if (head !== undefined && tail !== undefined && tail < 100) return head * 100 + tail;
  }
  const thousand = /^(.*)tusen(.*)$/.exec(w);
  if (thousand && (thousand[1] || thousand[2])) {
    const head = thousand[1] ? wordValue(thousand[1]) : 1;
    const tail = thousand[2] ? wordValue(thousand[2]) : 0;
    if (head !== undefined && tail !== undefined && tail < 1000) return head * 1000 + tail;
  }
  return undefined;
}

/** Folds the spaces and dashes documents use into plain ones, keeping offsets. */
function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-');
}

const APPROX_BEFORE = /(?:\b(?:ca|cirka|ungefär|omkring|runt|drygt|knappt|nästan|närmare|ett|en)\.?\s*)$/i;

/**
 * Every number the text writes, in every reading a careful reader would allow: "15 200" is read as 15 200
 * and as 15 and 200, so that a figure is never reported missing because of how its digits were grouped.
 */
export function readNumbers(input: string): ReadNumber[] {
  const text = normalise(input);
  const lower = text.toLowerCase();
  const found: ReadNumber[] = [];
  const add = (value: number, raw: string, start: number, end: number) => {
    const after = lower.slice(end);
    const tal = /^\s*-?\s*tal(et)?\b/.test(after);
    const approximate = tal || APPROX_BEFORE.test(lower.slice(Math.max(0, start - 12), start));
    const percent = /^\s*(%|procent\b)/.test(after);
    let scaled = value;
    for (const [pattern, factor] of SCALES) {
      if (pattern.test(after.trimStart())) {
        scaled = value * factor;
        found.push({ value, text: raw, approximate, percent });
        break;
      }
    }
    found.push({ value: scaled, text: raw, approximate, percent });
  };

  // Digits: groups of three after a space or dot ("1 230 000", "400.000"), a decimal comma ("0,4").
  const digits = /(?<![\d,.])\d+(?:[ .]\d{3})*(?:,\d+)?(?![\d])/g;
  for (const match of text.matchAll(digits)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const [whole, decimals] = raw.split(',') as [string, string | undefined];
    const grouped = Number(whole.replace(/[ .]/g, '') + (decimals ? `.${decimals}` : ''));
    add(grouped, raw, start, end);
    // Each group alone too: "2019 2020" or "15 200" may be two numbers.
    const parts = whole.split(/[ .]/);
    if (parts.length > 1) {
      let offset = start;
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        const value = Number(part + (last && decimals ? `.${decimals}` : ''));
        const partEnd = last ? end : offset + part.length;
        add(value, part, offset, partEnd);
        offset += part.length + 1;
      });
    }
  }

  // Words: "sex", "tjugofem", "en miljon", "två gånger".
  for (let i = 0; i < lower.length;) {
    WORD.lastIndex = i;
    const match = WORD.exec(lower);
    if (!match || (i > 0 && /[a-zåäöé]/.test(lower[i - 1]!))) {
      i++;
      continue;
    }
    const value = NUMBER_WORD_START.test(match[0]) ? wordValue(match[0]) : undefined;
    const end = i + match[0].length;
    if (value !== undefined) add(value, text.slice(i, end), i, end);
    i = end;
  }
  return found;
}

const FREQUENCIES: [RegExp, number][] = [
  [/(?<![a-zåäö])(årligen|varje år|en gång (per|om|i|\/) ?år(et)?|1 gång ?\/ ?år)/i, 1],
  [/(?<![a-zåäö])(halvårsvis|varje halvår|två gånger (per|om|i) år(et)?)/i, 2],
  [/(?<![a-zåäö])(kvartalsvis|varje kvartal|en gång (per|i) kvartal(et)?)/i, 4],
  [/(?<![a-zåäö])(månadsvis|varje månad|en gång (per|i) månad(en)?)/i, 12],
];

/** How many times a year a passage says something happens ("årligen" = 1), beside the numbers it writes. */
export function readFrequencies(input: string): number[] {
  const text = normalise(input);
  return FREQUENCIES.filter(([pattern]) => pattern.test(text)).map(([, n]) => n);
}

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Month numbers (1–12) a passage names ("i januari månad" → 1). */
export function readMonths(input: string): number[] {
  const lower = input.toLowerCase();
  return MONTHS.flatMap((name, i) => (new RegExp(`(?<![a-zåäö])${name}(?![a-zåäö])`).test(lower) ? [i + 1] : []));
}

/** True when the passage writes `value` (as a percentage when `percent`), in any of the readings above. */
export function passageHasNumber(passage: string, value: number, options: { percent?: boolean } = {}): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return readCached(passage).some((n) => close(n.value, value) && (!options.percent || n.percent));
}

// Many figures cite the same passage; each passage is read once per run (bounded, so memory stays flat).
const readings = new Map<string, ReadNumber[]>();
function readCached(passage: string): ReadNumber[] {
  let found = readings.get(passage);
  if (!found) {
    if (readings.size > 5000) readings.clear();
    readings.set(passage, (found = readNumbers(passage)));
  }
  return found;
}

// Every figure that cites a passage must stand in that passage, read the way Swedish documents write
// numbers; a figure computed from written ones says how (`computed`), and the arithmetic is checked.
import type { Computation } from '../schemas/primitives';
import { passageHasNumber, readFrequencies, readMonths } from './swedish-numbers';

export interface FigureProblem {
  field: string;
  found: string;
  expected: string;
  action: string;
}

/** Fields that hold a figure, and how the passage must write it. */
const FIGURE_FIELDS: Record<string, 'number' | 'month' | 'perYear'> = {
  amount: 'number',
  statedSubtotal: 'number',
  value: 'number',
  valueMax: 'number',
  /** Notice period in months ("sex (6) månader"). */
  months: 'number',
  /** Payment month, 1–12 ("i januari månad"). */
  month: 'month',
  /** Follow-ups a year ("två gånger per år", "årligen"). */
  perYear: 'perYear',
  percent: 'number',
  share: 'number',
};

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });
const formatNumber = (n: number) => numberFormat.format(n).replace(/\u00a0/g, ' ');
const shortQuote = (quote: string) => `"${quote.length > 140 ? `${quote.slice(0, 137)}…` : quote}"`;
const isPercentUnit = (unit: unknown) => typeof unit === 'string' && /^(%|procent)/i.test(unit.trim());

/** The result a computation gives, and how close the stated figure must be (rounding of the last digit). */
export function computeFigure(c: Computation): { result: number; tolerance: number } {
  const [first = 0, ...rest] = c.of;
  const decimals = c.decimals ?? 0;
  const rounding = 0.5 * 10 ** -decimals + 1e-9;
  switch (c.how) {
    case 'summa':
      return { result: c.of.reduce((a, b) => a + b, 0), tolerance: 1e-9 };
    case 'differens':
      return { result: rest.reduce((a, b) => a - b, first), tolerance: 1e-9 };
    case 'produkt':
      return { result: c.of.reduce((a, b) => a * b, 1), tolerance: rounding };
    case 'andel':
      return { result: (first / (rest[0] ?? NaN)) * 100, tolerance: rounding };
    case 'per år':
    case 'kvot':
      return { result: first / (rest[0] ?? NaN), tolerance: rounding };
  }
}

const HOW_WORDS: Record<Computation['how'], string> = {
  summa: 'summan av',
  differens: 'differensen mellan',
  produkt: 'produkten av',
  andel: 'andelen (i procent)',
  'per år': 'beloppet per år av',
  kvot: 'kvoten av',
};

/** Problems with the figures in one entry's data: each figure against the passage its `source` quotes. */
export function findFigureProblems(data: unknown): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const visit = (node: Record<string, unknown>, path: string) => {
    // Only the quote matters here, so a source without `section` (found by the check) is read the same way.
    const source = node.source as { doc?: unknown; section?: unknown; quote?: unknown } | undefined;
    if (!source || typeof source !== 'object' || typeof source.quote !== 'string') return;
    const quote = source.quote;
    const where = [source.doc, source.section].filter((part) => typeof part === 'string').join(', ');
    const at = (key: string) => (path ? `${path}.${key}` : key);
    const computed = node.computed as Computation | undefined;
    const computedField = computed ? (computed.field ?? ('amount' in node ? 'amount' : 'value')) : undefined;

    if (computed && computedField) {
      const stated = node[computedField];
      for (const operand of computed.of)
        if (!passageHasNumber(quote, operand))
          problems.push({
            field: at('computed.of'),
            found: formatNumber(operand),
            expected: `tal som står i det citerade stycket ${shortQuote(quote)}`,
            action:
              'skriv talen som beräkningen bygger på så som källan skriver dem, ' + 'eller citera stycket där de står',
          });
      const { result, tolerance } = computeFigure(computed);
      if (typeof stated !== 'number' || !(Math.abs(stated - result) <= tolerance))
        problems.push({
          field: at(computedField),
          found: typeof stated === 'number' ? formatNumber(stated) : String(stated),
          expected:
            `${formatNumber(Math.round(result * 10 ** 4) / 10 ** 4)}, ${HOW_WORDS[computed.how]} ` +
            `${computed.of.map(formatNumber).join(' och ')} enligt computed`,
          action: 'rätta siffran eller beräkningen',
        });
    }

    for (const [key, kind] of Object.entries(FIGURE_FIELDS)) {
      const value = node[key];
      if (typeof value !== 'number' || key === computedField) continue;
      const percent = isPercentUnit(node.unit) || key === 'percent';
      const ok =
        (kind === 'month' && (readMonths(quote).includes(value) || passageHasNumber(quote, value))) ||
        (kind === 'perYear' && (readFrequencies(quote).includes(value) || passageHasNumber(quote, value))) ||
        (kind === 'number' && passageHasNumber(quote, value, { percent }));
      if (!ok)
        problems.push({
          field: at(key),
          found: formatNumber(value),
          expected:
            kind === 'month'
              ? `en månad som det citerade stycket nämner; stycket är ${shortQuote(quote)}`
              : `ett tal som står i det citerade stycket (${where}): ${shortQuote(quote)}`,
          action:
            'rätta siffran, citera meningen där den står, ' +
            'eller ange med computed hur den är beräknad ur talen i stycket',
        });
    }
  };
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      visit(value as Record<string, unknown>, path);
      for (const [key, child] of Object.entries(value))
        if (key !== 'source') walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(data, '');
  return problems;
}

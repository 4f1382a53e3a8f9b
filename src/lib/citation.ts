import type { DocumentData, KeyFigure } from '../schemas/document';
import { formatDate, formatFigure } from './format';

type DocDate = Pick<DocumentData['date'], 'value' | 'precision'>;

/** A document's date in words with its certainty kept: "odaterad, troligen december 2018", never a bare "2018-12". */
export function dateWithCertainty(date: DocDate): string {
  const value = date.value;
  if (value === undefined || date.precision === 'okänd') return 'datum okänt';
  switch (date.precision) {
    case 'dag':
      return formatDate(value);
    case 'månad':
      return `${formatDate(value)} (dagen anges inte)`;
    case 'år':
      return `${value} (dag och månad anges inte)`;
    case 'ungefärlig':
      return `odaterad, troligen ${formatDate(value)}`;
  }
}

/** The short form for a reference list: "(troligen december 2018)" keeps the doubt. */
export function citationDate(date: DocDate): string {
  if (date.value === undefined) return 'u.å.';
  return date.precision === 'ungefärlig' ? `odaterad, troligen ${formatDate(date.value)}` : formatDate(date.value);
}

export interface FigureCitationInput {
  /** The figure as the page shows it, e.g. "ca 90 unika personer (2020)". */
  figure: string;
  quote: string;
  docTitle: string;
  /** Who wrote the document, only when the document names it. */
  author?: string | undefined;
  date: DocDate;
  /** Absolute address of the document page at the passage. */
  url: string;
  retrieved: string;
}

/** A key figure as the first words of its citation: "Besökare: ca 1 200 personer (2020)". */
export function keyFigureText(f: Pick<KeyFigure, 'label' | 'value' | 'valueMax' | 'approximate' | 'unit' | 'period'>) {
  return `${f.label}: ${formatFigure(f.value, f.valueMax, f.approximate)} ${f.unit} (${f.period})`;
}

/** A reference to one figure: the figure, its passage, the document with its (uncertain) date, the address. */
export function figureCitation(c: FigureCitationInput): string {
  const who = c.author ? `${c.author}: ` : '';
  const source = `Källa: ”${c.quote}” ${who}${c.docTitle} (${citationDate(c.date)})`;
  return `${c.figure}. ${source}. Öppna partnerskap. ${c.url} (hämtad ${c.retrieved})`;
}

/** A reference to a whole page or document, keeping the date's doubt; the author only when known. */
export function pageCitation(c: {
  title: string;
  author?: string | undefined;
  date: DocDate;
  url: string;
  retrieved: string;
}): string {
  const who = c.author ? `${c.author} ` : '';
  return `${who}(${citationDate(c.date)}). ${c.title}. Öppna partnerskap. ${c.url} (hämtad ${c.retrieved})`;
}

/** Swedish number and date formats, via Intl. */
const numberFormat = new Intl.NumberFormat('sv-SE');
const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });

export const formatNumber = (value: number): string => numberFormat.format(value);

export const formatKronor = (value: number): string => `${numberFormat.format(value)} kr`;

/**
 * Each date is formatted once: Intl's formatting costs about 10 µs a call, and a large site formats the same few
 * thousand dates hundreds of thousands of times (source citations on every page).
 */
const formattedDates = new Map<string, string>();

/** "21 december 2017" from "2017-12-21"; "december 2018" from "2018-12"; "2020" from "2020". */
export function formatDate(iso: string): string {
  let formatted = formattedDates.get(iso);
  if (formatted === undefined) formattedDates.set(iso, (formatted = formatDateUncached(iso)));
  return formatted;
}

function formatDateUncached(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFormat.format(new Date(`${iso}-01T00:00:00Z`));
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "januari" for 1. */
export const formatMonthName = (month: number): string =>
  monthNameFormat.format(new Date(Date.UTC(2000, month - 1, 1)));

/** "2018-01-01 – 2020-12-31" */
export const formatPeriod = (from: string, to: string): string => `${from} – ${to}`;

/** A range like "2–12" or a single value; "ca" when approximate. */
export function formatFigure(value: number, valueMax?: number, approximate = false): string {
  const text = valueMax === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(valueMax)}`;
  return approximate ? `ca ${text}` : text;
}

/** Share as a whole percent, "29 %". */
export const formatPercent = (part: number, whole: number): string =>
  `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format((part / whole) * 100)} %`;

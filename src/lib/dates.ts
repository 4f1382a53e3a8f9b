/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. */
const DAY = 86_400_000;

const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => toIso(toTime(iso) + days * DAY);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round((toTime(to) - toTime(from)) / DAY);

/** The same day `months` later, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIso(target.getTime());
}

/** The date the site's statuses are computed for: SITE_DATE if set, else today. */
export function siteDate(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_DATE;
  if (value === undefined || value === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(toTime(value)))
    throw new Error(`SITE_DATE: förväntade ett datum ÅÅÅÅ-MM-DD, fick "${value}"`);
  return value;
}

// The line that says the content has passed its check, printed by the content checker (scripts/check-content.ts)
// and by the build's own check (src/data/site-data.ts). `npm run build` (scripts/build.ts) holds Astro's output
// back until the build prints it: on bad content only the checker's report is shown.

/** How the line begins. */
export const CONTENT_CHECKED = 'Innehållet är granskat';

/** `Innehållet är granskat: 13 filer, inga fel.`, with the seconds the check took when given. */
export function contentCheckedLine(files: number, seconds?: number): string {
  const line = `${CONTENT_CHECKED}: ${files} filer, inga fel.`;
  return seconds === undefined ? line : `${line} (${seconds.toFixed(1)} s)`;
}

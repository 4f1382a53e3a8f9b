// What a browser fetches for a first search on a built site: the search page is loaded first (not counted), then
// the query is typed and sent, and every request until the results are shown is counted with its transferred size
// (gzip, headers included). Then, if offered, the reader's "Sök även i …" is clicked and counted on top.
// Used by `npm run bench:scale` and `npm run bench:first-search`.
import type { Page } from 'playwright-core';

/** One request: its path on the site and its transferred bytes. */
export interface Transfer {
  path: string;
  bytes: number;
}

export interface FirstSearch {
  /** The status sentence shown after the first search. */
  status: string;
  /** What the first search fetched. */
  first: Transfer[];
  /** What the reader's "Sök även i …" fetched on top (empty when it was not offered). */
  widened: Transfer[];
}

const SEARCH_BOX = 'Sök bland partnerskap, organisationer och dokument';

/** Runs a first search for `query` on `/sok/` of the site at `url`, in `page`. */
export async function firstSearch(page: Page, url: string, query: string): Promise<FirstSearch> {
  await page.goto(`${url}/sok/`, { waitUntil: 'networkidle' });
  let transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) =>
    pending.push(
      request.sizes().then((sizes) => {
        transfers.push({
          path: new URL(request.url()).pathname,
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      }),
    ),
  );
  await page.getByLabel(SEARCH_BOX).fill(query);
  await page.getByLabel(SEARCH_BOX).press('Enter');
  const status = page.locator('[role=status]');
  await status.filter({ hasText: /\d+ träff|Inga träffar/ }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const first = transfers;
  const statusText = (await status.textContent()) ?? '';
  transfers = [];
  const button = page.getByRole('button', { name: /^Sök även i / });
  if (await button.isVisible()) {
    await button.click();
    await status.filter({ hasText: /träff(ar)? för ”.*”\.$/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  }
  return { status: statusText, first, widened: transfers };
}

/** Total bytes of some transfers. */
export const totalBytes = (transfers: Transfer[]): number => transfers.reduce((sum, t) => sum + t.bytes, 0);

/** Bytes by kind of file: one line per bundle and kind (metadata, index chunks, fragments, scripts …). */
export function bytesByKind(transfers: Transfer[]): [string, number][] {
  const kinds = new Map<string, number>();
  for (const { path, bytes } of transfers) {
    const kind = path.replace(/\/fragment\/.*$/, '/fragment/*').replace(/[a-z]{2}_[0-9a-f]+/, '*');
    kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
  }
  return [...kinds].sort((a, b) => b[1] - a[1]);
}

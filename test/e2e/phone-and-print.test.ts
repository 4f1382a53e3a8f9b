// Reading in a hurry: every page fits a phone, the partnership page puts its decision facts first, charts keep
// their labels apart, and a printed partnership page is a briefing with its tables and source addresses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { DIST, sharedSitePage, sitemapPaths } from '../support/site';

const shared = sharedSitePage();
const paths = sitemapPaths();
/** Partnership pages, not the paginated list (/partnerskap/2/). */
const partnershipPaths = paths.filter((p) => /^\/partnerskap\/[^/]+\/$/.test(p) && !/^\/partnerskap\/\d+\/$/.test(p));
/** One page of each kind (first path segment and depth: /dokument/ apart from /dokument/x/) with a stacked table. */
const stackedPaths = [
  ...new Map(
    paths
      .filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('stack-table'))
      .map((p) => [`${p.split('/')[1]} ${p.split('/').length}`, p] as const)
      .reverse(),
  ).values(),
];
/** Pages that draw a chart. */
const chartPaths = paths.filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('<funding-chart'));

async function open(path: string, width: number, height = 800): Promise<Page> {
  await shared.page.setViewportSize({ width, height });
  await shared.page.emulateMedia({ media: 'screen' });
  const response = await shared.page.goto(`${shared.site.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return shared.page;
}

describe('phones', () => {
  it('finds partnership pages in the sitemap', () => {
    expect(partnershipPaths.length).toBeGreaterThan(0);
  });

  it.each([320, 360, 400])('at %i px, no page is wider than the screen', { timeout: 180_000 }, async (width) => {
    const tooWide: string[] = [];
    for (const path of paths) {
      const page = await open(path, width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth} px`);
    }
    expect(tooWide).toEqual([]);
  });

  it('at 360 px, no table on any page needs scrolling sideways: wide tables stack', { timeout: 180_000 }, async () => {
    const scrolling: string[] = [];
    let tables = 0;
    for (const path of paths) {
      const page = await open(path, 360);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((table) => {
          // The box the table scrolls in, or the table's own parent when it has none.
          const box = table.closest('.table-scroll') ?? table.parentElement!;
          return {
            caption: table.querySelector('caption')?.textContent?.trim().slice(0, 50) ?? '(utan rubrik)',
            overflow: Math.max(box.scrollWidth - box.clientWidth, table.getBoundingClientRect().right - innerWidth),
          };
        }),
      );
      tables += found.length;
      for (const t of found) if (t.overflow > 1) scrolling.push(`${path} "${t.caption}": ${t.overflow} px`);
    }
    expect(tables).toBeGreaterThan(0);
    expect(scrolling).toEqual([]);
  });

  it.each(partnershipPaths)(
    '%s shows status, end date and money per year in its first two screens at 360 × 800',
    async (path) => {
      const page = await open(path, 360);
      const facts = await page.evaluate(() => {
        const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + window.scrollY : Infinity);
        const block = document.querySelector('.decision-facts');
        const status = block?.querySelector('.status') ?? null;
        const end = status?.closest('dd')?.querySelector('time[datetime]') ?? null;
        const money = [...(block?.querySelectorAll('.money-runs li') ?? [])];
        return {
          status: status?.textContent?.trim() ?? '',
          statusBottom: bottom(status),
          end: end?.getAttribute('datetime') ?? '',
          endBottom: bottom(end),
          money: money.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
          moneyBottom: bottom(money[0] ?? null),
        };
      });
      expect(facts.status, 'status').not.toBe('');
      expect(facts.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(facts.money.length).toBeGreaterThan(0);
      for (const run of facts.money)
        expect(run).toMatch(/^\d{4}(\/\d{2})?(–\d{4}(\/\d{2})?)?: (.*\d kr|uppgift saknas)/);
      expect(facts.statusBottom).toBeLessThanOrEqual(1600);
      expect(facts.endBottom).toBeLessThanOrEqual(1600);
      expect(facts.moneyBottom).toBeLessThanOrEqual(1600);
    },
  );

  it.each(partnershipPaths)(
    '%s: its table of contents reaches every section, and sections can be linked to',
    async (path) => {
      const page = await open(path, 1280);
      const { targets, missing, headings, unlinked, sticky } = await page.evaluate(() => {
        const targets = [...document.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')!);
        const headings = [...document.querySelectorAll('main h2[id]')]
          .map((h) => h.id)
          .filter((id) => id !== 'toc-rubrik');
        return {
          targets,
          missing: targets.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))),
          headings,
          unlinked: headings.filter((id) => !targets.includes(`#${id}`)),
          sticky: getComputedStyle(document.querySelector('.toc')!).position,
        };
      });
      expect(targets.length).toBeGreaterThan(0);
      expect(headings.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      expect(unlinked).toEqual([]);
      expect(sticky).toBe('sticky');
      // On a phone it comes before the detail: right after the title, ahead of the decision facts.
      await open(path, 360);
      const order = await shared.page.evaluate(() => {
        const toc = document.querySelector('.toc')!;
        const facts = document.querySelector('.decision-facts')!;
        return [getComputedStyle(toc).position, toc.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING];
      });
      expect(order).toEqual(['static', 4]); // 4: Node.DOCUMENT_POSITION_FOLLOWING
    },
  );

  it.each(stackedPaths)('%s: stacked tables stay tables for screen readers, as on a wide screen', async (path) => {
    const roles = async (width: number) => {
      const page = await open(path, width);
      const client = await page.context().newCDPSession(page);
      const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
      await client.detach();
      const count: Record<string, number> = {};
      for (const node of nodes) {
        const role = node.role?.value ?? '';
        if (['table', 'row', 'cell', 'rowheader', 'columnheader'].includes(role)) count[role] = (count[role] ?? 0) + 1;
      }
      return count;
    };
    const narrow = await roles(360);
    const stacked = await shared.page.evaluate(
      () =>
        [...document.querySelectorAll('table.stack-table > tbody > tr')].filter(
          (tr) => getComputedStyle(tr).display === 'block',
        ).length,
    );
    expect(stacked).toBeGreaterThan(0);
    expect(narrow.table).toBe(await shared.page.locator('table').count());
    expect(narrow.columnheader).toBeGreaterThan(0);
    expect(narrow).toEqual(await roles(1280));
  });

  it('charts never draw one year label over another, on a phone or a desktop', { timeout: 240_000 }, async () => {
    expect(chartPaths.length).toBeGreaterThan(0);
    const overlaps: string[] = [];
    for (const width of [320, 360, 1280]) {
      for (const path of chartPaths) {
        const page = await open(path, width);
        for (const chart of await page.locator('funding-chart').all()) {
          await chart.scrollIntoViewIfNeeded();
          await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === 'true', await chart.elementHandle());
          const found = await chart.evaluate((el) => {
            type Item = {
              label: string | string[];
              font: { string: string; lineHeight: number };
              options: { translation: [number, number]; rotation: number };
            };
            const chartJs = (
              el as unknown as { chart: { ctx: CanvasRenderingContext2D; scales: { x: { getLabelItems(): Item[] } } } }
            ).chart;
            const { ctx } = chartJs;
            const boxes = chartJs.scales.x.getLabelItems().map((item) => {
              const lines = Array.isArray(item.label) ? item.label : [item.label];
              ctx.save();
              ctx.font = item.font.string;
              const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
              ctx.restore();
              return {
                text: lines.join(' '),
                x: item.options.translation[0],
                angle: Math.abs(item.options.rotation),
                width,
                height: lines.length * item.font.lineHeight,
              };
            });
            // Neighbouring labels share one angle: apart when far enough across the text or along it.
            const clashes: string[] = [];
            for (let i = 1; i < boxes.length; i++) {
              const [a, b] = [boxes[i - 1]!, boxes[i]!];
              const d = b.x - a.x;
              const clash =
                a.angle < 1e-6
                  ? d < (a.width + b.width) / 2
                  : d * Math.sin(a.angle) < (a.height + b.height) / 2 &&
                    d * Math.cos(a.angle) < Math.max(a.width, b.width);
              if (clash) clashes.push(`${a.text} / ${b.text}`);
            }
            return { labels: boxes.map((b) => b.text), clashes };
          });
          expect(found.labels.length).toBeGreaterThan(0);
          overlaps.push(...found.clashes.map((c) => `${path} at ${width} px: ${c}`));
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('marks partly unknown years in the chart’s year labels', async () => {
    const marked: string[] = [];
    for (const path of partnershipPaths) {
      const page = await open(path, 360);
      const chart = page.locator('funding-chart').first();
      if ((await chart.count()) === 0) continue;
      await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === 'true', await chart.elementHandle());
      const { labels, unknownYears } = await chart.evaluate((el) => {
        const chartJs = (el as unknown as { chart: { scales: { x: { getLabelItems(): { label: string }[] } } } }).chart;
        const table = el.closest('figure')!.querySelector('table')!;
        // Years whose row in the table has an unknown amount.
        const unknownYears = [...table.querySelectorAll('tbody tr')]
          .filter((tr) => tr.querySelector('td[data-status="okänd"]'))
          .map((tr) => tr.querySelector('th')!.childNodes[0]!.textContent!.trim());
        return { labels: chartJs.scales.x.getLabelItems().map((i) => String(i.label)), unknownYears };
      });
      for (const year of unknownYears)
        expect(labels).toContainEqual(expect.stringMatching(new RegExp(`^${year} · (delvis okänt|uppgift saknas)$`)));
      marked.push(...unknownYears);
    }
    expect(marked.length).toBeGreaterThan(0);
  });
});

describe('print', () => {
  it.each(partnershipPaths)(
    '%s prints on A4 with its funding table, source addresses and page address',
    async (path) => {
      const page = await open(path, 1280);
      const expected = await page.evaluate(() => ({
        headers: [...document.querySelectorAll('.chart-table thead th')].map((th) => th.textContent!.trim()),
        caption: document.querySelector('.chart-table caption')!.textContent!.trim(),
        addresses: [
          ...new Set([...document.querySelectorAll('main a.source-link')].map((a) => a.getAttribute('data-address')!)),
        ],
        canonical: document.querySelector('link[rel=canonical]')!.getAttribute('href')!,
        footer: document.querySelector('.print-footer')!.textContent!,
      }));
      expect(expected.addresses.length).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.chart-box', '.site-header nav', '.header-search', '.toc'].map((s) =>
          [...document.querySelectorAll(s)].every((el) => getComputedStyle(el).display === 'none'),
        ),
      );
      expect(hidden).toEqual([true, true, true, true]);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const printed = await getDocumentProxy(new Uint8Array(pdf));
      const first = (await printed.getPage(1)).getViewport({ scale: 1 });
      // A4 is 595 × 842 points.
      expect([Math.round(first.width), Math.round(first.height)]).toEqual([595, 842]);
      const { text } = await extractText(printed, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      const bare = text.replace(/\s+/g, '');
      const missing = (values: string[]) => values.filter((v) => !bare.includes(v.replace(/\s+/g, '')));
      expect(missing([expected.caption])).toEqual([]);
      // Every column of the funding table is printed whole, the last one included.
      expect(expected.headers.at(-1)).toBe('Summa kända belopp');
      expect(missing(expected.headers)).toEqual([]);
      expect(missing(expected.addresses)).toEqual([]);
      expect(missing([`Utskrift av ${expected.canonical}`])).toEqual([]);
      expect(flat).toMatch(/Webbplatsen byggdes \d{1,2} \p{L}+ \d{4}/u);
      expect(flat.includes('Hoppa till innehållet')).toBe(false);
      // Every sheet carries the page address and build date at its foot, with nothing printed over or below it.
      const footer = expected.footer.replace(/\s+/g, '');
      expect(footer).toContain(`Utskriftav${expected.canonical}`);
      expect(printed.numPages).toBeGreaterThan(1);
      const sheets: string[] = [];
      for (let n = 1; n <= printed.numPages; n++) {
        const items = (await (await printed.getPage(n)).getTextContent()).items.flatMap((item) =>
          'str' in item && item.str.trim()
            ? [{ text: item.str.replace(/\s+/g, ''), y: item.transform[5] as number }]
            : [],
        );
        const start = items.find((item) => item.text.startsWith('Utskriftav'));
        if (
          !start ||
          !items
            .map((i) => i.text)
            .join('')
            .includes(footer)
        ) {
          sheets.push(`sidan ${n}: ingen sidfot`);
          continue;
        }
        const clash = items.filter((item) => item.y <= start.y + 1 && !footer.includes(item.text));
        if (clash.length > 0) sheets.push(`sidan ${n}: ${clash.map((i) => i.text).join(' ')} i sidfoten`);
      }
      expect(sheets).toEqual([]);
    },
  );
});

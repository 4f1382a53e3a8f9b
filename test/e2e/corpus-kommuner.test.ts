// A fixture corpus built for real: the seed content plus another municipality's partnership known only from a news
// item, a decision and an article, and a region's fiscal-year agreement (test/fixtures/corpus-kommuner/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { siteValidator } from '../support/html-validate';
import { parseCsv } from '../../src/lib/csv';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { build, projectCopy, removeProjectCopies } from '../support/project-build';

const FIXTURE = join(process.cwd(), 'test/fixtures/corpus-kommuner');

/** Every file of the fixture, as project paths under content/ (the README stays out). */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== 'README.md') files[join('content', relative(FIXTURE, path))] = readFileSync(path, 'utf8');
    }
  };
  walk(FIXTURE);
  return files;
}

let dist = '';
let buildOutput = '';

beforeAll(async () => {
  const dir = projectCopy({ write: fixtureFiles() });
  const result = await build(dir, { SITE_DATE: '2025-11-01' });
  buildOutput = result.output;
  if (result.failed) throw new Error(`Fixture corpus did not build:\n${result.output.slice(-4000)}`);
  dist = join(dir, 'dist');
}, 300_000);
afterAll(removeProjectCopies);

const file = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The page's main content as text: tags dropped, entities and no-break spaces folded. */
function text(path: string): string {
  const html = file(path);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}
const csv = (path: string) => parseCsv(file(path));
const json = (path: string) => JSON.parse(file(path)) as Record<string, unknown>[];

describe('a partnership known only from a news item, a decision and an article', () => {
  const page = 'partnerskap/grannstod-norrkoping/index.html';

  it('builds without warnings about the fixture', () => {
    expect(buildOutput).not.toMatch(/grannstod-norrkoping.*(fel|error)/i);
  });

  it('says plainly that the agreement is not among the sources and attributes facts to the news item and decision', () => {
    const t = text(page);
    expect(t).toContain('Överenskommelsens text finns inte bland källorna.');
    expect(t).toMatch(/nyhet Grannstöd i nya lokaler/);
    expect(t).toMatch(/beslut Beslut om idéburet offentligt partnerskap med Föreningen Grannstöd/);
    expect(file(page)).toContain('href="/dokument/nyhet-grannstod-norrkoping/#grannstöd-i-nya-lokaler');
    expect(file(page)).toContain('href="/dokument/beslut-grannstod-norrkoping/#ersättning');
  });

  it('never speaks for the absent agreement: every term and list is unknown, not "absent from the agreement"', () => {
    const t = text(page);
    expect(t).not.toContain('anges inte i överenskommelsen');
    expect(t).not.toMatch(/Överenskommelsen anger (ingen|inte)/);
    expect(t).not.toContain('överenskommelsen anger ingen');
    for (const heading of ['Syfte', 'Mål', 'Målgrupp', 'Värdegrund'])
      expect(t).toMatch(new RegExp(`${heading} okänt – finns inte bland källorna`));
    expect(t).toMatch(/Uppsägning okänt – finns inte bland källorna/);
    expect(t).toContain('okänt när och av vem överenskommelsen undertecknades');
    expect(t).toContain('Överenskommelsen finns inte bland källorna.');
    expect(existsSync(join(dist, 'dokument/grannstod-norrkoping/index.html'))).toBe(false);
  });

  it('gives every item of "Det här säger inte källorna" a document to check, or says the agreement is missing', () => {
    const html = file(page);
    const list = html.slice(html.indexOf('<ul class="gaps"'), html.indexOf('</ul>', html.indexOf('<ul class="gaps"')));
    const items = list.split('<li').slice(1);
    expect(items.length).toBeGreaterThan(1);
    // The first item is the agreement's absence itself; every other item links a document page or names the gap.
    expect(items[0]).toContain('Överenskommelsens text finns inte bland källorna');
    const unlinked: string[] = [];
    for (const item of items.slice(1)) {
      const href = /href="(\/dokument\/[^/"]+\/)"/.exec(item)?.[1];
      if (href) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
      else if (!item.includes('[överenskommelsen finns inte bland källorna]')) unlinked.push(item.slice(0, 80));
    }
    expect(unlinked).toEqual([]);
    // Facts that would stand in the agreement point to its absence, not to a page that does not exist.
    expect(html).not.toContain('href="/dokument/grannstod-norrkoping/"');
    expect(list).toContain('[överenskommelsen finns inte bland källorna]');
  });

  it('marks the made-up title as a working title on the page and in the citation', () => {
    const t = text(page);
    expect(t).toContain('Grannstöd för äldre i Norrköping (arbetsnamn)');
    expect(file(page)).toMatch(/Grannstöd för äldre i Norrköping \[arbetsnamn\]\. Öppna partnerskap/);
    // The page is cited as the site's own compilation; the agreement's unknown date is stated under Villkor.
    expect(t).toMatch(/Upphov Öppna partnerskap, sammanställning av källdokumenten/);
  });

  it('sums two funding lines for one party and year, showing each part with its own passage', () => {
    const rows = csv('data/finansiering.csv').filter((r) => r.partnerskap_id === 'grannstod-norrkoping');
    expect(rows.map((r) => [r.avtalsar, r.belopp_kr, r.delbelopp_kr])).toEqual([
      ['2025', '1000000', '650000; 350000'],
      ['2026', '1000000', '650000; 350000'],
    ]);
    expect(rows[0]!.kalla_citat).toBe(
      'Föreningen får 650 000 kronor per år för mötesplatsen. | Föreningen får därutöver 350 000 kronor per år för uppsökande verksamhet.',
    );
    expect(rows.every((r) => r.kommun === 'Norrköpings kommun' && r.kommunkod === '0581')).toBe(true);
    const t = text(page);
    expect(t).toMatch(/1 000 000 kr summan av 650 000 kr källa[^+]*\+ 350 000 kr källa/);
    const chartRows = csv('data/partnerskap/grannstod-norrkoping/finansiering.csv');
    expect(chartRows.map((r) => [r.ar, r.belopp_kr, r.delbelopp_kr, r.kommunkod])).toEqual([
      ['2025', '1000000', '650000; 350000', '0581'],
      ['2026', '1000000', '650000; 350000', '0581'],
    ]);
  });

  it('describes each document as what it is: a digital news item, an excerpt of a decision, a scanned article of unknown date', () => {
    const news = text('dokument/nyhet-grannstod-norrkoping/index.html');
    expect(news).toMatch(/Typ Nyhet/);
    expect(news).toMatch(/Publicerat av Norrköpings kommun/);
    expect(news).toContain('Hela dokumentet, kopierat från digital text');
    expect(news).not.toMatch(/OCR|skannad/i);
    expect(news).toContain('https://example.org/nyheter/grannstod');
    const decision = text('dokument/beslut-grannstod-norrkoping/index.html');
    expect(decision).toContain('Utdrag ur dokumentet, kopierat från digital text');
    expect(decision).toContain('Detta är ett utdrag');
    expect(decision).not.toMatch(/OCR/);
    const article = text('dokument/artikel-grannstod-testbladet/index.html');
    expect(article).toMatch(/Typ Tidningsartikel/);
    // Named as the article itself names the paper (names at the time), linking to the organisation's page.
    expect(article).toMatch(/Publicerat av Testbladet/);
    expect(article).toContain('överfört från den skannade handlingen (OCR)');
    expect(article).toMatch(/Datum datum okänt Urklippet saknar datum\./);
  });

  it('lists, downloads and feeds the document of unknown date without inventing one', () => {
    const docs = csv('data/dokument.csv');
    const article = docs.find((r) => r.dokument_id === 'artikel-grannstod-testbladet')!;
    expect([article.typ, article.datum, article.datum_precision, article.avskrift, article.inhamtad]).toEqual([
      'tidningsartikel',
      '',
      'okänd',
      'utdrag',
      'skannad',
    ]);
    expect(docs.some((r) => r.dokument_id === 'grannstod-norrkoping')).toBe(false);
    const rss = file('dokument/rss.xml');
    const item = rss.split('<item>').find((i) => i.includes('artikel-grannstod-testbladet'))!;
    expect(item).not.toContain('<pubDate>');
    // Unknown dates sort last in the document list, never as the newest or oldest dated one.
    const list = text('dokument/index.html');
    expect(list.indexOf('Grannar hjälper grannar')).toBeGreaterThan(list.lastIndexOf('datum') - 200);
  });
});

describe('a region as public party with a fiscal-year agreement', () => {
  const page = 'partnerskap/samverkan-regionen/index.html';

  it('splits money into July–June agreement years and carries the länskod', () => {
    const rows = csv('data/finansiering.csv').filter((r) => r.partnerskap_id === 'samverkan-regionen');
    expect(rows.map((r) => [r.avtalsar, r.fran, r.till, r.belopp_kr, r.kommun, r.kommunkod])).toEqual([
      ['2025/26', '2025-07-01', '2026-06-30', '200000', 'Region Östergötland', '05'],
      ['2026/27', '2026-07-01', '2027-06-30', '200000', 'Region Östergötland', '05'],
    ]);
  });

  it('says "not stated in the agreement" only here, where the whole agreement is among the sources, and the signing date is unknown', () => {
    const t = text(page);
    expect(t).toMatch(/Uppsägning anges inte i överenskommelsen/);
    expect(t).toMatch(/Målgrupp anges inte i överenskommelsen/);
    expect(t).toMatch(/Undertecknad datum okänt i Linköping/);
    expect(t).not.toContain('Överenskommelsens text finns inte bland källorna');
    expect(text('dokument/samverkan-regionen/index.html')).toContain('Hela dokumentet, kopierat från digital text');
  });
});

describe('three states in the downloads and the comparison', () => {
  it('villkor.csv keeps stated, absent from the agreement and unknown apart', () => {
    const rows = csv('data/villkor.csv');
    const state = (id: string, fact: string) =>
      rows.filter((r) => r.partnerskap_id === id && r.uppgift === fact).map((r) => r.lage);
    expect(state('grannstod-norrkoping', 'Uppsägning')).toEqual(['okänd']);
    expect(state('samverkan-regionen', 'Uppsägning')).toEqual(['anges inte i överenskommelsen']);
    expect(state('samverkan-regionen', 'Uppföljning')).toEqual(['anges']);
    const followUp = rows.find((r) => r.partnerskap_id === 'samverkan-regionen' && r.uppgift === 'Uppföljning')!;
    expect(followUp.kalla_citat).toBe('Överenskommelsen följs upp en gång per år.');
    expect(rows.every((r) => r.kommunkod !== '')).toBe(true);
  });

  it('partnerskap.json says the agreement is absent and each fact state, with the municipality', () => {
    const p = json('data/partnerskap.json').find((x) => x.id === 'grannstod-norrkoping')!;
    expect(p.agreement).toBeNull();
    expect(p.workingTitle).toBe(true);
    expect(p.kommunkod).toBe('0581');
    expect((p.uppgiftslage as Record<string, string>)['terms.notice']).toBe('okänd');
    const r = json('data/partnerskap.json').find((x) => x.id === 'samverkan-regionen')!;
    expect((r.uppgiftslage as Record<string, string>)['terms.notice']).toBe('anges inte i överenskommelsen');
  });

  it('/jamfor/ shows unknown and absent differently', () => {
    const t = text('jamfor/index.html');
    const row = t.slice(t.indexOf('Uppsägning'), t.indexOf('Beslut om fortsättning senast'));
    expect(row).toContain('okänt – finns inte bland källorna');
    expect(row).toContain('anges inte i överenskommelsen');
    expect(t).toContain('2 år i den första perioden i källorna (beslut)');
  });
});

describe('municipalities kept apart', () => {
  it('every CSV and JSON dataset row carries a municipality name and code', () => {
    const datasets = ['finansiering', 'parter', 'dokument', 'nyckeltal', 'villkor'];
    for (const name of datasets) {
      const rows = csv(`data/${name}.csv`);
      expect(
        rows.every((r) => r.kommun !== '' && /^\d{2}(\d{2})?$/.test(r.kommunkod!)),
        name,
      ).toBe(true);
      expect(
        json(`data/${name}.json`).every((r) => typeof r.kommunkod === 'string'),
        name,
      ).toBe(true);
    }
    const perYear = csv('data/kommunal-ersattning-per-ar.csv');
    expect(new Set(perYear.map((r) => r.kommunkod))).toEqual(new Set(['0580', '0581', '05']));
  });

  it('the start page shows one chart per municipality or region, never one summed across them', () => {
    const html = file('index.html');
    const titles = [...html.matchAll(/class="chart-title">([^<]+)</g)].map((m) => m[1]);
    expect(titles.sort()).toEqual([
      'Kommunal ersättning till idéburna parter per år – Linköpings kommun (0580)',
      'Kommunal ersättning till idéburna parter per år – Norrköpings kommun (0581)',
      'Kommunal ersättning till idéburna parter per år – Region Östergötland (05)',
    ]);
    // Each chart's table sums only its own municipality's money: Norrköping's 2025 is the two lines, nothing else.
    const t = text('index.html');
    const norrkoping = t.slice(
      t.indexOf('Tabell: Kommunal ersättning till idéburna parter per år – Norrköpings kommun (0581)'),
    );
    expect(norrkoping).toMatch(/^[^]*?2025 1 000 000 kr[^]*?1 000 000 kr/);
  });

  it('the partnership list and /jamfor/ can be narrowed to one municipality or region', () => {
    const list = text('partnerskap/kommun/0581/index.html');
    expect(list).toContain('Partnerskap – Norrköpings kommun (0581)');
    expect(list).toContain('Grannstöd Norrköping');
    expect(list).not.toContain('Social gemenskap och kamratstöd');
    expect(list).not.toContain('Läsombud Östergötland');
    const compare = text('jamfor/kommun/05/index.html');
    expect(compare).toContain('Läsombud Östergötland');
    expect(compare).not.toContain('Grannstöd Norrköping');
    for (const path of ['partnerskap/index.html', 'jamfor/index.html'])
      for (const code of ['0580', '0581', '05']) expect(file(path), path).toContain(`/kommun/${code}/"`);
  });

  it('search can be narrowed by municipality (a Pagefind filter on every indexed page)', () => {
    expect(file('partnerskap/grannstod-norrkoping/index.html')).toContain(
      'data-pagefind-filter="kommun">Norrköpings kommun (0581)<',
    );
    expect(file('dokument/samverkan-regionen/index.html')).toContain(
      'data-pagefind-filter="kommun">Region Östergötland (05)<',
    );
    const search = file('sok/index.html');
    expect(search).toContain('<legend>Kommun eller region</legend>');
    expect(search).toContain('name="kommun" value="Norrköpings kommun (0581)"');
    expect(text('data/index.html')).toMatch(/Norrköpings kommun 0581 1/);
  });

  it('speaks with the register voice the setting gives', () => {
    expect(text('index.html')).toContain('idéburna offentliga partnerskap i kommuner och regioner öppet');
    expect(file('om/index.html')).toContain('Föreningen Testregistret');
    expect(file('tillganglighet/index.html')).toContain('kontakta oss via e-post till registret');
    expect(file('index.html')).toMatch(/Utgivare: Föreningen Testregistret/);
  });
});

describe('the fixture corpus’ new page shapes meet the same quality gates', () => {
  const paths = () => [...file('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('every page is html-validate clean', async () => {
    const validator = siteValidator();
    const problems: string[] = [];
    for (const path of paths()) {
      const report = await validator.validateString(file(join(path, 'index.html')), path);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2) problems.push(`${path}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('the pages that only this corpus has show 0 axe violations', async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const violations: string[] = [];
      for (const path of [
        '/',
        '/partnerskap/grannstod-norrkoping/',
        '/partnerskap/samverkan-regionen/',
        '/dokument/artikel-grannstod-testbladet/',
        '/partnerskap/kommun/0581/',
        '/jamfor/',
      ]) {
        const page = await browser.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        for (const chart of await page.locator('funding-chart').all()) {
          await chart.scrollIntoViewIfNeeded();
          await page.waitForFunction((el) => (el as HTMLElement).dataset.ready === 'true', await chart.elementHandle());
        }
        const found = await axeViolations(page);
        violations.push(...found.map((v) => `${path} ${v}`));
        await page.close();
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);
});

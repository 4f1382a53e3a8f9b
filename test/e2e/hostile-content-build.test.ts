// Content written as a careful attacker would, built for real: each attack either fails the build naming file and
// line, or is inert in the built site (nothing runs in Chromium, nothing leaks from the build machine).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { build, projectCopy, removeProjectCopies, runIn } from '../support/project-build';
import { serveStatic } from '../support/static-server';

afterAll(removeProjectCopies);

const CANARY = `kanariefagel-${process.pid}-${Date.now()}`;
const env = { OPPNA_CANARY: CANARY };

/** Every file under `dir` whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && readFileSync(join(e.parentPath, e.name)).includes(text))
    .map((e) => join(e.parentPath, e.name));
}

/** The 1-based line of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('hostile content', () => {
  it('code, script and javascript: links in bodies fail the build with file and line, before anything runs', async () => {
    const marker = join(tmpdir(), `oppna-hostile-${process.pid}-${Date.now()}`);
    const code = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
    const html = 'content/documents/uppfoljning-social-gemenskap-odaterad.mdx';
    const codeLines = [
      "import { execSync } from 'node:child_process'",
      "import { writeFileSync } from 'node:fs'",
      `export const leak = writeFileSync('${marker}-export', JSON.stringify(process.env))`,
      `{writeFileSync('${marker}-expression', execSync('id -un'))}`,
      '{JSON.stringify(process.env)}',
    ];
    const htmlLines = [
      '<script>window.pwned = 1</script>',
      'Text <img src="x" onerror="window.pwned = 1" /> text',
      '[klicka här](javascript:window.pwned=1)',
    ];
    const dir = projectCopy({
      edit: {
        [code]: (text) => `${text}\n${codeLines.join('\n\n')}\n`,
        [html]: (text) => `${text}\n${htmlLines.join('\n\n')}\n`,
      },
    });
    const { failed, output } = await build(dir, env);
    expect(failed).toBe(true);
    for (const [file, lines] of [
      [code, codeLines],
      [html, htmlLines],
    ] as const) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const line of lines)
        expect(output, line).toContain(`${file}:${lineOf(text, line)} → body (brödtext): förväntade`);
    }
    // Nothing in the bodies ran on the build machine, and nothing of its environment reached the output.
    expect(existsSync(`${marker}-export`)).toBe(false);
    expect(existsSync(`${marker}-expression`)).toBe(false);
    expect(output).not.toContain(CANARY);
    expect(filesContaining(join(dir, 'dist'), CANARY)).toEqual([]);
  }, 300_000);

  it('an organisation website with javascript: fails the build, naming the file and the field', async () => {
    const file = 'content/organisations/iogt-nto.yaml';
    const dir = projectCopy({
      edit: { [file]: (text) => `${text.trimEnd()}\nwebsite: "javascript:alert(document.domain)"\n` },
    });
    const { failed, output } = await build(dir, env);
    expect(failed).toBe(true);
    expect(output).toContain('iogt-nto');
    expect(output).toMatch(/website/);
    expect(output).toMatch(/https:\/\/ eller http:\/\//);
  }, 300_000);

  it('script in names and titles is inert in pages, chart data, search, RSS and CSV', async () => {
    const attack = '</script><img src=x onerror=window.pwned=1><!--';
    const name = `=HYPERLINK("https://evil.example","IOGT")${attack}`;
    const shortTitle = `Kamratstöd${attack}<script>window.pwned=2</script>`;
    const dir = projectCopy({
      edit: {
        'content/organisations/iogt-nto.yaml': (text) => text.replace(/^name: .*$/m, `name: '${name}'`),
        'content/partnerships/social-gemenskap-och-kamratstod.mdx': (text) =>
          text.replace(/^shortTitle: .*$/m, `shortTitle: '${shortTitle}'`),
      },
    });
    const built = await build(dir, { ...env, SITE_DATE: '2026-11-22' });
    expect(built.failed, built.output.slice(-3000)).toBe(false);
    const indexed = await runIn(dir, 'node', ['scripts/search-index.ts', 'dist'], env);
    expect(indexed.failed, indexed.output.slice(-3000)).toBe(false);
    const dist = join(dir, 'dist');

    // Nothing of the build machine's environment is published.
    expect(filesContaining(dist, CANARY)).toEqual([]);
    // Downloads: the name is a text cell a spreadsheet does not run.
    const parties = readFileSync(join(dist, 'data', 'parter.csv'), 'utf8');
    expect(parties).toContain(`"'=HYPERLINK(""https://evil.example"",""IOGT"")`);
    expect(parties).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // RSS escapes what it carries; chart data in pages holds no "<" that could end its script element.
    const carriers = filesContaining(dist, 'window.pwned');
    expect(carriers.some((f) => f.endsWith('.html'))).toBe(true);
    for (const file of carriers.filter((f) => f.endsWith('.xml')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<img|<script/);
    for (const file of carriers.filter((f) => f.endsWith('.html')))
      for (const [, json] of readFileSync(file, 'utf8').matchAll(/<script type="application\/json">([^]*?)<\/script>/g))
        expect(json, file).not.toMatch(/[<>]/);

    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      // Without the CSP too: the escaping alone must keep it inert.
      for (const bypassCSP of [false, true]) {
        const context = await browser.newContext({ bypassCSP });
        const page = await context.newPage();
        for (const path of [
          '/',
          '/partnerskap/social-gemenskap-och-kamratstod/',
          '/organisationer/iogt-nto/',
          '/sok/?q=hyperlink',
        ]) {
          await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
          for (const chart of await page.locator('funding-chart').all()) {
            await chart.scrollIntoViewIfNeeded();
            await page.waitForFunction(
              (el) => (el as HTMLElement).dataset.ready === 'true',
              await chart.elementHandle(),
            );
          }
          if (path.startsWith('/sok/')) await page.locator('[data-results] li').first().waitFor();
          const state = await page.evaluate(() => ({
            pwned: (window as unknown as { pwned?: number }).pwned,
            injected: document.querySelectorAll('img[src="x"], main script:not([type="application/json"]):not([src])')
              .length,
            text: document.body.innerText,
            labels: [...document.querySelectorAll('funding-chart')].flatMap((el) =>
              (el as unknown as { chart: { data: { datasets: { label: string }[] } } }).chart.data.datasets.map(
                (d) => d.label,
              ),
            ),
          }));
          expect(state.pwned, `${path} bypassCSP=${bypassCSP}`).toBeUndefined();
          expect(state.injected, path).toBe(0);
          // The hostile text is shown as text, and the charts still carry it as data.
          expect(state.text, path).toContain('<img src=x onerror=window.pwned=1>');
          if (path !== '/sok/?q=hyperlink') expect(state.labels.join('\n'), path).toContain(attack);
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 400_000);
});

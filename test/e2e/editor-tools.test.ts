// An editor's afternoon as a real build: `npm run ny` for an organisation, a partnership and a follow-up,
// the templates filled the way an editor fills them (short sources: quote only), then `astro build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKER } from '../../src/integrations/content-check';
import { build, projectCopy, removeProjectCopies, runIn } from '../support/project-build';

afterAll(removeProjectCopies);

/** Fills the template's placeholders in order: the n-th `key: ""` (outside comments) gets the n-th value. */
function fill(text: string, values: Record<string, (string | number | null)[]>): string {
  const left = Object.fromEntries(Object.entries(values).map(([key, list]) => [key, [...list]]));
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*#/.test(line)) return line;
      const comment = /\s+#\s/.exec(line)?.index ?? line.length;
      const code = line.slice(0, comment).replace(/\b([A-Za-z]+): (""|0\b)/g, (match, key: string) => {
        const next = left[key]?.shift();
        return next === undefined ? match : `${key}: ${typeof next === 'string' ? JSON.stringify(next) : String(next)}`;
      });
      return code + line.slice(comment);
    })
    .join('\n');
}

/** Lines outside comments that still hold an empty placeholder. */
const unfilled = (text: string) =>
  text.split('\n').filter((line) => !/^\s*#/.test(line) && /: ""/.test(line.replace(/#.*$/, '')));

const AGREEMENT = `## Parter

Omsorgsnämnden finansierar verksamheten och kallar till uppföljning.

Föreningen Testgården driver en öppen mötesplats i Ryd.

## Syfte och mål

Syftet är att fler människor i Ryd ska få en meningsfull vardag.

Målet är att minska ensamheten bland äldre i Ryd.

Målgruppen är äldre som lever ensamma.

Partnerskapet bygger på ömsesidig tillit och öppenhet.

## Ekonomi

Omsorgsnämnden ersätter Föreningen Testgården med 100 000 kronor per år.

## Period

Överenskommelsen gäller 2025-01-01 till och med 2027-12-31.

Linköping 2024-12-15
`;

const FOLLOW_UP = `## Verksamheten

Ett 25-tal besökare kommer varje vecka till mötesplatsen.

Fler äldre har hittat till mötesplatsen genom grannar.
`;

describe('npm run ny, filled as an editor would', () => {
  it('scaffolds an organisation, a partnership and a follow-up that build into pages', async () => {
    const dir = projectCopy();
    const ny = (...args: string[]) => runIn(dir, 'npm', ['run', '--silent', 'ny', '--', ...args]);
    for (const [kind, id] of [
      ['organisation', 'foreningen-testgarden'],
      ['partnerskap', 'motesplats-ryd'],
      ['dokument', 'uppfoljning-motesplats-ryd-2025'],
    ] as const) {
      const run = await ny(kind, id);
      expect(run.failed, run.output).toBe(false);
      expect(run.output).toContain('Skapade content/');
    }
    // `npm run ny` had Astro write the JSON Schemas the templates point to.
    for (const collection of ['organisations', 'partnerships', 'documents'])
      expect(existsSync(join(dir, '.astro', 'collections', `${collection}.schema.json`))).toBe(true);
    const again = await ny('organisation', 'foreningen-testgarden');
    expect(again.failed).toBe(true);
    expect(again.output).toContain('finns redan');

    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

    edit('content/organisations/foreningen-testgarden.yaml', (text) =>
      fill(text, {
        name: ['Föreningen Testgården', 'Föreningen Testgården'],
        description: ['En förening som driver en mötesplats för äldre i Ryd.'],
        doc: ['motesplats-ryd'],
        quote: ['Föreningen Testgården driver en öppen mötesplats i Ryd.'],
      }),
    );
    edit('content/partnerships/motesplats-ryd.mdx', (text) =>
      fill(text, {
        title: ['IOP – Mötesplats i Ryd'],
        shortTitle: ['Mötesplats i Ryd'],
        municipality: ['linkopings-kommun'],
        sourceFile: ['motesplats-ryd.pdf'],
        summary: ['Kommunen och Föreningen Testgården driver en mötesplats för äldre i Ryd.'],
        organisation: ['social-och-omsorgsnamnden', 'foreningen-testgarden'],
        nameInAgreement: ['Omsorgsnämnden', 'Föreningen Testgården'],
        role: ['Finansierar verksamheten och kallar till uppföljning.', 'Driver en öppen mötesplats i Ryd.'],
        text: [
          'Fler människor i Ryd ska få en meningsfull vardag.',
          'Minska ensamheten bland äldre i Ryd.',
          'Äldre som lever ensamma.',
          'Ömsesidig tillit och öppenhet.',
        ],
        id: ['minska-ensamheten'],
        from: ['2025-01-01', '2025-01-01'],
        to: ['2027-12-31', '2027-12-31'],
        date: ['2024-12-15'],
        place: ['Linköping'],
        for: ['Omsorgsnämnden'],
        party: ['foreningen-testgarden'],
        payer: ['social-och-omsorgsnamnden'],
        amount: [100000],
        quote: [
          'Omsorgsnämnden finansierar verksamheten och kallar till uppföljning.',
          'Föreningen Testgården driver en öppen mötesplats i Ryd.',
          'Syftet är att fler människor i Ryd ska få en meningsfull vardag.',
          'Målet är att minska ensamheten bland äldre i Ryd.',
          'Målgruppen är äldre som lever ensamma.',
          'Partnerskapet bygger på ömsesidig tillit och öppenhet.',
          'Överenskommelsen gäller 2025-01-01 till och med 2027-12-31.',
          'Linköping 2024-12-15',
          'Omsorgsnämnden ersätter Föreningen Testgården med 100 000 kronor per år.',
        ],
      }).replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${AGREEMENT}`),
    );
    edit('content/documents/uppfoljning-motesplats-ryd-2025.mdx', (text) =>
      fill(text, {
        title: ['Uppföljning av mötesplatsen i Ryd 2025'],
        partnership: ['motesplats-ryd'],
        value: ['2025-11', 25],
        issuer: ['social-och-omsorgsforvaltningen'],
        sourceFile: ['uppfoljning-ryd-2025.pdf'],
        summary: ['Förvaltningens uppföljning av mötesplatsens första år.'],
        party: ['foreningen-testgarden', 'foreningen-testgarden'],
        goal: ['minska-ensamheten'],
        text: ['Fler äldre har hittat till mötesplatsen genom grannar.'],
        id: ['besokare-per-vecka'],
        label: ['Besökare per vecka'],
        unit: ['besökare'],
        period: ['2025, per vecka'],
        quote: [
          'Fler äldre har hittat till mötesplatsen genom grannar.',
          'Ett 25-tal besökare kommer varje vecka till mötesplatsen.',
        ],
      })
        .replace('approximate: false', 'approximate: true')
        .replace('  precision: dag\n  # reason: ""', '  precision: månad\n  reason: "Dokumentet anger bara månaden."')
        .replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${FOLLOW_UP}`),
    );
    for (const file of [
      'content/organisations/foreningen-testgarden.yaml',
      'content/partnerships/motesplats-ryd.mdx',
      'content/documents/uppfoljning-motesplats-ryd-2025.mdx',
    ])
      expect(unfilled(readFileSync(join(dir, file), 'utf8')), file).toEqual([]);

    // The content check `npm run build` runs first passes as it is.
    if (existsSync(join(dir, CHECKER))) {
      const check = await runIn(dir, 'node', [CHECKER, dir]);
      expect(check.failed, check.output).toBe(false);
    }
    const result = await build(dir, { SITE_DATE: '2026-11-22' });
    expect(result.failed, result.output.slice(-3000)).toBe(false);
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const partnership = page('partnerskap/motesplats-ryd');
    expect(partnership).toContain('IOP – Mötesplats i Ryd');
    expect(partnership).toContain('Föreningen Testgården');
    expect(partnership).toMatch(/100\s000\s*kr/);
    // A source given only as a quote links to the section the check found for it.
    expect(partnership).toMatch(/href="\/dokument\/motesplats-ryd\/#ekonomi(:~:text=[^"]*)?"/);
    expect(page('organisationer/foreningen-testgarden')).toContain('Föreningen Testgården');
    const followUp = page('dokument/uppfoljning-motesplats-ryd-2025');
    expect(followUp).toContain('Besökare per vecka');
    expect(followUp).toMatch(/href="\/dokument\/uppfoljning-motesplats-ryd-2025\/#verksamheten(:~:text=[^"]*)?"/);
  }, 300_000);
});

// Careless and hostile edits to a copy of the real content, each built for real with `npm run build`: the
// content check must stop the build, naming file, line, field, what was found and expected, with nothing from Astro
// in the output (scripts/build.ts holds Astro's output until the check has passed).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, buildSite, projectCopy, projectWith, removeProjectCopies } from '../support/project-build';

afterEach(removeProjectCopies);

const P1 = 'content/partnerships/social-gemenskap-och-kamratstod.mdx';
const P2 = 'content/partnerships/socialt-och-ekonomiskt-utsatta.mdx';
const D2020 = 'content/documents/uppfoljning-social-gemenskap-2020.mdx';
const PROPOSAL = 'content/documents/forslag-forlangning-social-gemenskap-2023.mdx';
const IOGT = 'content/organisations/iogt-nto.yaml';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One reported problem: `file:line → field: fick <found>; förväntade <expected>`. */
function problem(file: string, field: string, found: string, expected: string): RegExp {
  return new RegExp(`${escape(file)}(:\\d+)? → ${escape(field)}: fick ${found}; förväntade ${expected}`);
}

/** Replaces `from` once, failing loudly if the real content no longer has it. */
const swap = (from: string | RegExp, to: string) => (text: string) => {
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`not found: ${from}`);
  return text.replace(from, to);
};

const cases: { why: string; edit: Record<string, (text: string) => string>; expected: RegExp[] }[] = [
  {
    why: 'a mistyped optional key (indexedfrom) is not dropped without a word',
    edit: { [P1]: swap('    indexedFrom: "2019-01-01"\n', '    indexedfrom: "2019-01-01"\n') },
    expected: [
      problem(
        P1,
        'funding[0].indexedfrom',
        'det okända fältet "indexedfrom"',
        '"indexedFrom" i stället för "indexedfrom" \\(menade du "indexedFrom"\\?\\)',
      ),
    ],
  },
  {
    why: 'an unquoted impossible date is not rolled over to 1 March',
    edit: { [P1]: swap('    to: "2020-12-31"\n    basis: avtal', '    to: 2020-02-30\n    basis: avtal') },
    expected: [problem(P1, 'periods[0].to', '"2020-02-30"', 'ett verkligt datum skrivet ÅÅÅÅ-MM-DD')],
  },
  {
    why: 'an impossible document date is not shown as 2 March',
    edit: { [PROPOSAL]: swap('value: "2023-08-30"', 'value: "2023-02-30"') },
    expected: [problem(PROPOSAL, 'date.value', '"2023-02-30"', 'ett datum som finns i kalendern, skrivet ÅÅÅÅ-MM-DD')],
  },
  {
    why: 'a key figure of 1e15 next to a quote that says "Ett 25 tal"',
    edit: { [D2020]: swap('    value: 25\n', '    value: 1000000000000000\n') },
    expected: [
      problem(
        D2020,
        'keyFigures[0].value',
        '1 000 000 000 000 000',
        'ett tal som står i det citerade stycket .*"Ett 25 tal besökare',
      ),
    ],
  },
  {
    why: 'an amount that differs from its passage (40 000 for "400 000")',
    edit: { [P1]: swap('    amount: 400000\n', '    amount: 40000\n') },
    expected: [
      problem(
        P1,
        'funding[0].amount',
        '40 000',
        'ett tal som står i det citerade stycket .*"Omsorgsnämnden ersätter Sionförsamlingen med 400 000',
      ),
    ],
  },
  {
    why: 'identity numbers with a space, an en dash, a non-breaking hyphen or ten digits',
    edit: {
      [D2020]: swap(
        'summary: >-\n',
        'summary: >-\n  Kontakt 811218 9876, 811218–9876, 811218\u20119876 och 8112189876.\n',
      ),
    },
    expected: ['811218 9876', '811218–9876', '811218\u20119876', '8112189876'].map((pnr) =>
      problem(D2020, 'summary', `"${pnr}"`, 'ingen personnummer-uppgift'),
    ),
  },
  {
    why: "a private person's e-mail address and phone number in a body",
    edit: { [D2020]: (text) => `${text}\nKontakt: anna.andersson@example.se, 070-123 45 67.\n` },
    expected: [
      problem(D2020, 'body (brödtext)', '"anna.andersson@example.se"', 'ingen e-postadress utom en organisations egen'),
      problem(D2020, 'body (brödtext)', '"070-123 45 67"', 'inget telefonnummer utom en organisations eget'),
    ],
  },
  {
    why: 'a null where text is required gets a Swedish message, not "expected string, received object"',
    edit: { [IOGT]: swap(/^description: .*$/m, 'description: null') },
    expected: [problem(IOGT, 'description', 'tomt värde \\(null\\)', 'en text, inte ett tomt värde')],
  },
  {
    why: 'a nämnd listed as an idea-based party',
    edit: { [P2]: swap('  - organisation: hjarta-till-hjarta\n', '  - organisation: social-och-omsorgsnamnden\n') },
    expected: [
      problem(
        P2,
        'ideaParties[1].organisation',
        '"social-och-omsorgsnamnden" \\(nämnd\\)',
        'en organisation av slaget idéburen organisation som idéburen part',
      ),
    ],
  },
];

describe('careless and hostile edits, built with npm run build', () => {
  it.each(cases)('stops the build: $why', async ({ edit, expected }) => {
    const { failed, output } = await buildSite(projectCopy({ edit }));
    expect(failed).toBe(true);
    for (const pattern of expected) expect(output).toMatch(pattern);
    // Astro's own check fails the build; its output, held back until that check passes, is left out for the
    // checker's report.
    expect(output).not.toMatch(/\[build\]|Browser APIs/);
  });

  it('stops the build on two file names that differ only in case, and on a name with spaces and å', async () => {
    const dir = projectCopy();
    copyFileSync(join(dir, IOGT), join(dir, 'content/organisations/IOGT-NTO.yaml'));
    copyFileSync(join(dir, IOGT), join(dir, 'content/organisations/Hjärta till hjärta.yaml'));
    const { failed, output } = await buildSite(dir);
    expect(failed).toBe(true);
    expect(output).toMatch(
      problem(
        IOGT,
        'id (filnamn)',
        '"iogt-nto"',
        'ett id som skiljer sig från content/organisations/IOGT-NTO.yaml även med små bokstäver',
      ),
    );
    expect(output).toMatch(
      problem(
        'content/organisations/IOGT-NTO.yaml',
        'id (filnamn)',
        '"IOGT-NTO"',
        'ett filnamn med bara små bokstäver a–z',
      ),
    );
    expect(output).toMatch(
      problem(
        'content/organisations/Hjärta till hjärta.yaml',
        'id (filnamn)',
        '"Hjärta till hjärta"',
        'ett filnamn med bara små bokstäver a–z, siffror och bindestreck .* döp om filen, t.ex. till "hjarta-till-hjarta"',
      ),
    );
  });

  it('names every mistake in every file in one run', async () => {
    const { failed, output } = await buildSite(
      projectCopy({
        edit: {
          [P1]: swap('    indexedFrom: "2019-01-01"\n', '    indexedfrom: "2019-01-01"\n'),
          [D2020]: swap('    value: 25\n', '    value: 1000000000000000\n'),
          [PROPOSAL]: swap('value: "2023-08-30"', 'value: "2023-02-30"'),
          [IOGT]: swap(/^kind: .*$/m, 'kind: förening'),
        },
      }),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(/Innehållet har \d+ fel i 4 filer/);
    expect(output).toMatch(problem(P1, 'funding[0].indexedfrom', 'det okända fältet "indexedfrom"', '"indexedFrom"'));
    expect(output).toMatch(
      problem(D2020, 'keyFigures[0].value', '1 000 000 000 000 000', 'ett tal som står i det citerade stycket'),
    );
    expect(output).toMatch(problem(PROPOSAL, 'date.value', '"2023-02-30"', 'ett datum som finns i kalendern'));
    expect(output).toMatch(
      problem(IOGT, 'kind', '"förening"', 'en av: kommun, region, nämnd, förvaltning, idéburen organisation'),
    );
  });

  it('keeps the build strict on its own: astro build without the check still rejects an unknown key', async () => {
    const { failed, output } = await build(
      projectWith(P1, swap('    indexedFrom: "2019-01-01"\n', '    indexedfrom: "2019-01-01"\n')),
    );
    expect(failed).toBe(true);
    expect(output).toContain(P1.replace('content/', '').replace(/\.mdx$/, ''));
    expect(output).toMatch(/"indexedFrom" i stället för "indexedfrom"/);
  });
});

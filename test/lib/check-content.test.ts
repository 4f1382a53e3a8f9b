import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatPath, formatReport, parsePath } from '../../src/lib/check-content';

// A small corpus written inline: a municipality, its board, one association, one partnership and a follow-up.
const ORGS: Record<string, string> = {
  'content/organisations/exempelby-kommun.yaml': `name: Exempelby kommun
kind: kommun
code: "0580"
description: Kommunen.
contact:
  phone: 0123-45 67 80
names:
  - name: Exempelby kommun
    usedIn:
      - { doc: gemenskap, section: avtal, quote: "Exempelby kommun" }
`,
  'content/organisations/socialnamnden.yaml': `name: Socialnämnden
kind: nämnd
description: Nämnden som betalar.
partOf: exempelby-kommun
names:
  - name: Socialnämnden
    usedIn:
      - { doc: gemenskap, section: avtal, quote: "Socialnämnden" }
`,
  'content/organisations/foreningen.yaml': `name: Föreningen Gemenskap
kind: idéburen organisation
description: En förening.
names:
  - name: Föreningen Gemenskap
    usedIn:
      - { doc: gemenskap, section: avtal, quote: "Föreningen Gemenskap" }
`,
};

const src = (section: string, quote: string, indent: string) =>
  `${indent}source:\n${indent}  doc: gemenskap\n${indent}  section: ${section}\n${indent}  quote: "${quote}"\n`;

const PARTNERSHIP = `---
title: IOP – Gemenskap i Exempelby
shortTitle: Gemenskap
municipality: exempelby-kommun
agreement:
  transcription: hel
  obtained: digital
sourceFile: gemenskap.txt
summary: Socialnämnden och Föreningen Gemenskap samverkar.
publicParty:
  organisation: socialnamnden
  nameInAgreement: Socialnämnden
  role: Betalar.
${src('avtal', 'Socialnämnden ersätter Föreningen Gemenskap med 250 000 kr per år.', '  ')}ideaParties:
  - organisation: foreningen
    nameInAgreement: Föreningen Gemenskap
    role: Driver mötesplatsen.
${src('avtal', 'Föreningen Gemenskap driver mötesplatsen.', '    ')}purpose:
  - text: Minska ensamheten.
${src('avtal', 'Målet är att minska ensamheten.', '    ')}goals:
  - id: ensamhet
    text: Minska ensamheten.
${src('avtal', 'Målet är att minska ensamheten.', '    ')}targetGroups:
  - text: Äldre.
${src('avtal', 'Målgruppen är äldre.', '    ')}valueBase:
  - text: Respekt.
${src('avtal', 'Värdegrunden är respekt.', '    ')}periods:
  - label: Avtalet
    from: 2024-01-01
    to: "2025-12-31"
    basis: avtal
${src('villkor', 'Överenskommelsen gäller 2024-01-01 till 2025-12-31.', '    ')}terms:
  signed:
    date: "2023-12-01"
    place: Exempelby
    signatories:
      - name: null
        for: Socialnämnden
${src('villkor', 'Överenskommelsen gäller 2024-01-01 till 2025-12-31.', '    ')}  decisionDeadline: null
  notice:
    months: 3
    text: Tre månader.
${src('villkor', 'Uppsägningstiden är tre (3) månader.', '    ')}  repayment: null
  payment:
    month: 2
    text: I februari.
${src('villkor', 'Ersättningen betalas i februari.', '    ')}  indexation: null
  followUp:
    perYear: 1
    text: Årligen.
${src('villkor', 'Uppföljning sker årligen.', '    ')}funding:
  - party: foreningen
    kind: kommunal ersättning
    payer: socialnamnden
    from: "2024-01-01"
    to: "2025-12-31"
    perYear: true
    amount: 250000
    status: dokumenterad
${src('avtal', 'Socialnämnden ersätter Föreningen Gemenskap med 250 000 kr per år.', '    ')}  - party: foreningen
    kind: egen insats
    from: "2024-01-01"
    to: "2025-12-31"
    perYear: true
    amount: 125000
    status: dokumenterad
    computed:
      how: per år
      of: [250000, 2]
      text: 250 000 kr för två år delat på två.
${src('villkor', 'Föreningens insats är värd 250 000 kr för hela perioden om två år.', '    ')}---

## Avtal

Exempelby kommun, Socialnämnden och Föreningen Gemenskap ingår denna överenskommelse.
Socialnämnden ersätter Föreningen Gemenskap med 250 000 kr per år. Föreningen Gemenskap driver mötesplatsen.
Målet är att minska ensamheten. Målgruppen är äldre. Värdegrunden är respekt.

## Villkor

Överenskommelsen gäller 2024-01-01 till 2025-12-31. Uppsägningstiden är tre (3) månader.
Ersättningen betalas i februari. Uppföljning sker årligen.
Föreningens insats är värd 250 000 kr för hela perioden om två år.
Frågor besvaras av kommunens växel, 0123-45 67 80.
`;

const FOLLOW_UP = `---
title: Uppföljning 2024
kind: uppföljning
partnership: gemenskap
date:
  value: "2024-11"
  precision: månad
  reason: Dokumentet anger bara månaden.
issuer: socialnamnden
transcription: hel
obtained: digital
sourceFile: uppfoljning.txt
summary: Uppföljning av det första året.
keyFigures:
  - id: besokare
    label: Besökare per vecka
    value: 40
    approximate: true
    unit: besökare
    period: "2024"
    party: foreningen
    goal: ensamhet
    source:
      doc: uppfoljning-2024
      section: resultat
      quote: "Ett 40-tal besökare kommer varje vecka."
  - id: andel-nya
    label: Andel nya besökare
    value: 25
    unit: procent
    period: "2024"
    computed:
      how: andel
      of: [10, 40]
    source:
      doc: uppfoljning-2024
      section: resultat
      quote: "Ett 40-tal besökare kommer varje vecka. Av dem är 10 nya i år."
---

## Resultat

Ett 40-tal besökare kommer varje vecka. Av dem är 10 nya i år.
`;

const CORPUS: Record<string, string> = {
  ...ORGS,
  'content/partnerships/gemenskap.mdx': PARTNERSHIP,
  'content/documents/uppfoljning-2024.mdx': FOLLOW_UP,
};

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The fixture corpus in a temporary project folder, with files changed, added (string) or removed (null). */
function corpus(changes: Record<string, ((text: string) => string) | string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'oppna-check-'));
  roots.push(root);
  const files: Record<string, string | null> = { ...CORPUS };
  for (const [file, change] of Object.entries(changes))
    files[file] = typeof change === 'function' ? change(files[file]!) : change;
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** The 1-based number of the first line of `file` that contains `text`. */
function lineWith(file: string, text: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" not in ${file}`);
  return index + 1;
}

const P = 'content/partnerships/gemenskap.mdx';
const D = 'content/documents/uppfoljning-2024.mdx';
const ORG = 'content/organisations/foreningen.yaml';

describe('checkContent', () => {
  it('finds nothing wrong in a valid corpus, unquoted dates and a checked per-year split included', () => {
    const report = checkContent(corpus());
    expect(report.problems).toEqual([]);
    expect(report.files).toBe(Object.keys(CORPUS).length);
    expect(formatReport(report)).toMatch(/inga fel/);
  });

  const cases: {
    mistake: string;
    changes: Record<string, ((text: string) => string) | string | null>;
    file: string;
    /** Text on the line the problem must point at (the first line of the file that has it). */
    line?: string;
    field: string;
    found: RegExp;
    expected: RegExp;
  }[] = [
    {
      mistake: 'a mistyped optional key',
      changes: {
        [P]: (t) =>
          t.replace(
            '    perYear: true\n    amount: 250000',
            '    perYear: true\n    indexedfrom: "2025-01-01"\n    amount: 250000',
          ),
      },
      file: P,
      line: 'indexedfrom:',
      field: 'funding[0].indexedfrom',
      found: /okända fältet "indexedfrom"/,
      expected: /menade du "indexedFrom"/,
    },
    {
      mistake: 'an unknown key with nothing near it',
      changes: { [ORG]: (t) => `${t}hemsida: https://exempel.se\n` },
      file: ORG,
      field: 'hemsida',
      found: /okända fältet "hemsida"/,
      expected: /bara fält som finns här: name, kind/,
    },
    {
      mistake: 'an unquoted impossible date (no roll-over to 1 March)',
      changes: { [P]: (t) => t.replace('to: "2025-12-31"\n    basis', 'to: 2025-02-30\n    basis') },
      file: P,
      field: 'periods[0].to',
      found: /"2025-02-30"/,
      expected: /verkligt datum skrivet ÅÅÅÅ-MM-DD/,
    },
    {
      mistake: 'a quoted impossible document date',
      changes: {
        [D]: (t) => t.replace('value: "2024-11"\n  precision: månad', 'value: "2024-02-30"\n  precision: dag'),
      },
      file: D,
      line: 'value: "2024-02-30"',
      field: 'date.value',
      found: /"2024-02-30"/,
      expected: /datum som finns i kalendern/,
    },
    {
      mistake: 'a null where text is required',
      changes: { [P]: (t) => t.replace('shortTitle: Gemenskap', 'shortTitle: null') },
      file: P,
      line: 'shortTitle: null',
      field: 'shortTitle',
      found: /tomt värde \(null\)/,
      expected: /en text, inte ett tomt värde/,
    },
    {
      mistake: 'a missing required field',
      changes: { [P]: (t) => t.replace('summary: Socialnämnden och Föreningen Gemenskap samverkar.\n', '') },
      file: P,
      field: 'summary',
      found: /saknas/,
      expected: /fältet saknas, lägg till det/,
    },
    {
      mistake: 'a key figure that is not in its passage',
      changes: { [D]: (t) => t.replace('value: 40\n', 'value: 1000000000000000\n') },
      file: D,
      line: 'value: 1000000000000000',
      field: 'keyFigures[0].value',
      found: /1 000 000 000 000 000/,
      expected: /Ett 40-tal besökare/,
    },
    {
      mistake: 'an amount that is not in its passage',
      changes: { [P]: (t) => t.replace('amount: 250000\n', 'amount: 25000\n') },
      file: P,
      field: 'funding[0].amount',
      found: /25 000/,
      expected: /250 000 kr per år/,
    },
    {
      mistake: 'a computed share whose arithmetic is wrong',
      changes: { [D]: (t) => t.replace('value: 25\n', 'value: 30\n') },
      file: D,
      field: 'keyFigures[1].value',
      found: /30/,
      expected: /25, andelen \(i procent\) 10 och 40/,
    },
    {
      mistake: 'a computation from a figure the passage does not write',
      changes: { [P]: (t) => t.replace('of: [250000, 2]', 'of: [250000, 2, 1]').replace('how: per år', 'how: summa') },
      file: P,
      field: 'funding[1].computed.of',
      found: /^1$/,
      expected: /står i det citerade stycket/,
    },
    {
      mistake: 'a notice period that differs from its passage',
      changes: { [P]: (t) => t.replace('months: 3', 'months: 6') },
      file: P,
      field: 'terms.notice.months',
      found: /^6$/,
      expected: /tre \(3\) månader/,
    },
    {
      mistake: 'a payment month the passage does not name',
      changes: { [P]: (t) => t.replace('month: 2', 'month: 1') },
      file: P,
      field: 'terms.payment.month',
      found: /^1$/,
      expected: /månad som det citerade stycket nämner/,
    },
    {
      mistake: 'an identity number with a space in a body',
      changes: { [D]: (t) => `${t}\nKontaktperson 811218 9876.\n` },
      file: D,
      line: 'Kontaktperson',
      field: 'body (brödtext)',
      found: /"811218 9876"/,
      expected: /personnummer/,
    },
    {
      mistake: 'a ten-digit identity number in a field',
      changes: {
        [D]: (t) => t.replace('summary: Uppföljning av det första året.', 'summary: Handläggare 8112189876.'),
      },
      file: D,
      line: 'summary: Handläggare',
      field: 'summary',
      found: /"8112189876"/,
      expected: /personnummer/,
    },
    {
      mistake: "a person's e-mail address",
      changes: { [D]: (t) => `${t}\nSkriv till anna.andersson@exempelby.se.\n` },
      file: D,
      field: 'body (brödtext)',
      found: /anna\.andersson@exempelby\.se/,
      expected: /ingen e-postadress utom en organisations egen/,
    },
    {
      mistake: "a person's mobile number",
      changes: {
        [P]: (t) => t.replace('role: Driver mötesplatsen.', 'role: Driver mötesplatsen, ring 070-123 45 67.'),
      },
      file: P,
      field: 'ideaParties[0].role',
      found: /070-123 45 67/,
      expected: /inget telefonnummer utom en organisations eget/,
    },
    {
      mistake: 'a board listed as an idea-based party',
      changes: { [P]: (t) => t.replace('  - organisation: foreningen', '  - organisation: socialnamnden') },
      file: P,
      field: 'ideaParties[0].organisation',
      found: /"socialnamnden" \(nämnd\)/,
      expected: /idéburen organisation som idéburen part/,
    },
    {
      mistake: 'an association as payer of municipal money',
      changes: { [P]: (t) => t.replace('payer: socialnamnden', 'payer: foreningen') },
      file: P,
      field: 'funding[0].payer',
      found: /"foreningen" \(idéburen organisation\)/,
      expected: /offentlig organisation/,
    },
    {
      mistake: 'a file name with spaces and å',
      changes: { 'content/organisations/Ny förening på gång.yaml': ORGS[ORG]! },
      file: 'content/organisations/Ny förening på gång.yaml',
      field: 'id (filnamn)',
      found: /"Ny förening på gång"/,
      expected: /små bokstäver a–z, siffror och bindestreck/,
    },
    {
      mistake: 'two file names that differ only in case',
      changes: { 'content/organisations/Foreningen.yaml': ORGS[ORG]! },
      file: ORG,
      field: 'id (filnamn)',
      found: /"foreningen"/,
      expected: /skiljer sig från content\/organisations\/Foreningen\.yaml även med små bokstäver/,
    },
    {
      mistake: 'a file with an ending the site does not read',
      changes: { 'content/organisations/ny.yml': ORGS[ORG]! },
      file: 'content/organisations/ny.yml',
      field: 'filändelse',
      found: /"\.yml"/,
      expected: /\.yaml/,
    },
    {
      mistake: 'a document without frontmatter',
      changes: { [D]: (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '') },
      file: D,
      field: '(frontmatter)',
      found: /ingen frontmatter/,
      expected: /börjar med en rad "---"/,
    },
    {
      mistake: 'a figure whose source has no section (the check finds sections)',
      changes: { [D]: (t) => t.replace('value: 40\n', 'value: 41\n').replace('      section: resultat\n', '') },
      file: D,
      field: 'keyFigures[0].value',
      found: /^41$/,
      expected: /Ett 40-tal besökare/,
    },
    {
      mistake: 'a key written twice',
      changes: { [ORG]: (t) => t.replace('kind: idéburen organisation', 'kind: idéburen organisation\nkind: nämnd') },
      file: ORG,
      line: 'kind: nämnd',
      field: '(YAML)',
      found: /.+/,
      expected: /varje fält bara en gång/,
    },
  ];

  it.each(cases)('reports $mistake with file, line, field, found and expected', (c) => {
    const root = corpus(c.changes);
    const { problems } = checkContent(root);
    const problem = problems.find((p) => p.file === c.file && p.field === c.field);
    expect(problem, formatReport({ problems, files: 0 })).toBeDefined();
    if (c.line !== undefined) expect(problem!.line).toBe(lineWith(join(root, c.file), c.line));
    expect(problem!.found).toMatch(c.found);
    expect(problem!.expected).toMatch(c.expected);
  });

  it('reports every mistake in every file in one run, and nothing twice', () => {
    const root = corpus({
      [P]: (t) =>
        t.replace(
          '    perYear: true\n    amount: 250000',
          '    perYear: true\n    indexedfrom: "2025-01-01"\n    amount: 250000',
        ),
      [D]: (t) => t.replace('value: 40\n', 'value: 1000000000000000\n').replace('value: "2024-11"', 'value: "2024-13"'),
      [ORG]: (t) => t.replace('kind: idéburen organisation', 'kind: förening'),
      'content/organisations/Ny förening.yaml': ORGS[ORG]!,
    });
    const { problems } = checkContent(root);
    const report = formatReport({ problems, files: 6 });
    const at = (file: string, text: string) => `${file}:${lineWith(join(root, file), text)}`;
    expect(report).toMatch(/^Innehållet har \d+ fel i 4 filer/);
    expect(report).toContain(`${at(P, 'indexedfrom:')} → funding[0].indexedfrom: fick det okända fältet`);
    expect(report).toContain(`${at(D, 'value: "2024-13"')} → date.value: fick "2024-13"`);
    expect(report).toContain(`${at(D, 'value: 1000000000000000')} → keyFigures[0].value: fick 1 000 000`);
    expect(report).toContain(
      `${at(ORG, 'kind: förening')} → kind: fick "förening"; förväntade en av: kommun, region, nämnd`,
    );
    expect(report).toContain('content/organisations/Ny förening.yaml → id (filnamn)');
    // A file that fails its schema still counts as existing: references to it are not reported too.
    expect(problems.filter((p) => p.field.endsWith('.organisation') || p.field.endsWith('.party'))).toEqual([]);
    const lines = problems.map((p) => `${p.file}|${p.field}|${p.found}|${p.expected}`);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('paths', () => {
  it('writes and reads field paths the same way', () => {
    expect(formatPath(['funding', 0, 'groups', 2, 'items'])).toBe('funding[0].groups[2].items');
    expect(parsePath('funding[0].groups[2].items')).toEqual(['funding', 0, 'groups', 2, 'items']);
    expect(parsePath('terms.notice.months')).toEqual(['terms', 'notice', 'months']);
  });
});

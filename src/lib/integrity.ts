import type { DocumentData } from '../schemas/document';
import { partiesOf } from './partnership-parts';
import type { FundingLine } from '../schemas/funding';
import type { OrganisationData } from '../schemas/organisation';
import type { PartnershipData } from '../schemas/partnership';
import { bodyAnchors, plainText } from './anchors';
import { findBodyHazards } from './body-safety';
import {
  allowedContacts,
  fileNameProblems,
  impossibleDateProblems,
  personalDataProblems,
  roleKindProblem,
  type RuleProblem,
} from './content-rules';
import { findFigureProblems } from './figures';
import { isSourceRef } from './sources';
import { bodySections, completeSourceRefs, sectionHolds, sectionsHolding } from './source-sections';
import { recentMemo } from './recent-memo';
import { agreementIsWhole, factStates } from './facts';
import { agreementYears, valueOfLine } from './funding';
import { municipalityOf } from './municipality';

/** The parts of a content-layer entry the checks need. */
export interface EntryLike<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}

export interface SiteContent {
  organisations: EntryLike<OrganisationData>[];
  partnerships: EntryLike<PartnershipData>[];
  documents: EntryLike<DocumentData>[];
}

/** Where a file's body starts (1-based line), so body findings can name the file's own line. */
export type BodyLineOf = (entry: EntryLike<unknown>, file: string) => number;

export interface IntegrityError {
  file: string;
  field: string;
  expected: string;
  /** What the content has, as written, when the rule can say it. */
  found?: string | undefined;
  /** What the editor should do, when it is not plain from `expected`. */
  action?: string | undefined;
  /** Line in the file, when known. */
  line?: number | undefined;
}

/** One problem on one line: file (and line), field, what was found, what was expected, what to do. */
export function formatProblem(e: IntegrityError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const found = e.found === undefined ? '' : `fick ${e.found}; `;
  const action = e.action ? ` – ${e.action}` : '';
  return `${where} → ${e.field}: ${found}förväntade ${e.expected}${action}`;
}

export class ContentIntegrityError extends Error {
  readonly problems: IntegrityError[];
  constructor(problems: IntegrityError[]) {
    super(`Innehållet har ${problems.length} fel:\n` + problems.map((e) => `  ${formatProblem(e)}`).join('\n'));
    this.problems = problems;
    this.name = 'ContentIntegrityError';
  }
}

/**
 * Entries that failed their schema (the checker reports those problems): their ids and bodies still count, so
 * that references and quotes pointing at them are not reported a second time.
 */
export interface UnparsedEntries {
  organisations?: string[];
  partnerships?: string[];
  documents?: string[];
  bodies?: Map<string, string>;
}

type Ref = { id: string; collection: string };

/** Walks a value, calling `visit` for every object with its dotted path. */
function walk(value: unknown, path: string, visit: (node: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit);
  }
}

function isRef(node: Record<string, unknown>): node is Ref {
  return typeof node.id === 'string' && typeof node.collection === 'string' && Object.keys(node).length === 2;
}

const fileOf = (entry: EntryLike<unknown>, collection: string) => entry.filePath ?? `content/${collection}/${entry.id}`;

const formatKr = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)} kr`;

function checkFundingSums(line: FundingLine, field: string, report: (field: string, expected: string) => void) {
  if (!line.groups) {
    if (line.declaredDifference)
      report(`${field}.declaredDifference`, 'ingen deklarerad differens när raden saknar delposter');
    return;
  }
  line.groups.forEach((group, g) => {
    const sum = group.items.reduce((total, item) => total + item.amount, 0);
    if (sum !== group.statedSubtotal)
      report(
        `${field}.groups[${g}].statedSubtotal`,
        `${formatKr(sum)} (summan av delposterna), men angivet är ${formatKr(group.statedSubtotal)}`,
      );
  });
  const sum = line.groups.reduce((total, group) => total + group.statedSubtotal, 0);
  const difference = line.amount - sum;
  const declared = line.declaredDifference?.amount ?? 0;
  if (difference !== declared)
    report(
      `${field}.declaredDifference`,
      difference === 0
        ? `ingen differens (summan ${formatKr(sum)} är lika med beloppet), men ${formatKr(declared)} är deklarerat`
        : `declaredDifference.amount: ${difference} – beloppet ${formatKr(line.amount)} skiljer sig från summan av ` +
            `delposterna ${formatKr(sum)}; deklarera differensen med en förklaring eller rätta siffrorna`,
    );
}

/** Lines that a stated total covers: same kind (or all), and covering its period. */
function linesCovering(lines: FundingLine[], scope: string, from: string, to: string): FundingLine[] {
  return lines.filter((line) => (scope === 'alla' || line.kind === scope) && line.from <= from && line.to >= to);
}

/**
 * Cross-document rules zod cannot express. Returns every violation, each with
 * the file, the field and what was expected. Completes shorthand sources in place first
 * (`completeSourceRefs`: a missing `doc` is the entry's own document, a missing `section` is found).
 */
export function findIntegrityErrors(
  content: SiteContent,
  unparsed: UnparsedEntries = {},
  bodyLineOf: BodyLineOf = () => 1,
): IntegrityError[] {
  const errors: IntegrityError[] = [...completeSourceRefs(content)];
  const ids = {
    organisations: new Set([...content.organisations.map((e) => e.id), ...(unparsed.organisations ?? [])]),
    partnerships: new Set([...content.partnerships.map((e) => e.id), ...(unparsed.partnerships ?? [])]),
    documents: new Set([...content.documents.map((e) => e.id), ...(unparsed.documents ?? [])]),
  };

  // Source documents: follow-ups and proposals, and each partnership's agreement (its body) when it is among them.
  const sourceBodies = new Map<string, string>();
  const withAgreement = content.partnerships.filter((p) => p.data.agreement !== null);
  for (const entry of [...withAgreement, ...content.documents]) {
    if (sourceBodies.has(entry.id)) {
      const other = [...content.partnerships, ...content.documents].find((e) => e.id === entry.id && e !== entry);
      errors.push({
        file: fileOf(entry, 'documents'),
        field: 'id (filnamn)',
        expected:
          `ett unikt id; "${entry.id}" används redan av ${other?.filePath ?? 'ett annat dokument'} (partnerskap ` +
          `och dokument delar adresser under /dokument/)`,
      });
    }
    sourceBodies.set(entry.id, entry.body ?? '');
  }
  for (const [id, body] of unparsed.bodies ?? []) if (!sourceBodies.has(id)) sourceBodies.set(id, body);
  // A body's anchors, sections and flattened text are made when a quote first points into it, and kept for the
  // bodies asked for lately (src/lib/recent-memo.ts): the quotes that point into one body are checked close together.
  const bodyOf = (doc: string) => sourceBodies.get(doc) ?? '';
  const anchors = recentMemo((doc: string) => bodyAnchors(bodyOf(doc)));
  const sections = recentMemo((doc: string) => bodySections(bodyOf(doc)));
  const plainBody = recentMemo((doc: string) => plainText(bodyOf(doc)));
  const goalsOf = new Map(content.partnerships.map((p) => [p.id, new Set((p.data.goals ?? []).map((g) => g.id))]));
  const contacts = allowedContacts(content.organisations);
  const kindOf = new Map(content.organisations.map((o) => [o.id, o.data.kind as string]));

  const checkEntry = (entry: EntryLike<unknown>, collection: keyof typeof ids, partnershipId?: string) => {
    const file = fileOf(entry, collection);
    const report = (field: string, expected: string) => errors.push({ file, field, expected });

    walk(entry.data, '', (node, path) => {
      if (isRef(node) && node.collection in ids && !ids[node.collection as keyof typeof ids].has(node.id))
        report(
          path,
          `en befintlig post i ${node.collection}; "${node.id}" finns inte (finns: ` +
            `${[...ids[node.collection as keyof typeof ids]].join(', ')})`,
        );
      if (isSourceRef(node)) {
        // Shorthand sources were completed above; what could not be is reported there.
        if (!node.doc) return;
        if (!sourceBodies.has(node.doc)) report(`${path}.doc`, `id för ett källdokument; "${node.doc}" finns inte`);
        else {
          if (node.section && !anchors(node.doc).has(node.section))
            report(
              `${path}.section`,
              `ett avsnitt i "${node.doc}"; "${node.section}" finns inte (finns: ` +
                `${[...anchors(node.doc).keys()].join(', ')})`,
            );
          else if (node.section && sectionHolds(sections(node.doc), node.section, node.quote) === false) {
            const found = sectionsHolding(sections(node.doc), node.quote);
            if (found.length > 0)
              report(
                `${path}.section`,
                `avsnittet där citatet står (${found.join(', ')}); det står inte i "${node.section}"` +
                  ' (eller ta bort section så hittas det)',
              );
          }
          if (!plainBody(node.doc).includes(plainText(node.quote)))
            report(`${path}.quote`, `ett ordagrant citat ur "${node.doc}"; texten "${node.quote}" finns inte där`);
        }
      }
      for (const key of ['decidedBy', 'document'] as const)
        if (typeof node[key] === 'string' && !sourceBodies.has(node[key]))
          report(path ? `${path}.${key}` : key, `id för ett källdokument; "${node[key]}" finns inte`);
      if (
        typeof node.goal === 'string' &&
        partnershipId &&
        goalsOf.has(partnershipId) &&
        !goalsOf.get(partnershipId)?.has(node.goal)
      )
        report(
          `${path}.goal`,
          `ett mål i partnerskapet "${partnershipId}" (finns: ` +
            `${[...(goalsOf.get(partnershipId) ?? [])].join(', ')}); "${node.goal}" finns inte`,
        );
    });

    const add = (problem: RuleProblem) => errors.push({ file, ...problem });
    if (entry.filePath) fileNameProblems(entry.filePath.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')).forEach(add);
    impossibleDateProblems(entry.data).forEach(add);
    personalDataProblems(entry.data, entry.body, contacts).forEach(add);
    findFigureProblems(entry.data).forEach(add);
    // Bodies are text, not programs: no import/export, no {expressions}, no HTML but page markers, no unsafe links.
    const hazards = entry.body ? findBodyHazards(entry.body) : [];
    if (hazards.length > 0) {
      const first = bodyLineOf(entry, file);
      for (const hazard of hazards)
        errors.push({
          file,
          line: first + Math.max(hazard.line, 1) - 1,
          field: 'body (brödtext)',
          expected: hazard.problem,
        });
    }
  };

  const orgData = new Map(content.organisations.map((o) => [o.id, o.data]));
  for (const entry of content.organisations) checkEntry(entry, 'organisations');
  for (const entry of content.partnerships) {
    checkEntry(entry, 'partnerships', entry.id);
    const report = (field: string, expected: string) =>
      errors.push({ file: fileOf(entry, 'partnerships'), field, expected });
    const fit = (field: string, role: 'public' | 'idea' | 'payer', id: string) => {
      const problem = roleKindProblem(field, role, id, kindOf.get(id));
      if (problem) errors.push({ file: fileOf(entry, 'partnerships'), ...problem });
    };
    fit('publicParty.organisation', 'public', entry.data.publicParty.organisation.id);
    entry.data.ideaParties.forEach((party, i) => fit(`ideaParties[${i}].organisation`, 'idea', party.organisation.id));
    entry.data.funding.forEach((line, i) => {
      if (line.payer) fit(`funding[${i}].payer`, 'payer', line.payer.id);
    });
    const p = entry.data;
    const hasBody = (entry.body ?? '').trim().length > 0;
    if (p.agreement === null && hasBody)
      report(
        'agreement',
        'en beskrivning av överenskommelsens text (transcription, obtained) när brödtexten är överenskommelsen',
      );
    if (p.agreement !== null && !hasBody)
      report(
        'body (brödtext)',
        'överenskommelsens text under frontmattern, eller agreement: null om den inte finns bland källorna',
      );
    // "Stated absent from the agreement" needs the whole agreement text: otherwise the fact is unknown (left out).
    if (!agreementIsWhole(p))
      for (const { fact, state } of factStates(p))
        if (state === 'anges inte i överenskommelsen')
          report(
            fact,
            `att uppgiften utelämnas (okänd) – null eller en tom lista betyder "anges inte i överenskommelsen" ` +
              `och kräver att hela överenskommelsen finns bland källorna (agreement.transcription: hel)`,
          );
    p.periods.forEach((period, i) => {
      if (period.basis === 'avtal' && p.agreement === null)
        report(`periods[${i}].basis`, 'en annan grund än "avtal": överenskommelsen finns inte bland källorna');
    });
    if (p.agreement === null)
      for (const party of partiesOf(p))
        if (party.nameInAgreement !== undefined)
          report('nameInAgreement', 'inget namn i överenskommelsen när överenskommelsen inte finns bland källorna');
    // The municipality dimension: a kommun or region with its SCB code, and the public party belongs to it.
    const municipality = municipalityOf(orgData, p.municipality.id);
    if (!municipality || municipality.id !== p.municipality.id)
      report('municipality', `en kommun eller region med kod (code) från SCB; "${p.municipality.id}" är det inte`);
    else {
      const ofParty = municipalityOf(orgData, p.publicParty.organisation.id);
      if (ofParty?.id !== municipality.id)
        report(
          'publicParty.organisation',
          `en offentlig part som hör till ${municipality.name} (själv eller via partOf); ` +
            `"${p.publicParty.organisation.id}" gör det inte`,
        );
    }
    // Every funding line must land in at least one agreement year; otherwise its money would vanish.
    const years = agreementYears(p);
    p.funding.forEach((line, i) => {
      if (!years.some((year) => valueOfLine(line, year) !== undefined))
        report(
          `funding[${i}]`,
          `en period som täcker minst ett helt avtalsår (${years.map((y) => `${y.from}–${y.to}`).join(', ')}); ` +
            `${line.from}–${line.to} gör inte det`,
        );
    });
    entry.data.periods.forEach((period, i) => {
      if (period.from > period.to) report(`periods[${i}].to`, `ett slutdatum som inte ligger före ${period.from}`);
    });
    entry.data.funding.forEach((line, i) => checkFundingSums(line, `funding[${i}]`, report));
    entry.data.statedTotals.forEach((total, i) => {
      const sum = linesCovering(entry.data.funding, total.scope, total.from, total.to).reduce(
        (s, l) => s + l.amount,
        0,
      );
      const difference = total.amount - sum;
      if (difference !== (total.declaredDifference?.amount ?? 0))
        report(
          `statedTotals[${i}].amount`,
          `summan av raderna för ${total.from}–${total.to} (${formatKr(sum)}) eller en deklarerad differens; ` +
            `angivet är ${formatKr(total.amount)}`,
        );
    });
  }
  for (const entry of content.documents) checkEntry(entry, 'documents', entry.data.partnership.id);
  return errors;
}

/**
 * Throws one error listing every violation, so a build fails with all of them at once; `before` are problems found
 * by other rules, listed first.
 */
export function assertContentIntegrity(
  content: SiteContent,
  bodyLineOf?: BodyLineOf,
  before: IntegrityError[] = [],
): void {
  const errors = [...before, ...findIntegrityErrors(content, {}, bodyLineOf)];
  if (errors.length > 0) throw new ContentIntegrityError(errors);
}

// The content checker: reads the raw files of content/ itself (dates stay text), validates them with the
// build's strict schemas and runs every integrity rule, reporting every problem in every file at once.
// YAML is read by js-yaml, the parser Astro uses, with the core schema: no timestamps, so "2020-02-30" stays
// the text it is instead of rolling over to 1 March. Only files with problems are parsed a second time, by the
// `yaml` package, to find the line of each problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../schemas/collections';
import { describeValue } from '../schemas/strict';
import {
  allowedContacts,
  fileNameProblems,
  impossibleDateProblems,
  personalDataProblems,
  type RuleProblem,
} from './content-rules';
import { contentCheckedLine } from './content-checked';
import { listContent, type ListedFile } from './content-listing';
import { findFigureProblems } from './figures';
import { findIntegrityErrors, formatProblem, type EntryLike, type IntegrityError, type SiteContent } from './integrity';

export type ContentProblem = IntegrityError;

export interface ContentReport {
  problems: ContentProblem[];
  /** How many content files were read. */
  files: number;
}

type Path = (string | number)[];

interface SourceFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project, e.g. content/partnerships/x.mdx. */
  file: string;
  text: string;
  body: string;
  /** Lines before the YAML starts (the opening --- of frontmatter). */
  lineOffset: number;
  yaml?: { doc: Document; lines: LineCounter };
  data?: unknown;
}

/** `funding[0].party` for ['funding', 0, 'party']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** ['funding', 0, 'party'] for `funding[0].party`. */
export function parsePath(field: string): Path {
  const path: Path = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'varje fält bara en gång i samma grupp',
  BAD_INDENT: 'indrag med mellanslag som stämmer med raderna ovanför',
  TAB_AS_INDENT: 'indrag med mellanslag, inte tabb',
  BLOCK_AS_IMPLICIT_KEY: 'ett fält per rad, "nyckel: värde"',
  MULTILINE_IMPLICIT_KEY: 'ett fält per rad, "nyckel: värde"',
  MISSING_CHAR: 'ett avslutande citattecken eller en avslutande parentes',
  BAD_SCALAR_START: 'ett värde inom citattecken när det börjar med ett specialtecken',
  UNEXPECTED_TOKEN: 'giltig YAML ("nyckel: värde", listrader som börjar med "- ")',
};

/** Every syntax error in a file that js-yaml could not read, from the `yaml` package (which reports them all). */
function yamlProblems(source: SourceFile, thrown: unknown): ContentProblem[] {
  const { doc } = yamlOf(source);
  if (doc.errors.length > 0)
    return doc.errors.map((error) => ({
      file: source.file,
      line: (error.linePos?.[0]?.line ?? 0) + source.lineOffset || undefined,
      field: '(YAML)',
      found: error.message.split('\n')[0] ?? error.code,
      expected: YAML_ERRORS[error.code] ?? 'giltig YAML',
    }));
  const error = thrown as { reason?: string; message?: string; mark?: { line?: number } };
  return [
    {
      file: source.file,
      line: error.mark?.line === undefined ? undefined : error.mark.line + 1 + source.lineOffset,
      field: '(YAML)',
      found: error.reason ?? error.message ?? String(thrown),
      expected: /duplicated mapping key/.test(String(error.reason)) ? YAML_ERRORS.DUPLICATE_KEY! : 'giltig YAML',
    },
  ];
}

function readSource(root: string, { collection, id, file }: ListedFile): SourceFile {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.yaml')) return { collection, id, file, text, body: '', lineOffset: 0 };
  const match = FRONTMATTER.exec(text);
  if (!match) return { collection, id, file, text, body: text, lineOffset: 1 };
  return { collection, id, file, text: match[1] ?? '', body: text.slice(match[0].length), lineOffset: 1 };
}

/** The line of the YAML node at `path`, or of the nearest enclosing node the file has. */
function yamlOf(source: SourceFile): { doc: Document; lines: LineCounter } {
  if (!source.yaml) {
    const lines = new LineCounter();
    const doc = parseDocument(source.text, { schema: 'core', lineCounter: lines, uniqueKeys: true });
    source.yaml = { doc, lines };
  }
  return source.yaml;
}

function lineOf(source: SourceFile, path: Path, key?: string): number | undefined {
  if (source.data === undefined) return undefined;
  const { doc, lines } = yamlOf(source);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!node || typeof node !== 'object') continue;
    let range = (node as { range?: [number, number, number] }).range;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) range = keyRange;
    }
    if (range) return lines.linePos(range[0]).line + source.lineOffset;
  }
  return undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function schemaProblems(source: SourceFile, issues: z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const [key] = issue.keys;
      const one = issue.keys.length === 1 && key !== undefined;
      return {
        file: source.file,
        line: lineOf(source, path, one ? key : undefined),
        field: formatPath(one ? [...path, key] : path) || '(filen)',
        found: one ? `det okända fältet "${key}"` : `de okända fälten ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        expected: issue.message,
        action: 'rätta stavningen eller ta bort fältet (okända fält skulle annars tyst hoppas över)',
      };
    }
    const found = valueAt(source.data, path);
    return {
      file: source.file,
      line: lineOf(source, path),
      field: formatPath(path) || '(filen)',
      found: describeValue(found),
      expected: issue.message,
    };
  });
}

/** Lines of a problem found in the body or by value: the first line of the file that holds the found text. */
function lineOfText(raw: string, found: string | undefined): number | undefined {
  const text = found?.replace(/^"|"$/g, '');
  if (!text || text.length < 3) return undefined;
  const index = raw.indexOf(text);
  return index < 0 ? undefined : raw.slice(0, index).split('\n').length;
}

/**
 * Checks every content file under `root`/content: YAML syntax, the strict schemas, file names and id
 * collisions, and every integrity rule. Returns all problems at once, each with file, line where known,
 * field, what was found and what was expected.
 */
export function checkContent(root: string): ContentReport {
  const problems: ContentProblem[] = [];
  const sources: SourceFile[] = [];

  // File endings and ids that differ only in case (src/lib/content-listing.ts), then each file's own name.
  const listing = listContent(root);
  problems.push(...listing.problems);
  for (const listed of listing.files) {
    const source = readSource(root, listed);
    sources.push(source);
    for (const problem of fileNameProblems(source.id)) problems.push({ file: source.file, ...problem });
  }

  const parsed: SiteContent = { organisations: [], partnerships: [], documents: [] };
  const unparsed = { organisations: [] as string[], partnerships: [] as string[], documents: [] as string[] };
  const bodies = new Map<string, string>();
  for (const source of sources) {
    if (source.collection !== 'organisations' && source.lineOffset === 1 && source.text === source.body) {
      problems.push({
        file: source.file,
        line: 1,
        field: '(frontmatter)',
        found: 'ingen frontmatter',
        expected: 'att filen börjar med en rad "---", fälten, och en rad "---" före texten',
      });
      unparsed[source.collection].push(source.id);
      bodies.set(source.id, source.body);
      continue;
    }
    try {
      source.data = jsYaml.load(source.text, { schema: jsYaml.CORE_SCHEMA, filename: source.file }) ?? {};
    } catch (thrown) {
      problems.push(...yamlProblems(source, thrown));
      unparsed[source.collection].push(source.id);
      if (source.collection !== 'organisations') bodies.set(source.id, source.body);
      continue;
    }
    const result = collectionSchemas[source.collection].safeParse(source.data);
    if (!result.success) {
      problems.push(...schemaProblems(source, result.error.issues));
      unparsed[source.collection].push(source.id);
      if (source.collection !== 'organisations') bodies.set(source.id, source.body);
      continue;
    }
    const entry: EntryLike<unknown> = { id: source.id, filePath: source.file, data: result.data, body: source.body };
    (parsed[source.collection] as EntryLike<unknown>[]).push(entry);
  }

  const countBefore = problems.length;
  // Files that failed their schema still get the rules that need no typed data, so one run shows everything.
  const contacts = allowedContacts([
    ...parsed.organisations,
    ...sources
      .filter((s) => s.collection === 'organisations' && s.data !== undefined)
      .map((s) => ({ data: s.data as never })),
  ]);
  const parsedFiles = new Set(
    Object.values(parsed).flatMap((entries: EntryLike<unknown>[]) => entries.map((e) => e.filePath)),
  );
  for (const source of sources) {
    if (source.data === undefined || parsedFiles.has(source.file)) continue;
    const reported = new Set(problems.filter((p) => p.file === source.file).map((p) => p.field));
    const rules: RuleProblem[] = [
      ...impossibleDateProblems(source.data),
      ...personalDataProblems(source.data, source.body, contacts),
      ...findFigureProblems(source.data),
    ];
    for (const problem of rules)
      if (!reported.has(problem.field)) problems.push({ file: source.file, line: undefined, ...problem });
  }

  const byFile = new Map(sources.map((s) => [s.file, s]));
  const bodyStartLine = (file: string) => {
    const source = byFile.get(file);
    return source ? source.lineOffset + source.text.split('\n').length + 2 : 1;
  };
  const integrity = findIntegrityErrors(parsed, { ...unparsed, bodies }, (_entry, file) => bodyStartLine(file));
  for (const error of [...integrity, ...problems.splice(countBefore)]) {
    const source = byFile.get(error.file);
    if (source && error.line === undefined) {
      const inBody = error.field.startsWith('body');
      const raw = inBody ? source.body : source.text;
      const bodyStart = source.lineOffset + source.text.split('\n').length + 1;
      const textLine = lineOfText(raw, error.found);
      error.line = inBody
        ? textLine !== undefined
          ? textLine + bodyStart
          : undefined
        : error.field.startsWith('id (')
          ? undefined
          : (lineOf(source, parsePath(error.field)) ??
            (textLine === undefined ? undefined : textLine + source.lineOffset));
    }
    problems.push(error);
  }

  // The checker and the integrity rules both look at file names; each problem is listed once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = formatProblem(p);
    return !seen.has(key) && (seen.add(key), true);
  });
  unique.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: unique, files: sources.length };
}

/** The report as the terminal shows it: every problem on its own line, grouped under a count. */
export function formatReport(report: ContentReport): string {
  if (report.problems.length === 0) return contentCheckedLine(report.files);
  const files = new Set(report.problems.map((p) => p.file)).size;
  return [
    `Innehållet har ${report.problems.length} fel i ${files} ${files === 1 ? 'fil' : 'filer'} ` +
      `(${report.files} filer granskade):`,
    ...report.problems.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}

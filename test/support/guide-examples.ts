// The editor guide's examples as content files, so tests can check and build every one of them.
// A block whose first line is `# Fil: <path>` is a whole file; `# Exempel i <path>` is a change to that file,
// written as a copy of it under a new id (top-level keys merged, text appended); `# Fel i <path>: <text>` is a
// change that must fail the content check with a message containing <text>.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse, stringify } from 'yaml';

export const GUIDE = 'docs/redaktorsguide.md';

// Same split as the content layer's; kept here so browser-test config (no `astro:content` alias) can load it.
function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1] ?? ''), body: match[2] ?? '' } : { data: parse(text), body: '' };
}

export interface GuideBlock {
  kind: 'Fil' | 'Exempel' | 'Fel';
  path: string;
  /** For `Fel`: text the error must contain. */
  expected?: string;
  /** The block's text without its header line. */
  text: string;
}

/** Every fenced yaml or mdx block of the guide, with its header; a block without one is an error. */
export function guideBlocks(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const [, lang, code] of markdown.matchAll(/^```(yaml|mdx)\n([\s\S]*?)^```$/gm)) {
    const lines = (code ?? '').split('\n');
    const headerAt = lang === 'mdx' && lines[0] === '---' ? 1 : 0;
    const header = /^# (Fil|Exempel i|Fel i):? (\S+?)(?::\s*(.+))?$/.exec(lines[headerAt] ?? '');
    if (!header)
      throw new Error(
        `${GUIDE}: an example without "# Fil:", "# Exempel i" or "# Fel i": ${lines.slice(0, 3).join(' / ')}`,
      );
    lines.splice(headerAt, 1);
    const kind = header[1] === 'Fil' ? 'Fil' : header[1] === 'Exempel i' ? 'Exempel' : 'Fel';
    blocks.push({ kind, path: header[2] ?? '', ...(header[3] ? { expected: header[3] } : {}), text: lines.join('\n') });
  }
  return blocks;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Objects merged key by key; lists and values replaced. */
function merge(base: unknown, change: unknown): unknown {
  if (!isObject(base) || !isObject(change)) return change;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = merge(base[key], value);
  return out;
}

function fileText(path: string, data: unknown, body: string | undefined): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return extname(path) === '.yaml' ? yaml : `---\n${yaml}---\n${body ?? ''}`;
}

export interface GuideCorpus {
  /** Files to write into a copy of the project: the guide's whole files and one copy per example. */
  write: Record<string, string>;
  /** Each failing example as one more file, with the text its error must contain. */
  failing: { path: string; text: string; expected: string }[];
}

/** The guide's examples as files, on top of the project's content. */
export function guideCorpus(root: string): GuideCorpus {
  const blocks = guideBlocks(readFileSync(join(root, GUIDE), 'utf8'));
  const write: Record<string, string> = {};
  for (const block of blocks.filter((b) => b.kind === 'Fil')) write[block.path] = `${block.text.trimEnd()}\n`;
  const failing: GuideCorpus['failing'] = [];
  blocks
    .filter((b) => b.kind !== 'Fil')
    .forEach((block, i) => {
      const baseText = write[block.path] ?? readFileSync(join(root, block.path), 'utf8');
      const base =
        extname(block.path) === '.yaml' ? { data: parse(baseText), body: undefined } : splitFrontmatter(baseText);
      const change =
        extname(block.path) === '.yaml' || !block.text.startsWith('---')
          ? { data: parse(block.text), body: '' }
          : splitFrontmatter(block.text);
      const id = `${basename(block.path, extname(block.path))}-exempel-${i + 1}`;
      const path = join(dirname(block.path), `${id}${extname(block.path)}`);
      const body =
        base.body === undefined
          ? undefined
          : `${base.body.trimEnd()}\n${change.body ? `\n${change.body.trim()}\n` : ''}`;
      const text = fileText(path, merge(base.data, change.data), body);
      if (block.kind === 'Fel') failing.push({ path, text, expected: block.expected ?? '' });
      else write[path] = text;
    });
  return { write, failing };
}

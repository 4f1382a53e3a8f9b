// A content file from an OCR'd or plain-text source document:
//   npm run importera -- <fil.txt> [--id <id>] [--typ dokument|partnerskap] [--skriv-over] [--utan-ordlista]
// Headings become Markdown headings (their anchors are what sources cite), page numbers become page markers,
// words hyphenated at line ends are joined, words OCR stripped of å, ä and ö get them back where a Swedish word
// list (the dictionary-sv package) allows one reading, and every line to check is printed and listed in the file.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/lib/editor/import-text.ts';
import { createLexicon } from '../src/lib/editor/lexicon.ts';
import { template, toId } from '../src/lib/editor/templates.ts';
import { ensureJsonSchemas, writeNewFile } from './editor-files.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !['--id', '--typ'].includes(args[i - 1] ?? ''));
const kind = option('--typ') ?? 'dokument';
if (!file || !['dokument', 'partnerskap'].includes(kind)) {
  console.error(
    'Användning: npm run importera -- <fil.txt> [--id <id>] [--typ dokument|partnerskap] [--skriv-over]' +
      ' [--utan-ordlista]',
  );
  process.exit(1);
}

function swedishLexicon() {
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-sv')));
  return createLexicon(readFileSync(join(dir, 'index.dic'), 'utf8'), readFileSync(join(dir, 'index.aff'), 'utf8'));
}

const imported = importText(
  readFileSync(file, 'utf8'),
  args.includes('--utan-ordlista') ? {} : { lexicon: swedishLexicon() },
);
const id = option('--id') ?? toId(imported.title ?? basename(file).replace(/\.[^.]+$/, ''));
const options = {
  ...(imported.title ? { title: imported.title } : {}),
  sourceFile: basename(file),
  obtained: imported.looksScanned ? ('skannad' as const) : ('digital' as const),
  ...(imported.date ? { date: imported.date } : {}),
  ...(imported.dnr ? { dnr: imported.dnr } : {}),
  body: imported.body,
};
// Line numbers in the written file: the body starts after the frontmatter, whose length depends on the list itself.
const frontmatterLines = (checks: string[]) =>
  template(kind === 'partnerskap' ? 'partnerskap' : 'dokument', { ...options, checks, body: '' }).split('\n').length -
  1;
// One entry per line, every reason for it together.
const byLine = new Map<number, { text: string; reasons: string[] }>();
for (const u of imported.uncertain) {
  const entry = byLine.get(u.line) ?? { text: u.text, reasons: [] };
  entry.reasons.push(u.reason);
  byLine.set(u.line, entry);
}
const describe = (offset: number) =>
  [...byLine].map(([line, u]) => `rad ${line + offset}: ${u.reasons.join('; ')} – "${u.text.slice(0, 50)}…"`);
const offset = frontmatterLines(describe(0));
const checks = describe(offset);
const text = template(kind === 'partnerskap' ? 'partnerskap' : 'dokument', { ...options, checks });

try {
  const root = process.cwd();
  const path = writeNewFile(
    root,
    kind === 'partnerskap' ? 'partnerskap' : 'dokument',
    id,
    text,
    args.includes('--skriv-over'),
  );
  ensureJsonSchemas(root);
  console.log(`Skapade ${relative(root, path)} från ${file}.`);
  console.log(`Rubriker (${imported.headings.length}), med ankarna som källor använder i section:`);
  for (const h of imported.headings) console.log(`  ${'#'.repeat(h.level)} ${h.text}  →  ${h.id}`);
  console.log(`Sidbrytningar: ${imported.pages.length ? imported.pages.map((p) => `sida-${p}`).join(', ') : 'inga'}`);
  console.log(`Att kontrollera mot originalet (${checks.length} rader, listade också överst i filen):`);
  for (const line of checks) console.log(`  ${line}`);
  console.log('Fyll sedan i fälten i filen och kör npm run dev eller npm run build.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

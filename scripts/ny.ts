// A new content file from a template: npm run ny -- partnerskap|organisation|dokument <id> [--typ förslag|beslut]
import { relative } from 'node:path';
import { allowedValues, template, type TemplateKind } from '../src/lib/editor/templates.ts';
import { ensureJsonSchemas, writeNewFile } from './editor-files.ts';

const kindList = allowedValues.documentKinds.join('|');
const USAGE = `Användning: npm run ny -- partnerskap|organisation|dokument <id> [--typ ${kindList}]
  id: filnamnet utan ändelse, med a–z, 0–9 och bindestreck (t.ex. "iogt-nto" eller "iop-motesplats-2024").`;

const args = process.argv.slice(2);
const [kind, id] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--typ');
const typ = args.includes('--typ') ? args[args.indexOf('--typ') + 1] : undefined;
const kinds: TemplateKind[] = ['partnerskap', 'organisation', 'dokument'];
if (
  !kind ||
  !id ||
  !kinds.includes(kind as TemplateKind) ||
  (args.includes('--typ') && !allowedValues.documentKinds.includes(typ as never))
) {
  console.error(USAGE);
  process.exit(1);
}
const root = process.cwd();
try {
  const path = writeNewFile(
    root,
    kind as TemplateKind,
    id,
    template(kind as TemplateKind, typ ? { kind: typ as 'förslag' } : {}),
  );
  const schemas = ensureJsonSchemas(root);
  console.log(`Skapade ${relative(root, path)}.`);
  console.log('Fyll i fälten; kommentarerna säger vad som krävs och vilka värden som är tillåtna.');
  console.log(
    schemas
      ? 'Redigerare med YAML-stöd kontrollerar filen mot .astro/collections/*.schema.json medan du skriver.'
      : 'JSON-scheman för redigeraren saknas: kör npm run dev eller npx astro sync så skapas de.',
  );
  console.log('Kontrollera sedan: npm run dev (förhandsvisning med felmeddelanden) eller npm run build.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

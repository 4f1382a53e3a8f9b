// Bodies are text, not programs: the checks that keep a transcription body free of code, script and unsafe links.
// A body is parsed twice with Sätteri, the Markdown/MDX parser Astro itself uses: as MDX (how .mdx files are compiled
// now: import/export, {expressions}, JSX) and as Markdown (how a Markdown pipeline would render it: raw HTML). What
// either parse finds that is not plain content is a hazard, reported with its line.
import { markdownToMdast, mdxToMdast } from 'satteri';

/** One thing in a body that is not allowed, with its line in the body (1 = the body's first line). */
export interface BodyHazard {
  line: number;
  problem: string;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * Raw HTML a body may contain: the page markers of scanned documents, `<span class="sidbrytning" id="sida-2">Sida 2
 * av 8</span>`, and nothing else. Element name → attribute name → the values it may take.
 */
const ALLOWED_ELEMENTS: Record<string, Record<string, RegExp>> = {
  span: { class: /^sidbrytning$/, id: /^sida-[0-9]{1,4}$/ },
};

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

const SAFE_ADDRESS = 'en adress som börjar med https:, http: eller mailto: eller en sökväg på webbplatsen';
const NO_HTML = 'ingen HTML utom sidmarkeringar (<span class="sidbrytning" id="sida-N">)';

/**
 * Why a link or image address is not allowed, or undefined when it is: absolute `https:`, `http:` and `mailto:`
 * addresses, paths on the site itself (`/…`, not `//…`) and fragments (`#…`).
 */
export function unsafeUrl(url: string): string | undefined {
  // Browsers drop tabs and line breaks anywhere in a URL and trim leading control characters and spaces.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (cleaned.includes('\\')) return 'en adress utan omvänt snedstreck (\\)';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme !== undefined)
    return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`)
      ? undefined
      : `${SAFE_ADDRESS}; "${scheme}:" är inte tillåtet`;
  if (cleaned.startsWith('//'))
    return 'en sökväg på webbplatsen (börjar med ett /), inte en adress till en annan värd (//…)';
  if (cleaned.startsWith('/') || cleaned.startsWith('#')) return undefined;
  return 'en fullständig adress (https:, http:, mailto:) eller en sökväg på webbplatsen som börjar med / eller #';
}

const describeElement = (node: Node) => `<${node.name ?? ''}>`;

/** Problems with one element written as HTML/JSX in a body. */
function elementProblems(node: Node): string[] {
  const allowed = node.name ? ALLOWED_ELEMENTS[node.name] : undefined;
  if (!allowed)
    return [
      `${NO_HTML}; ${describeElement(node)} är inte tillåtet ` + '(behövs något annat: lägg till en komponent för det)',
    ];
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`inga JavaScript-uttryck i attribut; ${describeElement(node)} har ett {…}-attribut`);
      continue;
    }
    const pattern = allowed[attribute.name];
    const where = `${attribute.name} på ${describeElement(node)}`;
    if (!pattern)
      problems.push(
        `bara attributen ${Object.keys(allowed).join(', ')} på ${describeElement(node)}; ` +
          `"${attribute.name}" är inte tillåtet`,
      );
    else if (typeof attribute.value !== 'string')
      problems.push(`ett attributvärde i citattecken; ${where} är ett JavaScript-uttryck eller saknar värde`);
    else if (!pattern.test(attribute.value))
      problems.push(`${where} som matchar ${pattern.source}; "${attribute.value}" är inte tillåtet`);
  }
  for (const child of node.children ?? [])
    if (child.type !== 'text') problems.push(`bara text inuti ${describeElement(node)}`);
  return problems;
}

/** Walks a parsed body (mdast, with or without MDX nodes) and reports everything that is not plain content. */
export function findTreeHazards(tree: unknown): BodyHazard[] {
  const hazards: BodyHazard[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    const report = (problem: string) => hazards.push({ line, problem });
    switch (node.type) {
      case 'mdxjsEsm':
        report('ingen import eller export i brödtexten (den är text, inte ett program)');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          `inga JavaScript-uttryck i brödtexten; {${(node.value ?? '').slice(0, 40)}} är inte tillåtet ` +
            '(skriv \\{ för en klammer)',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        elementProblems(node).forEach(report);
        break;
      case 'html':
        if (!isAllowedHtml(node.value ?? ''))
          report(`${NO_HTML}; "${(node.value ?? '').slice(0, 60)}" är inte tillåtet`);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const problem = unsafeUrl(node.url ?? '');
        if (problem) report(`${node.type === 'image' ? 'bild' : 'länk'} till ${problem}`);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Node);
  return hazards;
}

/** Raw HTML as the Markdown pipeline sees it: only the exact page-marker tags. */
function isAllowedHtml(html: string): boolean {
  return /^(<span class="sidbrytning" id="sida-[0-9]{1,4}">|<\/span>)$/.test(html.trim());
}

/** Everything in a body that is not allowed. A body that cannot be read as MDX is one hazard, at its line. */
export function findBodyHazards(body: string): BodyHazard[] {
  // Fast path: every hazard needs one of these characters. JSX, HTML and autolinks need "<", expressions "{", ESM an
  // import/export line, and a link or image either "](", or a reference ("][", "]") resolved by a definition ("]:").
  // Character references (&#60;) never become markup. Whole page markers are set aside first: alone, they are
  // allowed, and a hazard around one still has its own trigger. Most transcriptions then skip both parses.
  const residue = body.replace(/<span class="sidbrytning" id="sida-[0-9]{1,4}">[^<>{}[\]()\n]*<\/span>/g, '');
  if (!/[<{]|\]\(|\]:|^[ \t]*(?:import|export)\b/m.test(residue)) return [];
  let mdx: unknown;
  try {
    mdx = mdxToMdast(body, { features: { frontmatter: false } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+:\s*/.exec(message);
    const problem = `text som går att läsa som MDX; ${message.slice(at?.[0].length ?? 0)}`;
    return [{ line: at ? Number(at[1]) : 0, problem }];
  }
  // Raw HTML, which only a Markdown pipeline would pass through, needs a "<".
  const markdown = body.includes('<')
    ? findTreeHazards(markdownToMdast(body, { features: { frontmatter: false } }))
    : [];
  const seen = new Set<string>();
  return [...findTreeHazards(mdx), ...markdown]
    .filter((h) => !seen.has(`${h.line}\n${h.problem}`) && seen.add(`${h.line}\n${h.problem}`))
    .sort((a, b) => a.line - b.line);
}

/** The line of the file on which the body starts (1-based), given the whole file's text. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body ? fileText.lastIndexOf(body) : -1;
  if (at < 0) return 1;
  return fileText.slice(0, at).split('\n').length;
}

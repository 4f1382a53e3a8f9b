// Reading one content file: YAML data, or a YAML frontmatter block followed by a Markdown body.
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';

export interface ContentFile {
  data: Record<string, unknown>;
  /** The body after the frontmatter, trimmed (as @astrojs/mdx gave it); undefined for data files. */
  body?: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a `.mdx` file into its frontmatter's YAML text and its body (trimmed, as @astrojs/mdx gave it). */
export function splitFrontmatter(contents: string, filePath: string): { yamlText: string; body: string } {
  const text = contents.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match)
    throw new Error(
      `${filePath}: filen ska börja med ett frontmatter-block mellan två rader med tre bindestreck (---).`,
    );
  return { yamlText: match[1] ?? '', body: text.slice(match[0].length).trim() };
}

/**
 * Parses a content file. YAML is read with the core schema, so a date such as 2018-01-01 stays the text it is
 * (no Date objects, no time zones); the schemas decide what a value means. Errors name the file (Swedish).
 * js-yaml (the parser Astro's own loaders use) reads our frontmatter about twelve times faster than the `yaml`
 * package, which at thousands of documents was a quarter of the content sync.
 */
export function parseContentFile(contents: string, filePath: string, kind: 'frontmatter' | 'data'): ContentFile {
  const { yamlText, body } =
    kind === 'frontmatter' ? splitFrontmatter(contents, filePath) : { yamlText: contents, body: undefined };
  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA, filename: filePath });
  } catch (error) {
    const detail = error instanceof YAMLException ? error.message : String(error);
    throw new Error(`${filePath}: ${kind === 'data' ? 'filen' : 'frontmatter'} kunde inte läsas som YAML: ${detail}`, {
      cause: error,
    });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(
      `${filePath}: ${kind === 'data' ? 'filen' : 'frontmatter'} ska vara en samling fält (nyckel: värde), inte ` +
        `${Array.isArray(data) ? 'en lista' : 'ett enskilt värde'}.`,
    );
  return body === undefined
    ? { data: data as Record<string, unknown> }
    : { data: data as Record<string, unknown>, body };
}

// The site's Content-Security-Policy lives in one file, public/_headers (the HTTP headers that hosts such as Netlify
// and Cloudflare Pages read as they are). These pure functions read it: the layout writes the same policy into every
// page's <meta> (for hosts that cannot set headers), and the build checks every built page against it.

/** Directives a <meta> policy cannot carry (the CSP specification ignores them there): HTTP header only. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

/**
 * The headers a `_headers` file (Netlify / Cloudflare Pages format) sets for every path (`/*`), by name as written.
 * Lines starting with `#` are comments.
 */
export function headersForAllPaths(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\S/.test(line)) all = line.trim() === '/*';
    else if (all && line.includes(':'))
      headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return headers;
}

/** A policy as directive name → sources, in the order written. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The Content-Security-Policy of a `_headers` file's `/*` block; throws when there is none. */
export function headerPolicy(headersText: string): string {
  const policy = headersForAllPaths(headersText)['Content-Security-Policy'];
  if (!policy) throw new Error('public/_headers: raden "Content-Security-Policy: …" under "/*" saknas.');
  return policy;
}

/** The policy a page's <meta> carries: the header's policy without the directives only a header can carry. */
export function metaPolicyFor(policy: string): string {
  return [...parseCsp(policy)]
    .filter(([name]) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * How a page's <meta> policy differs from the header policy, in Swedish, or [] when it is the same policy (less
 * what only a header can carry). Both are enforced together, so any difference means one of them is wrong.
 */
export function policyDifferences(pagePolicy: string, policy: string): string[] {
  const page = parseCsp(pagePolicy);
  const header = parseCsp(metaPolicyFor(policy));
  const problems: string[] = [];
  for (const [name, sources] of page) {
    const expected = header.get(name);
    if (!expected) problems.push(`${name} finns i sidans policy men inte i _headers`);
    else if ([...sources].sort().join(' ') !== [...expected].sort().join(' '))
      problems.push(`${name}: sidan har "${sources.join(' ')}", _headers har "${expected.join(' ')}"`);
  }
  for (const name of header.keys()) if (!page.has(name)) problems.push(`${name} saknas i sidans policy`);
  return problems;
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return metaPolicies(html)[0];
}

/** Every <meta http-equiv="content-security-policy"> policy in a piece of HTML, in order. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((meta) =>
    meta[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/**
 * Inline code in a piece of HTML that the policy blocks (it allows no hashes and no 'unsafe-inline'): <style>
 * elements, style and on… attributes, and <script> elements without `src` that a browser would run (data blocks such
 * as application/json and application/ld+json are not run, and CSP does not apply to them).
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|style)\b[^>]*>/gi) ?? []) {
    if (/^<style/i.test(tag)) found.push(tag);
    else if (!/\ssrc=/i.test(tag)) {
      const type = /\stype="?([^"\s>]*)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
      if (['', 'module', 'text/javascript', 'application/javascript'].includes(type)) found.push(tag);
    }
  }
  for (const attribute of html.match(/<[a-z][^>]*\s(?:style|on[a-z]+)=/gi) ?? [])
    found.push(`${attribute.split(/\s/)[0]} …${attribute.slice(attribute.lastIndexOf(' ') + 1)}`);
  return found;
}

/** What is wrong with one page's <head>, against the header policy; [] when nothing is. */
export function headProblems(head: string, policy: string): string[] {
  const pagePolicies = metaPolicies(head);
  if (pagePolicies.length === 0) return ['ingen <meta http-equiv="content-security-policy">'];
  // The browser enforces every policy on the page, so each one must be the header's.
  const problems = [...new Set(pagePolicies.flatMap((page) => policyDifferences(page, policy)))];
  if (pagePolicies.length > 1) problems.push('mer än en <meta>-policy');
  for (const code of inlineCode(head)) problems.push(`inbäddad kod som policyn stoppar: ${code}`);
  return problems;
}

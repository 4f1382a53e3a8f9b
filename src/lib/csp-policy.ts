// The Content-Security-Policy of every page, shared by Astro's <meta> policy (astro.config.mjs) and the HTTP
// headers written for static hosts (public/_headers). No host but the site's own; scripts only from the site's
// files (and hashes Astro adds for its own inline code), never 'unsafe-inline' or 'unsafe-eval'.
// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no JavaScript eval.

/** Directives besides script-src and style-src (Astro writes those two with the hashes it knows). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/**
 * Only an HTTP header can carry these: a <meta> policy cannot forbid framing, and the other headers are not CSP.
 * Hosts that read `_headers` (Netlify, Cloudflare Pages) apply public/_headers; see the README for others.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Other security headers every response carries where the host can set headers. */
export const OTHER_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/**
 * One policy that allows what each of the given page policies allows (the union of every directive's sources), so a
 * single HTTP header can sit beside each page's own <meta> policy: the browser enforces both.
 */
export function mergeCspPolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies)
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file (Netlify / Cloudflare Pages format) for the whole site. */
export function headersFile(pagePolicies: readonly string[]): string {
  const policy = mergeCspPolicies([...pagePolicies, ...HEADER_ONLY_DIRECTIVES]);
  const headers = { 'Content-Security-Policy': policy, ...OTHER_HEADERS };
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

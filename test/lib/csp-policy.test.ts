import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headerPolicy,
  headersForAllPaths,
  headProblems,
  inlineCode,
  metaPolicy,
  metaPolicyFor,
  parseCsp,
  policyDifferences,
} from '../../src/lib/csp-policy';

const HEADERS = `# a comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'
  # an indented comment
  X-Content-Type-Options: nosniff
/admin/*
  X-Robots-Tag: noindex
`;
const POLICY = headerPolicy(HEADERS);
const META = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;">`;

describe('reading _headers', () => {
  it('takes the headers of the /* block only, skipping comments', () => {
    expect(headersForAllPaths(HEADERS)).toEqual({
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('refuses a file without a policy for every path', () => {
    expect(() => headerPolicy('/admin/*\n  Content-Security-Policy: default-src none\n')).toThrow(/saknas/);
  });

  it('leaves out of the <meta> policy what only a header can carry', () => {
    expect(metaPolicyFor(`${POLICY}; report-uri /csp; sandbox`)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
    );
  });
});

describe('policyDifferences', () => {
  it('finds none when the page carries the header policy (source order and spacing aside)', () => {
    expect(policyDifferences("script-src 'wasm-unsafe-eval' 'self';default-src 'self'", POLICY)).toEqual([]);
  });

  it('names a source, a directive the header lacks and a directive the page lacks', () => {
    expect(policyDifferences("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x'", POLICY)).toEqual([
      `script-src: sidan har "'self' 'wasm-unsafe-eval' 'sha256-x'", _headers har "'self' 'wasm-unsafe-eval'"`,
    ]);
    expect(policyDifferences(`${metaPolicyFor(POLICY)}; style-src 'self'`, POLICY)).toEqual([
      'style-src finns i sidans policy men inte i _headers',
    ]);
    expect(policyDifferences("default-src 'self'", POLICY)).toEqual(['script-src saknas i sidans policy']);
  });
});

describe('inlineCode', () => {
  it('finds what a policy without hashes or unsafe-inline blocks', () => {
    const html = `<style>p{}</style><script>alert(1)</script><script type="module">x()</script>
      <img src="a.png" onerror="x()"><p class="a" style="color:red">`;
    expect(inlineCode(html)).toEqual(['<style>', '<script>', '<script type="module">', '<img …onerror=', '<p …style=']);
  });

  it('passes scripts from files, data blocks and text that only mentions the words', () => {
    const html = `<script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script>
      <script type="application/ld+json">{}</script><link rel="stylesheet" href="/_astro/a.css">
      <p data-style="x">style="x" onclick=</p>`;
    expect(inlineCode(html)).toEqual([]);
  });
});

describe('headProblems', () => {
  it('accepts a head with the policy and files only', () => {
    expect(headProblems(`<head>${META}<link rel="stylesheet" href="/a.css">`, POLICY)).toEqual([]);
    expect(metaPolicy(META)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  });

  it('names a missing policy, a second policy and inline styles', () => {
    expect(headProblems('<head><title>x</title>', POLICY)).toEqual([
      'ingen <meta http-equiv="content-security-policy">',
    ]);
    expect(headProblems(`<head>${META}${META}<style>p{}</style>`, POLICY)).toEqual([
      'mer än en <meta>-policy',
      'inbäddad kod som policyn stoppar: <style>',
    ]);
  });

  it('checks every policy on the page, not only the first (the browser enforces them all)', () => {
    const hashed = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;
    expect(headProblems(`<head>${META}${hashed}`, POLICY)).toEqual([
      `script-src: sidan har "'self' 'sha256-abc='", _headers har "'self' 'wasm-unsafe-eval'"`,
      'default-src saknas i sidans policy',
      'mer än en <meta>-policy',
    ]);
  });
});

describe('public/_headers (the site policy)', () => {
  const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  const headers = headersForAllPaths(text);
  const policy = parseCsp(headerPolicy(text));

  it('lets scripts and styles come only from the site, with WebAssembly for Pagefind and no inline code', () => {
    expect(policy.get('script-src')?.sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('names no host but the site and forbids plugins, frames and framing', () => {
    for (const [name, sources] of policy)
      for (const source of sources) expect(["'self'", "'none'", "'wasm-unsafe-eval'"], name).toContain(source);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it('sends the other security headers', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toMatch(/^(same-origin|no-referrer|strict-origin-when-cross-origin)$/);
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });
});

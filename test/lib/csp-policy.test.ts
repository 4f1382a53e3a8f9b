import { describe, expect, it } from 'vitest';
import { headersFile, mergeCspPolicies, metaPolicy } from '../../src/lib/csp-policy';

describe('mergeCspPolicies', () => {
  it('keeps every directive and the union of its sources, each once', () => {
    const merged = mergeCspPolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x';",
      "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self' 'sha256-x'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-x'");
  });
});

describe('headersFile', () => {
  it('sets the merged policy with frame-ancestors and the other security headers for every path', () => {
    const text = headersFile(["default-src 'self'; script-src 'self' 'sha256-a'"]);
    expect(text.split('\n')[0]).toBe('/*');
    expect(text).toContain(
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'\n",
    );
    expect(text).toContain('  X-Content-Type-Options: nosniff\n');
    expect(text).toMatch(/ {2}Referrer-Policy: \S+/);
    expect(text).toMatch(/ {2}Permissions-Policy: .*camera=\(\)/);
  });
});

describe('metaPolicy', () => {
  it('reads the policy of a page, unescaping what Astro escaped', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

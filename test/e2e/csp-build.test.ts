// The build refuses pages that would break the site's Content-Security-Policy: the policy allows no hashes and no
// 'unsafe-inline', so a style sheet inlined into a page, or a second policy beside the one from public/_headers,
// fails the build (src/integrations/security-headers.ts), naming the page.
import { afterAll, describe, expect, it } from 'vitest';
import { build, projectCopy, removeProjectCopies } from '../support/project-build';

afterAll(removeProjectCopies);

describe('the build checks every page against public/_headers', () => {
  it('fails when Astro inlines style sheets and writes its own hashed policy, naming the problems and pages', async () => {
    const dir = projectCopy({
      edit: {
        'astro.config.mjs': (text) =>
          text
            .replace("inlineStylesheets: 'never'", "inlineStylesheets: 'always'")
            .replace(/\n}\);\s*$/, '\n  security: { csp: true },\n});\n'),
      },
    });
    const { failed, output } = await build(dir);
    expect(failed).toBe(true);
    expect(output).toContain('Sidornas Content-Security-Policy stämmer inte med public/_headers');
    // Every page is named with the count of pages that have the problem; the first three by name.
    expect(output).toMatch(/- inbäddad kod som policyn stoppar: <style> \(\d+ sidor: [^)]*index\.html/);
    expect(output).toMatch(/- default-src saknas i sidans policy \(\d+ sidor: [^)]*index\.html/);
    // (Astro's error log escapes the quotes.)
    expect(output).toMatch(
      /- script-src: sidan har \\?"'self' 'sha256-[^"]*", _headers har \\?"'self' 'wasm-unsafe-eval'/,
    );
  }, 300_000);
});

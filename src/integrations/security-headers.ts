// Checks after the build that every page carries the site's Content-Security-Policy exactly as public/_headers sets
// it (less frame-ancestors, which only a header can carry), and that no page's <head> holds inline code the policy
// would block (a <style> element or an inline script: the policy allows neither hashes nor 'unsafe-inline', so
// astro.config.mjs makes Astro emit every style sheet and script as a file). Any finding fails the build.
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headProblems } from '../lib/csp-policy';

/** The start of an HTML file up to `</head>`, without reading the whole page. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let text = '';
    for (let bytes = readSync(fd, chunk); bytes > 0 && text.length < 1024 * 1024; bytes = readSync(fd, chunk)) {
      text += chunk.toString('utf8', 0, bytes);
      if (text.includes('</head>')) break;
    }
    return text.slice(0, text.includes('</head>') ? text.indexOf('</head>') : undefined);
  } finally {
    closeSync(fd);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'oppna-partnerskap:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policy = headerPolicy(readFileSync(join(root, '_headers'), 'utf8'));
        const pages = htmlFiles(root);
        const problems = pages.flatMap((file) =>
          headProblems(readHead(file), policy).map((problem) => `${relative(root, file)}: ${problem}`),
        );
        if (problems.length > 0)
          throw new Error(
            `Content-Security-Policy: ${problems.length} fel mot public/_headers:\n${problems.slice(0, 20).join('\n')}`,
          );
        logger.info(`${pages.length} sidor har samma Content-Security-Policy som _headers, utan inbäddad kod`);
      },
    },
  };
}

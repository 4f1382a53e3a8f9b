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
        // One line per problem with the pages it was found on, most widespread first (a broken layout breaks every
        // page the same way).
        const problems = new Map<string, string[]>();
        for (const file of pages)
          for (const problem of headProblems(readHead(file), policy)) {
            if (!problems.has(problem)) problems.set(problem, []);
            problems.get(problem)?.push(relative(root, file));
          }
        if (problems.size > 0) {
          const lines = [...problems]
            .sort(([, a], [, b]) => b.length - a.length)
            .map(([problem, files]) => {
              const named = files.slice(0, 3).join(', ') + (files.length > 3 ? ' …' : '');
              return `- ${problem} (${files.length} ${files.length === 1 ? 'sida' : 'sidor'}: ${named})`;
            });
          if (lines.length > 15) lines.splice(15, lines.length, `- … och ${lines.length - 15} fel till`);
          throw new Error(`Sidornas Content-Security-Policy stämmer inte med public/_headers:\n${lines.join('\n')}`);
        }
        logger.info(`${pages.length} sidor har samma Content-Security-Policy som _headers, utan inbäddad kod`);
      },
    },
  };
}

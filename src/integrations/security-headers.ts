// Writes dist/_headers after the build: the pages' Content-Security-Policy (every page's <meta> policy merged, so the
// hashes Astro computed stay in step with the built files) plus frame-ancestors and the other security headers.
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicy } from '../lib/csp-policy';

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
    return text;
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
        const policies = new Set<string>();
        const missing: string[] = [];
        for (const file of htmlFiles(root)) {
          const policy = metaPolicy(readHead(file));
          if (policy) policies.add(policy);
          else missing.push(file);
        }
        if (missing.length > 0)
          throw new Error(`Sidor utan Content-Security-Policy: ${missing.slice(0, 10).join(', ')}`);
        writeFileSync(join(root, '_headers'), headersFile([...policies]));
        logger.info(`_headers skriven (${policies.size} olika sidpolicyer sammanslagna)`);
      },
    },
  };
}

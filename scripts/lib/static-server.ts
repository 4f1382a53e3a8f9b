// Serves dist/ on loopback for browser tests, as a static host would (directory index, 404 page).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForAllPaths } from '../../src/lib/csp-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The headers `_headers` (Netlify / Cloudflare Pages format) sets for every path (`/*`), as such a host would. */
async function siteHeaders(root: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  return Object.fromEntries(
    Object.entries(headersForAllPaths(text)).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

export async function serveStatic(
  root: string,
  port = 0,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const extra = await siteHeaders(root);
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== '/' && !pathname.endsWith('/') && !extname(pathname)) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = await resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(await readFile(join(root, '404.html')));
      return;
    }
    // Compress and cache as a static host would, so measurements match what readers get.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
    const body = await readFile(file);
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|xml|svg|wasm/.test(type))
      res
        .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': cache })
        .end(gzipSync(body));
    else res.writeHead(200, { 'content-type': type, 'cache-control': cache }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

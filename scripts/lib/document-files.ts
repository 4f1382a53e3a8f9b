import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_FOLDER } from '../../src/lib/search-bundles.ts';

/** The number of HTML files under a built site's documents folder (what the documents' search bundle indexes). */
export function documentHtmlFiles(site: string): number {
  const dir = join(site, DOCUMENTS_FOLDER);
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length
    : 0;
}

import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { documentUrl } from '../../lib/urls';
import { documentKindLabels } from '../../schemas/document';
import { dateWithCertainty } from '../../lib/citation';

/** RSS feed of the source documents, newest first. */
export async function GET(context: APIContext) {
  const data = await loadSiteData();
  return rss({
    title: 'Öppna partnerskap – nya dokument',
    description: 'Överenskommelser, uppföljningar, förslag och beslut om idéburna offentliga partnerskap.',
    site: context.site!,
    customData: '<language>sv-SE</language>',
    // The newest 50: a feed announces what is new, the archive is at /dokument/.
    // A document of unknown date carries no pubDate rather than an invented one.
    items: data.documentPages.slice(0, 50).map((page) => ({
      title: page.title,
      link: documentUrl(page.id),
      // An undated document is listed at the start of its month or year.
      ...(page.date
        ? {
            pubDate: new Date(
              `${page.date.length === 4 ? `${page.date}-01` : page.date}` +
                `${page.date.length <= 7 ? '-01' : ''}T00:00:00Z`,
            ),
          }
        : {}),
      // pubDate must be a day; the description keeps the date's doubt ("odaterad, troligen december 2018").
      description:
        page.kind === 'överenskommelse'
          ? `Överenskommelse: ${page.entry.data.summary}`
          : `${documentKindLabels[page.kind]} (${dateWithCertainty(page.entry.data.date)}): ${page.entry.data.summary}`,
      categories: [page.kind],
    })),
  });
}

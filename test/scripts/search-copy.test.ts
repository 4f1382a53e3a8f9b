import { describe, expect, it } from 'vitest';
import { elementEnd, searchCopy } from '../../scripts/lib/search-copy';

/** A built page, shaped as the layout writes them. */
const page = (main: string, outside = '') =>
  `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sidan – Öppna partnerskap</title>` +
  `<link rel="stylesheet" href="/a.css"></head><body><header data-pagefind-ignore><nav><a href="/">Start</a></nav>` +
  `</header>${outside}<main id="main-content" data-pagefind-body>${main}</main>` +
  `<footer data-pagefind-ignore><p>Sidfot</p></footer></body></html>`;

/** The `<main>` element of a copy. */
const mainOf = (copy: string | undefined) => /<main[^>]*>(.*)<\/main>/s.exec(copy ?? '')?.[1];

describe('searchCopy (what Pagefind reads of a page)', () => {
  it('keeps the language, the title and <main>, and leaves out everything else', () => {
    const copy = searchCopy(page('<h1>Rubrik</h1><p>Text.</p>'));
    expect(copy).toMatch(
      /^<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Sidan – Öppna partnerskap<\/title><\/head><body><main id="main-content" data-pagefind-body>/,
    );
    expect(mainOf(copy)).toBe('<h1>Rubrik</h1><p>Text.</p>');
    expect(copy).not.toMatch(/Start|Sidfot|a\.css/);
  });

  it('cuts ignored elements whole, nested elements of the same name included, and keeps the text after them', () => {
    const main =
      '<p>Före.</p><section class="table-scroll" data-pagefind-ignore><section><p>Inre</p></section>' +
      '<table><tr><td>1</td></tr></table></section><p>Efter <a class="source-link" data-pagefind-ignore href="/x">' +
      'källa<span>: X</span></a>.</p>';
    expect(mainOf(searchCopy(page(main)))).toBe('<p>Före.</p><p>Efter .</p>');
  });

  it('keeps ignored elements that hold filters or metadata, which Pagefind reads wherever they stand', () => {
    const hidden =
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="typ">avtal</span>' +
      '<span data-pagefind-meta="datum">2020</span></div>';
    expect(mainOf(searchCopy(page(`${hidden}<p>Text</p>`)))).toBe(`${hidden}<p>Text</p>`);
  });

  it('cuts an ignored void element as its tag alone', () => {
    expect(mainOf(searchCopy(page('<p>A<img src="/b.svg" alt="B" data-pagefind-ignore> C</p>')))).toBe('<p>A C</p>');
  });

  it('leaves the words "data-pagefind-ignore" in a text alone', () => {
    const main = '<p>Attributet data-pagefind-ignore döljer text.</p>';
    expect(mainOf(searchCopy(page(main)))).toBe(main);
  });

  it('gives no copy of a page Pagefind does not index (no data-pagefind-body)', () => {
    expect(searchCopy(page('<p>Text</p>').replace(' data-pagefind-body', ''))).toBeUndefined();
  });

  it('gives the page itself when Pagefind reads something outside <main>, or it has no <main>', () => {
    const filterOutside = page('<p>Text</p>', '<span data-pagefind-filter="typ">x</span>');
    expect(searchCopy(filterOutside)).toBe(filterOutside);
    const noMain = '<html lang="sv"><body><div data-pagefind-body><p>Text</p></div></body></html>';
    expect(searchCopy(noMain)).toBe(noMain);
  });
});

describe('elementEnd', () => {
  it('finds the end of the element that starts at an index, counting nested ones of its name', () => {
    const html = '<div a><div><div/></div><p>x</p></div><div>b</div>';
    expect(html.slice(0, elementEnd(html, 0))).toBe('<div a><div><div/></div><p>x</p></div>');
    expect(elementEnd('<div><p>open', 0)).toBe(-1);
    expect(elementEnd('<br><p>', 0)).toBe(4);
  });

  it('does not take a longer tag name for the element’s own', () => {
    const html = '<details><detailsx></detailsx><summary>S</summary></details>tail';
    expect(html.slice(0, elementEnd(html, 0))).toBe('<details><detailsx></detailsx><summary>S</summary></details>');
  });
});

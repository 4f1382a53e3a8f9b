// How close an imported transcription is to a finished one: word-level similarity and heading recall.

/** Folds the letters OCR most often gets wrong (å ä ö é) so letter errors and structure can be told apart. */
export const foldLetters = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/** The words of a Markdown body, lower-cased, without markup, editorial notes or punctuation. */
export function bodyWords(markdown: string, options: { fold?: boolean } = {}): string[] {
  const text = markdown
    .replace(/^_\[Redaktionell anmärkning:[^\n]*\]_$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*\|?\s*-{3,}.*$/gm, ' ')
    .toLowerCase();
  const words = text.match(/[\p{L}\p{N}]+(?:[-:.,/][\p{L}\p{N}]+)*/gu) ?? [];
  return options.fold ? words.map(foldLetters) : words;
}

/** Length of the longest common subsequence of two word lists (two rows of the table, O(n·m) time). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** 2·LCS / (|a| + |b|): 1 when the word sequences are equal, 0 when they share no word in order. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/** Share of the expected ids found among the actual ones (1 when nothing is expected). */
export function recall(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 1;
  const have = new Set(actual);
  return expected.filter((id) => have.has(id)).length / expected.length;
}

/** One piece of a search-result excerpt: plain text, and whether it is a hit (Pagefind's `<mark>`). */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpt as text pieces, so the page can build it with text nodes instead of `innerHTML`: only `<mark>`
 * and `</mark>` are read as markup, the five HTML escapes are decoded, and anything else stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let hit = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') hit = true;
    else if (piece === '</mark>') hit = false;
    else if (piece) {
      const text = piece.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
      parts.push({ text, hit });
    }
  }
  return parts;
}

// A Swedish word list read from a Hunspell dictionary (stems, suffix rules, two-part compounds), and the
// restoration of letters OCR reads without their diacritics ("manniskor" → "människor"). Pure: the caller
// hands in the dictionary's text (`npm run importera` reads the `dictionary-sv` package).

export interface Lexicon {
  /** True when the word (or its lower-case form) is Swedish by the dictionary. */
  has(word: string): boolean;
}

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

/** A lexicon from Hunspell `.dic` and `.aff` text (single-character flags, suffix rules only). */
export function createLexicon(dic: string, aff: string): Lexicon {
  const stems = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : (line.slice(slash + 1).split(/\s/)[0] ?? '');
    stems.set(word, (stems.get(word) ?? '') + flags);
  }
  const rules: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== 'SFX' || !flag || strip === undefined || add === undefined || condition === undefined) continue;
    rules.push({
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : (add.split('/')[0] ?? ''),
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
    });
  }
  // Rules by the ending they add, so a word is checked against the few rules its own endings allow.
  const byEnding = new Map<string, SuffixRule[]>();
  for (const rule of rules) byEnding.set(rule.add, [...(byEnding.get(rule.add) ?? []), rule]);
  const longestEnding = Math.max(0, ...rules.map((rule) => rule.add.length));
  const inflected = (word: string): boolean => {
    if (stems.has(word)) return true;
    for (let n = 0; n <= Math.min(longestEnding, word.length - 1); n++) {
      const base = word.slice(0, word.length - n);
      for (const rule of byEnding.get(word.slice(word.length - n)) ?? []) {
        const stem = base + rule.strip;
        const flags = stems.get(stem);
        if (flags?.includes(rule.flag) && rule.condition.test(stem)) return true;
      }
    }
    return false;
  };
  const memo = new Map<string, boolean>();
  const has = (word: string): boolean => {
    let known = memo.get(word);
    if (known !== undefined) return known;
    const lower = word.toLowerCase();
    known = inflected(word) || inflected(lower);
    // Two-part compounds ("samverkans" + "överenskommelse"): a stem of four letters or more, maybe with a linking s.
    for (let i = 4; !known && i <= lower.length - 3; i++) {
      const head = lower.slice(0, i);
      if ((stems.has(head) || (head.endsWith('s') && stems.has(head.slice(0, -1)))) && inflected(lower.slice(i)))
        known = true;
    }
    memo.set(word, known);
    return known;
  };
  return { has };
}

/** Letters OCR puts where Swedish has å, ä or ö (and a few it misreads outright). */
const CONFUSIONS: Record<string, string[]> = {
  a: ['ä', 'å'],
  o: ['ö'],
  A: ['Ä', 'Å'],
  O: ['Ö'],
  é: ['ä', 'ö', 'å', 'e'],
  d: ['ä', 'å', 'ö'],
  i: ['ä'],
  e: ['ä'],
  '6': ['ö'],
  '0': ['ö'],
  '4': ['å', 'ä'],
  '&': ['ä'],
  G: ['Ö'],
};

/**
 * Some of Swedish's commonest words lose their ring or dots to OCR and become rare words ("for" the verb for
 * "för") or none at all; these readings are taken without a lexicon.
 */
const COMMON_WORDS: Record<string, string> = {
  for: 'för',
  nar: 'när',
  dar: 'där',
  fran: 'från',
  tva: 'två',
  pa: 'på',
  ocksa: 'också',
  aven: 'även',
  annu: 'ännu',
  sasom: 'såsom',
};

/** Letters changed; "é" read as a plain "e" counts double, since OCR's "é" is mostly a misread ä, å or ö. */
const changes = (a: string, b: string) => {
  let count = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) count += a[i] === 'é' && b[i] === 'e' ? 2 : 1;
  return count;
};

/**
 * The one Swedish word an OCR'd word most likely was, when it is not a word itself: at most three letters
 * swapped for the letters OCR confuses, fewest swaps first. Undefined when no swap, or more than one, gives a word.
 */
export function restoreWord(word: string, lexicon: Lexicon): string | undefined {
  const common = COMMON_WORDS[word.toLowerCase()];
  if (common) return word[0] === word[0]?.toUpperCase() ? common[0]!.toUpperCase() + common.slice(1) : common;
  if (!/\p{L}/u.test(word) || lexicon.has(word)) return undefined;
  const letters = [...word];
  const positions = letters.flatMap((letter, i) => (CONFUSIONS[letter] ? [i] : []));
  if (positions.length > 10 || letters.length > 40) return undefined;
  const found = new Set<string>();
  const tryFrom = (start: number, current: string[], swaps: number): void => {
    if (swaps > 0 && lexicon.has(current.join(''))) found.add(current.join(''));
    if (swaps === 3) return;
    for (let k = start; k < positions.length; k++) {
      const at = positions[k] ?? 0;
      for (const replacement of CONFUSIONS[letters[at] ?? ''] ?? []) {
        const next = [...current];
        next[at] = replacement;
        tryFrom(k + 1, next, swaps + 1);
      }
    }
  };
  tryFrom(0, letters, 0);
  // OCR also splits ä and ö into two marks: "méanniskor", "médnniskor", "Sionfoérsamlingen".
  const joined = word.replace(/é[adi]/g, 'ä').replace(/oé/g, 'ö');
  if (joined !== word && lexicon.has(joined)) found.add(joined);
  const ranked = [...found].sort((a, b) => changes(word, a) - changes(word, b));
  const best = ranked.filter((candidate) => changes(word, candidate) === changes(word, ranked[0] ?? ''));
  return best.length === 1 ? best[0] : undefined;
}

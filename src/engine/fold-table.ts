// One lookup per UTF-16 unit: a 64K table folds case, diacritics, ligatures and
// look-alike letters to one lowercase code, or marks the unit as a separator,
// an ignorable (stays inside the word), or one of the few characters whose
// meaning depends on what follows (dots, hyphens, brackets).

export const SEP = 0;
export const IGNORE = 1;
export const EXPAND = 2;
export const DOT = 3;
export const HYPHEN = 4;
export const BRACKET = 5;
/** Codes at or above this value are folded word characters. */
export const WORD_MIN = 0x20;

const IGNORABLES: readonly number[] = [
  0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x034f, 0x180e,
  // apostrophes and their stand-ins: "workers’", "author's", "ma`s" fold to one word
  0x27, 0x2019, 0x2018, 0x02bc, 0x02bb, 0x60, 0xb4, 0x2032,
  // superscript digits are footnote markers glued to words: "masses¹²"
  0xb9, 0xb2, 0xb3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079,
];

// Cyrillic and Greek letters that look like Latin ones (Unicode TR39 confusables, the common subset).
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
};

// Letters that NFKD leaves whole but that readers (and other copies) spell with plain letters.
const EXPANSIONS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
};

const WORDISH = /^[\p{L}\p{N}]+$/u;

function foldOne(ch: string): string {
  const lower = ch.toLowerCase();
  if (lower.length === 1 && LOOKALIKES[lower]) return LOOKALIKES[lower];
  if (lower.length === 1 && EXPANSIONS[lower]) return EXPANSIONS[lower];
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A code unit's fold code; an EXPAND's letters go to `expand`. */
function classify(code: number, expand: Map<number, Uint16Array>): number {
  const ch = String.fromCharCode(code);
  const folded = foldOne(ch);
  if (folded.length === 0) return IGNORE;
  if (!WORDISH.test(folded)) return SEP;
  if (folded.length === 1) return Math.max(folded.charCodeAt(0), WORD_MIN);
  expand.set(
    code,
    Uint16Array.from(folded, (c) => c.charCodeAt(0)),
  );
  return EXPAND;
}

function build(): {
  fold: Uint16Array;
  upper: Uint8Array;
  expand: ReadonlyMap<number, Uint16Array>;
} {
  const fold = new Uint16Array(0x10000);
  const upper = new Uint8Array(0x10000);
  const expand = new Map<number, Uint16Array>();
  for (let c = 0; c < 0x3000; c++) {
    if (c >= 0xd800) break;
    fold[c] = classify(c, expand);
    const ch = String.fromCharCode(c);
    upper[c] = ch !== ch.toLowerCase() ? 1 : 0;
  }
  // CJK, Hangul and other scripts above U+3000: letters as themselves; surrogates too.
  for (let c = 0x3040; c < 0xfb00; c++) fold[c] = c;
  for (let c = 0xfb00; c < 0xfb07; c++) fold[c] = classify(c, expand); // ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
  for (let c = 0xff01; c < 0xff5f; c++) fold[c] = classify(c, expand); // full-width ASCII
  for (let c = 0xfe00; c < 0xfe10; c++) fold[c] = IGNORE; // variation selectors
  for (const c of IGNORABLES) fold[c] = IGNORE;
  for (let c = 0x0300; c < 0x0370; c++) fold[c] = IGNORE;
  fold[0x2e] = DOT; // '.'  ma.s.ses
  fold[0x2b] = DOT; // '+'  establis.h.i.+ng
  fold[0x2d] = HYPHEN;
  fold[0x2010] = HYPHEN;
  fold[0x2011] = HYPHEN;
  fold[0x5b] = BRACKET;
  return { fold, upper, expand };
}

const tables = build();
export const FOLD = tables.fold;
export const IS_UPPER = tables.upper;
/** Multi-letter expansions for EXPAND entries, by code unit. */
export const EXPAND_TO = tables.expand;

// The "typographic" category: what retyping, a different edition or a CMS does
// to a quote without changing its words: straight quotes, other dashes,
// re-flowed whitespace, case changes, invisible characters inside words, and
// British spellings (always, wherever a rule fits).

import { editWords, someOf } from './quote-text';
import type { Rng } from './rng';
import { britishSpelling, type SpellingChange } from './spelling';

type Transform = (s: string, rng: Rng) => string;

const straightQuotes: Transform = (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

const dashes: Transform = (s, rng) => s.replace(/—/g, () => rng.pick(['--', '–', ' - ', ' -- ']));

const whitespace: Transform = (s, rng) =>
  s.replace(/ /g, (sp) => (rng.chance(0.25) ? rng.pick(['\n', '\t', '\u00a0', '  ', ' \n']) : sp));

function titleCase(s: string, rng: Rng): string {
  return s.replace(/\p{L}+/gu, (w) => (rng.chance(0.5) ? w[0].toUpperCase() + w.slice(1) : w));
}

const caseChange: Transform = (s, rng) => {
  const mode = rng.int(0, 2);
  return mode === 0 ? s.toLowerCase() : mode === 1 ? s.toUpperCase() : titleCase(s, rng);
};

/** Soft hyphens (U+00AD) or zero-width spaces (U+200B) inside 1–3 long words. */
const invisibles: Transform = (s, rng) =>
  editWords(
    s,
    (ws) => someOf(ws, rng.int(1, 3), (m) => m[0].length >= 7, rng.next),
    (w) => {
      const at = rng.int(2, w.length - 3);
      return w.slice(0, at) + rng.pick(['\u00ad', '\u200b']) + w.slice(at);
    },
  );

const TRANSFORMS: Transform[] = [straightQuotes, dashes, whitespace, caseChange, invisibles];

/** At least two transforms that actually change the text, after the British spellings. */
export function typographic(text: string, rng: Rng, changes: SpellingChange[]): string {
  let s = britishSpelling(text, changes);
  let applied = 0;
  for (const t of rng.shuffle([...TRANSFORMS])) {
    const next = t(s, rng);
    if (next !== s) applied++;
    s = next;
    if (applied >= 2 && rng.chance(0.5)) break;
  }
  return s;
}

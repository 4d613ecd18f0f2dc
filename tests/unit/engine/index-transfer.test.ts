// The index crosses from background to content script as JSON; what arrives detects the same.

import { buildIndex, deserializeIndex, detect, serializeIndex } from '../../../src/engine';
import { bundledEntries } from '../../../src/data/fingerprints';
import { readPassages } from '../../../scripts/lib/reference';

const index = buildIndex(bundledEntries());

test('serialise → JSON → deserialise gives the same typed arrays and the same detections', () => {
  const back = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
  expect(back.keys).toEqual(index.keys);
  expect(back.postings).toEqual(index.postings);
  const page = readPassages()
    .map((p) => p.text)
    .join('\n\n');
  expect(detect(back, page)).toEqual(detect(index, page));
});

test('an inconsistent transfer is refused', () => {
  const t = serializeIndex(index);
  expect(() => deserializeIndex({ ...t, flags: 'AAAA' })).toThrow(/inconsistent/);
});

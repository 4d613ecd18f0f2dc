import { readFileSync } from 'node:fs';
import { linkOf, passageLayerIds, relationOf } from '../../../src/shared/relations';
import type { Dataset } from '../../../src/shared/dataset';

const data = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const paragraph = (id: string) => data.paragraphs.find((p) => p.id === id)!;

test.each([
  ['III.4', 'III-04', 'answers'],
  ['I.2', 'I-01', 'quoted'],
  ['IV.1', 'IV-01', 'subject'],
])('%s → %s is %s', (p, passage, relation) => {
  expect(relationOf(paragraph(p), passage)).toBe(relation);
  expect(linkOf(paragraph(p), passage)?.why.length).toBeGreaterThan(20);
});

test("a pack's paragraph (no relations) names subjects, with no editors' note", () => {
  const pack = { ...paragraph('III.4'), relations: undefined };
  expect(relationOf(pack, 'III-04')).toBe('subject');
  expect(linkOf(pack, 'III-04')).toBeNull();
});

test.each([
  // passage, layers it must carry, layers it must not
  ['III-04', ['answers', 'critique', 'theme:spontaneity'], []],
  ['IV-01', ['critique', 'theme:soviets-party'], ['answers']],
  ['I-01', ['critique', 'tribute', 'sources'], ['answers']],
  ['I-05', ['answers', 'critique', 'tribute'], []],
  ['VII-10', [], ['critique', 'answers', 'tribute']],
])('%s carries %j', (passage, present, absent) => {
  const ids = passageLayerIds(passage, data.paragraphs, data.quoteChecks);
  expect(ids).toEqual(expect.arrayContaining(present));
  for (const id of absent) expect(ids).not.toContain(id);
});

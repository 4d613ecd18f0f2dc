// One rule for the tags a reader types, in the page's note editor and in the library.
import { formatTags, parseTags } from '../../../src/shared/tags';

test.each([
  [' a, b ,, a,c d ', ['a', 'b', 'c d']],
  ['#dual-power #July', ['dual-power', 'July']],
  ['dual power, #July\nLenin', ['dual power', 'July', 'Lenin']],
  ['', []],
  [' , # \n', []],
])('parseTags(%j)', (input, tags) => {
  expect(parseTags(input)).toEqual(tags);
});

test('formatTags writes what parseTags reads back', () => {
  const tags = ['dual power', 'July', 'Lenin'];
  expect(parseTags(formatTags(tags))).toEqual(tags);
});

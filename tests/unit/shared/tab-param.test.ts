// The popup and the side panel read ?tab= by one rule.
import { tabParam } from '../../../src/shared/tab-param';

test.each([
  ['?tab=7', 7],
  ['?tab=0', 0],
  ['', null],
  ['?tab=', null],
  ['?tab=-1', null],
  ['?tab=1.5', null],
  ['?tab=1e3', null],
  ['?tab=%207', null],
  ['?tab=99999999999999999999', null],
  ['?other=1&tab=42', 42],
])('tabParam(%j)', (search, id) => {
  expect(tabParam(search)).toBe(id);
});

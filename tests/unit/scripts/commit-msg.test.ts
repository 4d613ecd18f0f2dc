// The commit subject rule the commit-msg hook applies (scripts/commit-msg.mjs).
import { checkMessage } from '../../../scripts/commit-msg.mjs';

test.each([
  ['engine: keep scratch buffers in a detector object', []],
  ["tests: find Firefox 153's CustomizableUI for the toolbar popup\n\nFirefox 153 moved it.", []],
  ["Merge branch 'wt-csp'", []],
  ['fixup! docs: say what the hook checks', []],
  ['docs: say what the hook checks\n# a comment git strips', []],
])('%j follows the rule', (message, problems) => {
  expect(checkMessage(message)).toEqual(problems);
});

test.each([
  ['Add a hook', /area: imperative summary/],
  ['overlay: calm the page', /"overlay" is not an area/],
  ['docs: Add the contributing guide', /lower case/],
  ['docs: added the contributing guide', /imperative/],
  ['docs: adding the contributing guide', /imperative/],
  ['docs: add the contributing guide.', /full stop/],
  [`engine: ${'a'.repeat(70)}`, /at most 72/],
  ['docs: add the guide\nno blank line', /blank line/],
])('%j is refused', (message, problem) => {
  expect(checkMessage(message).join('; ')).toMatch(problem);
});

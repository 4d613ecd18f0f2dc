// The page watcher calls for a new scan when the text may have changed, and not
// when only elements set aside from the reading come or go (the PDF viewer adds
// a paint layer to each page it first paints: a rescan per page would re-read a
// thousand-page book hundreds of times).

import { ASIDE_ATTRIBUTE } from '../../../src/dom/page-text';
import { watchPage } from '../../../src/content/watch';

beforeEach(() => {
  jest.useFakeTimers();
  document.body.innerHTML =
    '<main><span class="cp-page"><span class="cp-text-layer">The masses went out.</span></span></main>';
});
afterEach(() => jest.useRealTimers());

/** The calls for a scan after `change`, once the watcher's wait is over. */
async function scansAfter(change: (root: HTMLElement) => void): Promise<string[]> {
  const calls: string[] = [];
  const root = document.querySelector('main')!;
  const watch = watchPage(document, root, (why) => calls.push(why));
  change(root);
  await Promise.resolve(); // the observer's records arrive in a microtask
  jest.advanceTimersByTime(2500);
  watch.stop();
  return calls;
}

const aside = () => {
  const el = document.createElement('span');
  el.setAttribute(ASIDE_ATTRIBUTE, '');
  return el;
};

test.each([
  [
    'a text layer added',
    (root: HTMLElement) => root.firstElementChild!.append(document.createElement('span')),
    ['dom'],
  ],
  [
    'a word changed',
    (root: HTMLElement) =>
      (root.querySelector('.cp-text-layer')!.firstChild!.textContent = 'The soldiers went out.'),
    ['dom'],
  ],
  [
    'a set-aside element added',
    (root: HTMLElement) => root.firstElementChild!.prepend(aside()),
    [],
  ],
  [
    'a set-aside element added, then removed',
    (root: HTMLElement) => {
      const el = aside();
      root.firstElementChild!.prepend(el);
      el.remove();
    },
    [],
  ],
  [
    'a set-aside element and a text layer added',
    (root: HTMLElement) => root.firstElementChild!.append(aside(), document.createElement('span')),
    ['dom'],
  ],
])('%s: scans %j', async (_name, change, expected) => {
  expect(await scansAfter(change)).toEqual(expected);
});

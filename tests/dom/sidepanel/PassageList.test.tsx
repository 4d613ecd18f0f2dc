// The list of the page's passages: order, labels, chapters, chips, verbatim
// excerpts with "more", choosing by click and by keyboard.

import { fireEvent, render, screen, within } from '@testing-library/preact';
import { panelEntries, PassageList } from '../../../src/ui/sidepanel';
import { catalog, CH26_PASSAGES, CH26_REPORT, critiquesFor, t } from './fixtures';

const ENTRIES = panelEntries(CH26_REPORT, critiquesFor(CH26_PASSAGES), catalog, t);

function renderList() {
  const onOpen = jest.fn();
  const onReadChapter = jest.fn();
  const { container } = render(
    <PassageList
      entries={ENTRIES}
      theme="light"
      t={t}
      onOpen={onOpen}
      onReadChapter={onReadChapter}
    />,
  );
  const buttons = Array.from(container.querySelectorAll<HTMLButtonElement>('.sp-entry-button'));
  return { onOpen, onReadChapter, container, buttons };
}

test('a labelled ordered list with one item per detection, in reading order', () => {
  const { container } = renderList();
  const list = screen.getByRole('list', { name: t('panelListLabel') });
  expect(list.tagName).toBe('OL');
  const items = Array.from(container.querySelectorAll<HTMLElement>('.sp-entry'));
  expect(items.map((li) => li.dataset.passage)).toEqual(['', ...CH26_PASSAGES]);
  expect(items.map((li) => li.querySelector('.sp-entry-label')!.textContent)).toEqual(
    ENTRIES.map((e) => e.label),
  );
  expect(items.map((li) => li.querySelector('.sp-num')!.textContent)).toEqual([
    '¶',
    '1',
    '2',
    '3',
    '4',
  ]);
});

test.each(ENTRIES.filter((e) => e.passageId !== null).map((e) => [e.passageId, e]))(
  '%s: chapter, layer chips in colour, excerpt verbatim',
  (_id, entry) => {
    const { container } = renderList();
    const item = container.querySelector<HTMLElement>(`[data-entry="${entry.index}"]`)!;
    const button = within(item).getByRole('button', {
      name: new RegExp(`^${entry.label.replace(/[?.()]/g, '\\$&')}`),
    });
    expect(button.getAttribute('aria-describedby')).toBe(`sp-entry-${entry.index}-chapter`);
    expect(item.querySelector('.sp-entry-chapter')!.textContent).toBe(entry.chapterLine);
    const chips = within(item).getByRole('list', { name: t('panelLayersLabel') });
    expect(
      Array.from(chips.querySelectorAll<HTMLElement>('[data-layer]')).map((c) => [
        c.dataset.layer,
        c.style.getPropertyValue('--cp-layer'),
      ]),
    ).toEqual(entry.layers.map((l) => [l.id, l.color.light]));
    const text = item.querySelector('.sp-excerpt-text')!.textContent!;
    expect(entry.excerpt!.text.startsWith(text.replace(/…$/, ''))).toBe(true);
  },
);

test('"more" shows the whole paragraph and "less" the start again', () => {
  const { container } = renderList();
  const entry = ENTRIES[1];
  const item = container.querySelector<HTMLElement>(`[data-entry="${entry.index}"]`)!;
  const more = within(item).getByRole('button', { name: t('panelMore') });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  expect(more.getAttribute('aria-controls')).toBe(item.querySelector('.sp-excerpt-text')!.id);
  fireEvent.click(more);
  expect(item.querySelector('.sp-excerpt-text')!.textContent).toBe(entry.excerpt!.text);
  const less = within(item).getByRole('button', { name: t('panelLess') });
  expect(less.getAttribute('aria-expanded')).toBe('true');
  fireEvent.click(less);
  expect(item.querySelector('.sp-excerpt-text')!.textContent).not.toBe(entry.excerpt!.text);
});

test.each([1, 2, 3, 4])('choosing entry %i opens detection %i', (i) => {
  const { buttons, onOpen, onReadChapter } = renderList();
  fireEvent.click(buttons[i]);
  expect(onOpen).toHaveBeenCalledWith(i);
  expect(onReadChapter).not.toHaveBeenCalled();
});

test('choosing the chapter opening reads the review on the chapter', () => {
  const { buttons, onOpen, onReadChapter } = renderList();
  fireEvent.click(buttons[0]);
  expect(onReadChapter).toHaveBeenCalledWith('ch26');
  expect(onOpen).not.toHaveBeenCalled();
});

test.each([
  // from, key, to
  [0, 'ArrowDown', 1],
  [3, 'ArrowDown', 4],
  [4, 'ArrowDown', 4],
  [2, 'ArrowUp', 1],
  [0, 'ArrowUp', 0],
  [3, 'Home', 0],
  [1, 'End', 4],
])('from entry %i, %s focuses entry %i', (from, key, to) => {
  const { buttons } = renderList();
  buttons[from].focus();
  fireEvent.keyDown(buttons[from], { key });
  expect(document.activeElement).toBe(buttons[to]);
});

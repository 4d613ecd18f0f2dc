// The section reader: a whole section verbatim and in order, with anchors,
// the passage's paragraphs marked, attribution and close.

import { fireEvent, render, screen } from '@testing-library/preact';
import { paragraphAnchor, SectionReader } from '../../../../src/ui/overlay';
import { data, t, wholeSection } from './fixtures';

const SECTION = wholeSection('VII');

function renderReader(highlightParagraphs?: string[]) {
  const onClose = jest.fn();
  const { container } = render(
    <SectionReader
      section={SECTION}
      review={data.review}
      theme="light"
      t={t}
      onClose={onClose}
      highlightParagraphs={highlightParagraphs}
    />,
  );
  return { onClose, container };
}

test('every paragraph of the section, verbatim and in review order, with its anchor', () => {
  const { container } = renderReader();
  const shown = Array.from(container.querySelectorAll<HTMLElement>('[data-paragraph]'));
  expect(SECTION.paragraphs.length).toBeGreaterThan(3);
  expect(shown.map((p) => p.id)).toEqual(SECTION.paragraphs.map((p) => paragraphAnchor(p.id)));
  expect(shown.map((p) => p.textContent)).toEqual(SECTION.paragraphs.map((p) => p.text));
});

test('a dialog named by the section heading', () => {
  renderReader();
  expect(
    screen.getByRole('dialog', { name: '§VII — The July Crisis and the Discipline of Revolution' }),
  ).toBeTruthy();
});

test.each([
  [[], []],
  [['VII.3'], ['VII.3']],
  [
    ['VII.2', 'VII.4', 'IV.1'],
    ['VII.2', 'VII.4'],
  ],
])('highlight %p marks %p', (highlight, expected) => {
  const { container } = renderReader(highlight);
  const marked = Array.from(container.querySelectorAll<HTMLElement>('.cp-marked')).map(
    (p) => p.dataset.paragraph,
  );
  expect(marked).toEqual(expected);
  for (const el of container.querySelectorAll('.cp-marked'))
    expect(el.textContent).toContain(t('overlayMarkedParagraph'));
});

test('attribution and close', () => {
  const { onClose } = renderReader();
  expect(screen.getByRole('link').getAttribute('href')).toBe(data.review.url);
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(onClose).toHaveBeenCalledTimes(1);
});

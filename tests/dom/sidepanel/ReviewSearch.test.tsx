// Search across the review: the field, the results verbatim with the words
// marked, and a status line for every state.

import { fireEvent, render, screen } from '@testing-library/preact';
import type { ReviewParagraph } from '../../../src/shared/dataset';
import { ReviewSearch, SEARCH_LIMIT, type ReviewSearchProps } from '../../../src/ui/sidepanel';
import { catalog, CH26_REPORT, data, t } from './fixtures';

const VANGUARD = data.paragraphs.filter((p) => /vanguard/i.test(p.text));

function renderSearch(overrides: Partial<ReviewSearchProps> = {}) {
  const props: ReviewSearchProps = {
    query: 'vanguard',
    results: VANGUARD,
    busy: false,
    error: null,
    catalog,
    report: CH26_REPORT,
    theme: 'dark',
    t,
    onQuery: jest.fn(),
    onSearch: jest.fn(),
    onOpen: jest.fn(),
    ...overrides,
  };
  const { container } = render(<ReviewSearch {...props} />);
  return { props, container };
}

test('results verbatim, in the order given, the word marked in each', () => {
  expect(VANGUARD.length).toBeGreaterThan(1);
  const { container } = renderSearch();
  const results = screen.getByRole('list', { name: t('panelSearchResults') });
  const paras = Array.from(results.querySelectorAll<HTMLElement>('.sp-para'));
  expect(
    paras.map((p) => [p.dataset.paragraph, p.querySelector('.sp-para-text')!.textContent]),
  ).toEqual(VANGUARD.map((p) => [p.id, p.text]));
  for (const p of paras)
    expect(
      Array.from(p.querySelectorAll('mark')).every(
        (m) => m.textContent!.toLowerCase() === 'vanguard',
      ),
    ).toBe(true);
  expect(container.querySelectorAll('mark').length).toBeGreaterThanOrEqual(VANGUARD.length);
});

const many = (n: number): ReviewParagraph[] => data.paragraphs.slice(0, n);

test.each([
  [{ results: null }, ''],
  [{ query: '', results: [] }, ''],
  [{ results: [] }, t('panelSearchNone')],
  [{ results: many(1) }, t('panelSearchOne')],
  [{ results: many(7) }, t('panelSearchCount', ['7'])],
  [{ results: many(SEARCH_LIMIT) }, t('panelSearchFirst', [String(SEARCH_LIMIT)])],
  [{ busy: true }, t('panelLoading')],
  [{ error: 'no answer' }, t('panelSearchError', ['no answer'])],
])('status %#', (overrides, text) => {
  renderSearch(overrides);
  expect(screen.getByRole('status').textContent).toBe(text);
});

test('typing reports the query; Enter searches it', () => {
  const { props } = renderSearch({ query: 'party', results: null });
  const input = screen.getByRole('searchbox', { name: t('panelSearchLabel') });
  fireEvent.input(input, { target: { value: 'party line' } });
  expect(props.onQuery).toHaveBeenCalledWith('party line');
  fireEvent.submit(input.closest('form')!);
  expect(props.onSearch).toHaveBeenCalledWith('party');
});

// The chapter reading view: the review's sections on the chapter, every
// paragraph verbatim and in order, each linked to its passages and chapters.

import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ChapterView } from '../../../src/shared/messages';
import { ChapterReading, type ChapterReadingProps } from '../../../src/ui/sidepanel';
import { byId, catalog, CH26_REPORT, data, sectionsOf, t } from './fixtures';

function view(chapterId: string): ChapterView {
  return { chapter: byId(data.chapters, chapterId), sections: sectionsOf(chapterId) };
}

function renderReading(overrides: Partial<ChapterReadingProps> = {}) {
  const props: ChapterReadingProps = {
    choices: ['ch26'],
    chapterId: 'ch26',
    view: view('ch26'),
    loading: false,
    catalog,
    report: CH26_REPORT,
    theme: 'light',
    t,
    onChoose: jest.fn(),
    onOpen: jest.fn(),
    ...overrides,
  };
  const { container } = render(<ChapterReading {...props} />);
  return { props, container };
}

test.each(['ch26', 'ch22', 'ch25'])(
  "%s: the chapter's sections, paragraphs verbatim and in review order",
  (id) => {
    const v = view(id);
    expect(v.sections.length).toBeGreaterThan(0);
    const { container } = renderReading({ chapterId: id, choices: [id], view: v });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(v.chapter.title);
    const sections = Array.from(container.querySelectorAll<HTMLElement>('[data-section]'));
    expect(sections.map((s) => s.dataset.section)).toEqual(v.sections.map((s) => s.section));
    for (const [i, s] of v.sections.entries()) {
      expect(within(sections[i]).getByRole('heading', { level: 3 }).textContent).toContain(
        s.heading,
      );
      const paras = Array.from(sections[i].querySelectorAll<HTMLElement>('.sp-para'));
      expect(
        paras.map((p) => [p.dataset.paragraph, p.querySelector('.sp-para-text')!.textContent]),
      ).toEqual(s.paragraphs.map((p) => [p.id, p.text]));
    }
  },
);

test('ch26 is sections VI and VII', () => {
  const { container } = renderReading();
  expect(
    Array.from(container.querySelectorAll<HTMLElement>('[data-section]')).map(
      (s) => s.dataset.section,
    ),
  ).toEqual(['VI', 'VII']);
});

test.each(
  sectionsOf('ch26')
    .flatMap((s) => s.paragraphs)
    .map((p) => [p.id, p]),
)('%s: linked to its passages and chapters', (_id, p) => {
  const { container, props } = renderReading();
  const el = container.querySelector<HTMLElement>(`[data-paragraph="${p.id}"]`)!;
  expect(
    Array.from(el.querySelectorAll<HTMLElement>('[data-passage]')).map((a) => a.dataset.passage),
  ).toEqual(p.passages);
  const chapters = Array.from(el.querySelectorAll<HTMLAnchorElement>('a[data-chapter]'));
  expect(chapters.map((a) => [a.dataset.chapter, a.getAttribute('href'), a.target, a.rel])).toEqual(
    p.chapters.map((c) => [c, byId(data.chapters, c).url, '_blank', 'noopener noreferrer']),
  );
  // Passages on the page are buttons that open them there; the others are plain text.
  for (const link of el.querySelectorAll<HTMLElement>('[data-passage]')) {
    const index = CH26_REPORT.detections.findIndex((d) => d.passage === link.dataset.passage);
    expect(link.tagName).toBe(index >= 0 ? 'BUTTON' : 'SPAN');
    if (index >= 0) {
      fireEvent.click(link);
      expect(props.onOpen).toHaveBeenLastCalledWith(index);
    }
  }
});

test.each([
  [{ chapterId: null, view: null }, t('panelNoChapter')],
  [{ view: null, loading: true }, t('panelLoading')],
  [{ view: { chapter: byId(data.chapters, 'ch02'), sections: [] } }, t('panelChapterEmpty')],
])('states %#', (overrides, text) => {
  renderReading(overrides as Partial<ChapterReadingProps>);
  expect(screen.getByText(text)).toBeTruthy();
});

test('a labelled picker when several chapters are on the page', () => {
  const { props } = renderReading({ choices: ['ch26', 'ch22'] });
  const select = screen.getByLabelText(t('panelChapterPick')) as HTMLSelectElement;
  expect(Array.from(select.options).map((o) => o.value)).toEqual(['ch26', 'ch22']);
  fireEvent.change(select, { target: { value: 'ch22' } });
  expect(props.onChoose).toHaveBeenCalledWith('ch22');
});

// The critique card with real review paragraphs and quote checks: verbatim
// text, one page per review section (paging by buttons and keys), layers as
// chips, verdicts, attribution.

import { fireEvent, render, screen, within } from '@testing-library/preact';
import { CritiqueCard, type CritiqueCardProps } from '../../../../src/ui/overlay';
import { byId, data, paragraph, t } from './fixtures';

// V-01 (Lenin isolated in April) is linked from three sections: IV.4; V.1, V.4 (quoted), V.6; VI.1.
const PASSAGE = byId(data.passages, 'V-01');
const PAGES = [['IV.4'], ['V.4', 'V.1', 'V.6'], ['VI.1']];
const PARAGRAPHS = PASSAGE.paragraphs.map(paragraph);
const CHECKS = data.quoteChecks.filter((q) => q.nearestPassages.includes(PASSAGE.id));

function renderCard(overrides: Partial<CritiqueCardProps> = {}) {
  const props: CritiqueCardProps = {
    id: 'card-1',
    passageId: PASSAGE.id,
    passageLabel: PASSAGE.label,
    chapterTitle: 'Vol. II · Chapter 26',
    paragraphs: PARAGRAPHS,
    quoteChecks: CHECKS,
    layers: data.layers,
    review: data.review,
    theme: 'light',
    t,
    page: 0,
    onPage: jest.fn(),
    onClose: jest.fn(),
    onReadSection: jest.fn(),
    ...overrides,
  };
  render(<CritiqueCard {...props} />);
  return props;
}

test('the fixture has several paragraphs in three sections, and quote checks', () => {
  expect(PARAGRAPHS.map((p) => p.id).sort()).toEqual(PAGES.flat().sort());
  expect(CHECKS.length).toBeGreaterThan(0);
});

const shownIds = () =>
  [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].map((a) => a.dataset.paragraph);

describe('paging by section', () => {
  test.each([0, 1, 2])(
    "page %i shows that section's paragraphs verbatim, the one the review quotes first, and its position",
    (page) => {
      renderCard({ page });
      expect(shownIds()).toEqual(PAGES[page]);
      for (const id of PAGES[page]) expect(screen.getByText(paragraph(id).text)).toBeTruthy();
      expect(document.querySelectorAll('.cp-group > h3')).toHaveLength(1);
      expect(screen.getByText(`${page + 1} of 3`)).toBeTruthy();
    },
  );

  test.each([
    ['next from the first', 0, 'Next section', 1],
    ['previous from the last', 2, 'Previous section', 1],
  ])('%s', (_name, page, button, expected) => {
    const props = renderCard({ page });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(props.onPage).toHaveBeenCalledWith(expected);
  });

  test.each([
    [0, 'Previous section'],
    [2, 'Next section'],
  ])('on page %i, "%s" is disabled', (page, button) => {
    renderCard({ page });
    expect((screen.getByRole('button', { name: button }) as HTMLButtonElement).disabled).toBe(true);
  });

  test.each([
    ['ArrowRight', 1, [2]],
    ['ArrowLeft', 1, [0]],
    ['ArrowLeft', 0, null],
    ['ArrowRight', 2, null],
  ])('%s on page %i pages to %p', (key, page, expected) => {
    const props = renderCard({ page });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Read the whole section' }), { key });
    if (expected) expect(props.onPage).toHaveBeenCalledWith(...expected);
    else expect(props.onPage).not.toHaveBeenCalled();
  });

  test('an out-of-range page shows the last section', () => {
    renderCard({ page: 9 });
    expect(shownIds()).toEqual(PAGES[2]);
  });

  test('one section: no pager', () => {
    renderCard({ paragraphs: PAGES[1].map(paragraph) });
    expect(screen.queryByRole('group', { name: t('overlayPagerLabel') })).toBeNull();
    expect(shownIds()).toEqual(PAGES[1]);
  });
});

describe('layers', () => {
  /** Each chip as "<icon name> <layer name>": the icon is inline SVG, the name is text. */
  const chipNames = (list: string) =>
    within(screen.getByRole('list', { name: list }))
      .getAllByRole('listitem')
      .map((li) => `${li.querySelector('svg')?.getAttribute('data-icon')} ${li.textContent}`);

  test.each([
    ['I.1', ['slash-circle Critique']],
    ['intro.1', ['check Tribute']],
    ['intro.3', ['slash-circle Critique', 'check Tribute']],
  ])('paragraph %s: stance badge %p', (id, expected) => {
    renderCard({ paragraphs: [paragraph(id)] });
    expect(chipNames('Stance')).toEqual(expected);
  });

  test.each(['I.1', 'intro.3', 'VI.2'])(
    'paragraph %s: one theme chip per theme, with the layer name and icon',
    (id) => {
      const p = paragraph(id);
      renderCard({ paragraphs: [p] });
      const expected = p.themes
        .map((name) => byId(data.layers, `theme:${name}`))
        .map((l) => `${l.icon} ${l.name}`);
      expect(chipNames('Themes')).toEqual(expected);
    },
  );

  test.each([
    ['light', '#b3261e'],
    ['dark', '#f2b8b5'],
  ] as const)('the %s theme colours the critique badge %s', (theme, colour) => {
    renderCard({ paragraphs: [paragraph('I.1')], theme });
    const chip = within(screen.getByRole('list', { name: 'Stance' })).getByText('Critique');
    expect(chip.style.getPropertyValue('--cp-layer')).toBe(colour);
    expect(screen.getByRole('dialog').classList.contains(`cp-theme-${theme}`)).toBe(true);
  });
});

describe('sections', () => {
  test.each([
    ['VI.2', '§VI — Rearming the Revolution: Lenin Against the Liquidators'],
    ['intro.1', 'Why Read Trotsky—And Why Refuse His Shadow'],
  ])('paragraph %s is headed "%s"', (id, label) => {
    renderCard({ paragraphs: [paragraph(id)] });
    expect(screen.getByText(label)).toBeTruthy();
  });

  test('"Read the whole section" opens the shown section', () => {
    const props = renderCard({ page: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Read the whole section' }));
    expect(props.onReadSection).toHaveBeenCalledWith('VI');
  });
});

describe('quote checks', () => {
  test.each([
    ['q01', 'Found in the reference text'],
    ['q11', 'Close wording only'],
    ['q02', 'Not found in the reference text'],
  ])('%s shows its phrase in quotes, the verdict "%s" and the note', (id, verdict) => {
    const check = byId(data.quoteChecks, id);
    renderCard({ paragraphs: [], quoteChecks: [check] });
    const item = screen.getByRole('listitem');
    expect(within(item).getByText(`“${check.phrase}”`)).toBeTruthy();
    expect(within(item).getByText(verdict)).toBeTruthy();
    expect(within(item).getByText(check.note)).toBeTruthy();
  });

  test('quote checks alone: no paragraph controls, described by the checks', () => {
    renderCard({ paragraphs: [], quoteChecks: CHECKS });
    expect(screen.queryByRole('button', { name: 'Read the whole section' })).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(CHECKS.length);
    const dialog = screen.getByRole('dialog');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      t('overlayQuoteChecksHeading'),
    );
  });
});

describe('frame', () => {
  test('a non-modal dialog named by the passage label and described by the paragraph', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: PASSAGE.label });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(
      PARAGRAPHS[0].text,
    );
  });

  test('without a label, the card says it is a passage of the History', () => {
    renderCard({ passageLabel: null, chapterTitle: null });
    expect(screen.getByRole('dialog', { name: t('overlayUntitledPassage') })).toBeTruthy();
  });

  test.each([
    [
      'the close button',
      (el: HTMLElement) => fireEvent.click(within(el).getByRole('button', { name: 'Close' })),
    ],
    ['Escape', (el: HTMLElement) => fireEvent.keyDown(el, { key: 'Escape' })],
  ])('%s closes', (_name, act) => {
    const props = renderCard();
    act(screen.getByRole('dialog'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  test('the attribution links to the review in a new tab', () => {
    renderCard();
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(data.review.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain(
      `From “${data.review.title}” by Prince Kapone, Weaponized Information, October 2025`,
    );
  });
});

describe('how the passage bears on the paragraph shown', () => {
  // III-04 (who led February) answers §III.4; VI-04 is the nearest wording of §VI.2's quotation.
  const answering = byId(data.passages, 'III-04');
  const answered = answering.paragraphs.map(paragraph);

  test('where Trotsky answers, the card says so first, then the review, then our reason marked as the editors’', () => {
    renderCard({
      passageId: answering.id,
      passageLabel: answering.label,
      paragraphs: answered,
      page: 0,
    });
    const dialog = screen.getByRole('dialog');
    const first = dialog.querySelector<HTMLElement>('[data-paragraph]')!;
    const p = paragraph(first.dataset.paragraph!);
    const cue = within(first).getByText('Trotsky’s own text here answers this critique.');
    const text = within(first).getByText(p.text);
    expect(cue.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(dialog.getAttribute('aria-describedby')!.split(' ')[0]).toBe(cue.id);
    expect(within(first).getByText('Editors’ note').parentElement!.textContent).toContain(
      p.relations![answering.id].why,
    );
    expect(p.relations![answering.id].relation).toBe('answers');
  });

  test('the section where Trotsky answers comes first, before the review’s order', () => {
    // VII-02: §VI.7 speaks of it, §VII.2 is answered by it, §VII.3 quotes it.
    const passage = byId(data.passages, 'VII-02');
    renderCard({ passageId: passage.id, paragraphs: passage.paragraphs.map(paragraph), page: 0 });
    expect(shownIds()).toEqual(['VII.2', 'VII.3']);
  });

  test('where the passage is what the review quotes, no answer cue; the editors’ note says why it is linked', () => {
    const passage = byId(data.passages, 'VI-04');
    renderCard({ passageId: passage.id, paragraphs: [paragraph('VI.2')], page: 0 });
    expect(paragraph('VI.2').relations!['VI-04'].relation).toBe('quoted');
    expect(screen.queryByText('Trotsky’s own text here answers this critique.')).toBeNull();
    expect(screen.getByText('Editors’ note').parentElement!.textContent).toContain(
      paragraph('VI.2').relations!['VI-04'].why,
    );
  });

  test('a pack’s paragraph has no link: neither cue nor note', () => {
    renderCard({ paragraphs: [{ ...PARAGRAPHS[0], relations: undefined, pack: 'p' }], page: 0 });
    expect(screen.queryByText('Editors’ note')).toBeNull();
    expect(screen.queryByText('Trotsky’s own text here answers this critique.')).toBeNull();
  });
});

describe('comparing perspectives: the review, then each pack, each named as its own', () => {
  const perspective = (
    pack: string,
    text: string,
    stance: 'answers' | 'tribute',
    order: number,
  ) => ({
    ...paragraph(PAGES[0][0]),
    id: `${pack}/p1`,
    section: `pack:${pack}`,
    sectionHeading: `${pack} notes`,
    order,
    text,
    stance,
    themes: ['fatalism'],
    layers: [`${pack}.layer`],
    pack,
    relations: undefined,
  });
  const packs = [
    { id: 'tuesday', name: 'Tuesday notes', attribution: 'by The Tuesday group (CC BY 4.0)' },
    { id: 'thursday', name: 'Thursday notes', attribution: 'by The Thursday group (CC0)' },
  ];
  const withPacks = {
    paragraphs: [
      ...PARAGRAPHS,
      perspective(
        'tuesday',
        'Here the book *answers* its critics.\n\nA second thought.',
        'answers',
        1000,
      ),
      perspective('thursday', 'A tribute, with <b>markup</b> shown as typed.', 'tribute', 3000),
    ],
    packs,
    onAddPerspective: jest.fn(),
  };
  const footer = () => document.querySelector('.cp-attribution')!.textContent;

  test.each([
    [0, 'IV.4', /The Revolution Remembered Through a Mirror/],
    [3, 'tuesday/p1', /From the perspective “Tuesday notes” — by The Tuesday group \(CC BY 4\.0\)/],
    [4, 'thursday/p1', /From the perspective “Thursday notes” — by The Thursday group \(CC0\)/],
  ])('page %i shows %s with its own attribution', (page, id, attribution) => {
    renderCard({ ...withPacks, page });
    expect(shownIds()).toEqual([id]);
    expect(footer()).toMatch(attribution);
    expect(screen.getByText(`${page + 1} of 5`)).toBeTruthy();
  });

  test("a perspective's paragraph is its Markdown as typed, its own themes named; markup stays text", () => {
    renderCard({ ...withPacks, page: 4 });
    const text = document.querySelector('.cp-para-pack')!;
    expect(text.textContent).toBe('A tribute, with <b>markup</b> shown as typed.');
    expect(text.childElementCount).toBe(0);
    expect(screen.getByText('Themes: fatalism')).toBeTruthy();
    expect(screen.getByText('A perspective on this passage')).toBeTruthy();
  });

  test('“Add your perspective…” asks for the editor', () => {
    const props = renderCard({ ...withPacks, page: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Add your perspective…' }));
    expect(props.onAddPerspective).toHaveBeenCalledTimes(1);
  });
});

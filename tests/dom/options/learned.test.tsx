// The options page's learned chapters: the section alone (labelled switch,
// the table of chapters with size and date, forget one, forget all behind a
// confirmation, export and import), then wired in the page with a fake
// background (listLearned, getChapterView, forgetLearned, exportLearned,
// importLearned) and fake settings.

import { lightTheme } from '../theme-stub';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsApp, type DownloadFile, type OptionsDeps } from '../../../src/options/app';
import type { ChapterRecord } from '../../../src/shared/dataset';
import type { LearnedChapter, LearnedPack, LearnedSummary } from '../../../src/shared/learned';
import { MAX_LEARNED_FILE_BYTES } from '../../../src/shared/limits';
import { normaliseSettings, type Settings } from '../../../src/shared/settings';
import {
  LearnedSection,
  learnedChapterLabel,
  learnedFileName,
  type LearnedSectionProps,
} from '../../../src/ui/options';
import { byId, data, t } from '../ui/overlay/fixtures';
import { readText } from './read-text';

const chapter = (id: string) => byId(data.chapters as ChapterRecord[], id);
/** Noon UTC: the same calendar day in every time zone the suite runs in. */
const MARCH_4 = Date.UTC(2026, 2, 4, 12);
const MAY_9 = Date.UTC(2026, 4, 9, 12);

const CH05: LearnedSummary = { chapter: 'ch05', words: 4321, paragraphs: 41, learnedAt: MARCH_4 };
const CH26: LearnedSummary = { chapter: 'ch26', words: 12045, paragraphs: 88, learnedAt: MAY_9 };
const CH05_LABEL_SHORT = 'Vol. I · Chapter 5 · The Idea of a Palace Revolution';

describe('labels and file name', () => {
  test.each([
    ['ch05', 'Vol. I · Chapter 5 · The Idea of a Palace Revolution'],
    ['ch26', 'Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?'],
    ['preface-v1', `Vol. I · ${chapter('preface-v1').title}`],
  ])('chapter %s reads “%s”', (id, expected) =>
    expect(learnedChapterLabel(id, chapter(id), t)).toBe(expected),
  );

  test('a chapter without a record shows its id', () =>
    expect(learnedChapterLabel('ch99', undefined, t)).toBe('ch99'));

  test.each([
    [new Date(2026, 2, 4, 0, 5), 'counterpoint-learned-2026-03-04.json'],
    [new Date(2026, 11, 31, 23, 59), 'counterpoint-learned-2026-12-31.json'],
  ])('exported on %s: %s', (date, expected) => expect(learnedFileName(date)).toBe(expected));
});

describe('the section', () => {
  const props = (over: Partial<LearnedSectionProps> = {}): LearnedSectionProps => ({
    learning: true,
    learned: [CH05, CH26],
    chapters: { ch05: chapter('ch05'), ch26: chapter('ch26') },
    notice: null,
    busy: false,
    locale: 'en-GB',
    onToggleLearning: jest.fn(),
    onForget: jest.fn(),
    onForgetAll: jest.fn(),
    onExport: jest.fn(),
    onImport: jest.fn(),
    t,
    ...over,
  });

  test.each([
    [true, false],
    [false, true],
  ])('the switch is labelled and explained; on=%p reports %p when clicked', (on, reported) => {
    const p = props({ learning: on });
    render(<LearnedSection {...p} />);
    const sw = screen.getByRole('switch', { name: t('optionsLearnedSwitch') }) as HTMLInputElement;
    expect(sw.checked).toBe(on);
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)?.textContent).toBe(
      t('optionsLearnedSwitchHint'),
    );
    fireEvent.click(sw);
    expect(p.onToggleLearning).toHaveBeenCalledWith(reported);
  });

  test('what is kept and where: which chapters and when, word hashes a word list reverses, only marxists.org and its mirrors', () => {
    expect(t('optionsLearnedSwitchHint')).toMatch(/marxists\.org and its mirrors/);
    expect(t('optionsLearnedSwitchHint')).toMatch(/which chapters you opened and when/);
    expect(t('optionsLearnedSwitchHint')).toMatch(
      /A word list turns most of those hashes back into words/,
    );
  });

  test.each([
    ['ch05', 'Vol. I · Chapter 5 · The Idea of a Palace Revolution', '4,321', '41', '4 Mar 2026'],
    [
      'ch26',
      'Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?',
      '12,045',
      '88',
      '9 May 2026',
    ],
  ])(
    'row %s: title, words, paragraphs, date, and a named Forget button',
    (id, label, words, paragraphs, date) => {
      const p = props();
      render(<LearnedSection {...p} />);
      const table = screen.getByRole('table', { name: t('optionsLearnedCaption') });
      const row = within(table).getByRole('row', {
        name: new RegExp(label.replace(/[?.]/g, '\\$&')),
      });
      expect(row.getAttribute('data-chapter')).toBe(id);
      expect(within(row).getByRole('rowheader').textContent).toBe(label);
      expect(
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((c) => c.textContent),
      ).toEqual([words, paragraphs, date]);
      fireEvent.click(within(row).getByRole('button', { name: `Forget ${label}` }));
      expect(p.onForget).toHaveBeenCalledWith(id);
    },
  );

  test.each([
    ['1e20 (an older version kept it)', 1e20],
    ['NaN', NaN],
    ['UNKNOWN_TIME, as listLearned reads a bad date', 0],
    ['negative', -1],
  ])(
    'a learnedAt of %s reads "Unknown date"; the row and its Forget button stay',
    (_what, learnedAt) => {
      const p = props({ learned: [{ ...CH05, learnedAt }, CH26] });
      render(<LearnedSection {...p} />);
      const row = document.querySelector<HTMLElement>('tr[data-chapter="ch05"]')!;
      expect(within(row).getAllByRole('cell')[2].textContent).toBe(t('optionsLearnedDateUnknown'));
      expect(row.querySelector('time')).toBeNull();
      expect(document.querySelector('tr[data-chapter="ch26"] time')?.getAttribute('dateTime')).toBe(
        new Date(MAY_9).toISOString(),
      );
      fireEvent.click(within(row).getByRole('button', { name: `Forget ${CH05_LABEL_SHORT}` }));
      expect(p.onForget).toHaveBeenCalledWith('ch05');
    },
  );

  test('rows in book order: by volume and chapter, other matter after the chapters of its volume, unknown chapters last', () => {
    const learned = [CH26, { ...CH05, chapter: 'ch99' }, { ...CH05, chapter: 'preface-v1' }, CH05];
    render(
      <LearnedSection
        {...props({
          learned,
          chapters: {
            ch05: chapter('ch05'),
            ch26: chapter('ch26'),
            'preface-v1': chapter('preface-v1'),
          },
        })}
      />,
    );
    expect(
      [...document.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-chapter')),
    ).toEqual(['ch05', 'preface-v1', 'ch26', 'ch99']);
  });

  test('the columns have headers', () => {
    render(<LearnedSection {...props()} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      t('optionsLearnedChapter'),
      t('optionsLearnedWords'),
      t('optionsLearnedParagraphs'),
      t('optionsLearnedDate'),
      t('optionsLearnedActions'),
    ]);
  });

  test.each<[string, Partial<LearnedSectionProps>, string | null, boolean]>([
    ['loading', { learned: null }, 'optionsLearnedLoading', true],
    ['nothing learned, learning on', { learned: [] }, 'optionsLearnedEmpty', true],
    [
      'nothing learned, learning off',
      { learned: [], learning: false },
      'optionsLearnedEmptyOff',
      true,
    ],
    ['chapters learned', {}, null, false],
  ])(
    '%s: the empty line, and whether Export and Forget all are disabled',
    (_name, over, empty, disabled) => {
      render(<LearnedSection {...props(over)} />);
      if (empty) expect(screen.getByText(t(empty))).toBeTruthy();
      else expect(screen.getByRole('table')).toBeTruthy();
      expect(
        (screen.getByRole('button', { name: t('optionsLearnedExport') }) as HTMLButtonElement)
          .disabled,
      ).toBe(disabled);
      expect(
        (screen.getByRole('button', { name: t('optionsLearnedForgetAll') }) as HTMLButtonElement)
          .disabled,
      ).toBe(disabled);
      expect(
        (screen.getByRole('button', { name: t('optionsLearnedImport') }) as HTMLButtonElement)
          .disabled,
      ).toBe(false);
    },
  );

  test('focus reaches the forget-all confirmation in the same render that shows it', async () => {
    render(<LearnedSection {...props()} />);
    // A bare click, outside act(): only the render itself is flushed, no later effects.
    screen.getByRole('button', { name: t('optionsLearnedForgetAll') }).click();
    await Promise.resolve();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: t('optionsLearnedForgetAllConfirm') }),
    );
  });

  test('forget all asks first: focus goes to the confirmation; Cancel returns to the button; confirming forgets', () => {
    const p = props();
    render(<LearnedSection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedForgetAll') }));
    expect(p.onForgetAll).not.toHaveBeenCalled();
    expect(
      screen.getByRole('group', { name: t('optionsLearnedForgetAllConfirmText') }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: t('optionsLearnedForgetAllConfirm') }),
    );
    fireEvent.click(screen.getByRole('button', { name: t('optionsCancel') }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: t('optionsLearnedForgetAll') }),
    );
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedForgetAll') }));
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedForgetAllConfirm') }));
    expect(p.onForgetAll).toHaveBeenCalledTimes(1);
  });

  test('Export reports; Import… opens the labelled file chooser, which passes the file on', () => {
    const p = props();
    render(<LearnedSection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedExport') }));
    expect(p.onExport).toHaveBeenCalled();
    const input = screen.getByLabelText(t('optionsLearnedImportLabel')) as HTMLInputElement;
    const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedImport') }));
    expect(opened).toHaveBeenCalled();
    const file = new File(['{}'], 'learned.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect(p.onImport).toHaveBeenCalledWith(file);
  });

  test('busy: the buttons wait', () => {
    render(<LearnedSection {...props({ busy: true })} />);
    for (const name of [
      t('optionsLearnedExport'),
      t('optionsLearnedImport'),
      t('optionsLearnedForgetAll'),
      /^Forget Vol\. I · /,
    ]) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  test('a notice is announced in a status region', () => {
    render(
      <LearnedSection
        {...props({ notice: { kind: 'error', text: 'x.json was not imported: bad' } })}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('x.json was not imported: bad');
  });
});

// The page, with a fake background holding the learned store.

const record = (s: LearnedSummary): LearnedChapter => ({
  ...s,
  textHash: `h-${s.chapter}`,
  hashes: 'AAAA',
  paragraphStarts: 'AAAA',
  tokeniser: 1,
});

function fakes(initial: LearnedSummary[] = [CH05], settings: Partial<Settings> = {}) {
  let stored = normaliseSettings(settings);
  let learned = initial.map(record);
  const calls: { method: string; args: unknown[] }[] = [];
  const downloads: DownloadFile[] = [];
  const visibleListeners: (() => void)[] = [];
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getLayers: () => data.layers,
    listPacks: () => [],
    previewThresholds: () => null,
    getChapterView: (id: string) =>
      data.chapters.some((c) => c.id === id) ? { chapter: chapter(id), sections: [] } : null,
    listLearned: () =>
      [...learned]
        .sort((a, b) => (a.chapter < b.chapter ? -1 : 1))
        .map(({ chapter: c, words, paragraphs, learnedAt }) => ({
          chapter: c,
          words,
          paragraphs,
          learnedAt,
        })),
    forgetLearned: (c: string | null) => {
      learned = c === null ? [] : learned.filter((r) => r.chapter !== c);
    },
    exportLearned: (): LearnedPack => ({
      format: 'counterpoint-learned',
      version: 1,
      chapters: learned,
    }),
    importLearned: (p: LearnedPack) => {
      if (p?.format !== 'counterpoint-learned')
        throw new Error(
          'refused: the file: not a Counterpoint learned-chapters file (format counterpoint-learned, version 1)',
        );
      learned = [
        ...learned.filter((r) => !p.chapters.some((c) => c.chapter === r.chapter)),
        ...p.chapters,
      ];
      return { imported: p.chapters.length };
    },
  };
  const deps: OptionsDeps = {
    t,
    browser: 'chrome',
    settings: {
      read: async () => stored,
      update: async (change) => {
        stored = normaliseSettings({ ...stored, ...change(stored) });
        return stored;
      },
      onChanged: () => undefined,
    },
    call: (async (method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return (handlers[method] as (...a: unknown[]) => unknown)(...args);
    }) as OptionsDeps['call'],
    onDataChanged: () => undefined,
    onVisible: (l) => {
      visibleListeners.push(l);
    },
    readText: jest.fn(readText),
    permissions: {
      builtInHosts: () => [],
      origin: (h) => `*://${h}/*`,
      has: async () => false,
      request: async () => true,
      remove: async () => true,
      onChanged: () => undefined,
    },
    commands: { getAll: async () => [], openSettings: async () => undefined },
    theme: lightTheme,
    download: (f) => {
      downloads.push(f);
    },
    now: () => new Date(2026, 2, 4, 9),
  };
  /** The reader comes back to the page (another tab may have learned a chapter). */
  const comeBack = () => visibleListeners.forEach((l) => l());
  return { deps, calls, downloads, comeBack, stored: () => stored, learned: () => learned };
}

const CH05_LABEL = 'Vol. I · Chapter 5 · The Idea of a Palace Revolution';
const CH26_LABEL = 'Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?';
const rows = () =>
  [...document.querySelectorAll('#learned tbody tr')].map((r) => r.getAttribute('data-chapter'));

async function renderApp(f: ReturnType<typeof fakes>) {
  render(<OptionsApp deps={f.deps} />);
  await waitFor(() => expect(screen.queryByText(t('optionsLearnedLoading'))).toBeNull());
}

describe('the page', () => {
  test('lists the learned chapters with titles from the chapter records, and a nav link to the section', async () => {
    const f = fakes([CH05, CH26, { ...CH05, chapter: 'ch99' }]);
    await renderApp(f);
    expect(rows()).toEqual(['ch05', 'ch26', 'ch99']);
    expect(screen.getByRole('rowheader', { name: CH05_LABEL })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: CH26_LABEL })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'ch99' })).toBeTruthy();
    expect(f.calls.filter((c) => c.method === 'getChapterView').map((c) => c.args[0])).toEqual([
      'ch05',
      'ch26',
      'ch99',
    ]);
    expect(screen.getByRole('link', { name: t('optionsNavLearned') }).getAttribute('href')).toBe(
      '#learned',
    );
    expect(screen.getByRole('region', { name: t('optionsLearnedTitle') })).toBeTruthy();
  });

  type Step = (f: ReturnType<typeof fakes>) => void | Promise<void>;
  const click =
    (name: string | RegExp): Step =>
    () => {
      fireEvent.click(screen.getByRole('button', { name }));
    };
  const choose =
    (name: string, text: string): Step =>
    () => {
      fireEvent.change(screen.getByLabelText(t('optionsLearnedImportLabel')), {
        target: { files: [new File([text], name)] },
      });
    };
  /** A file holding `text` that the browser says is `size` bytes long. */
  const chooseSized =
    (name: string, text: string, size: number): Step =>
    () => {
      const file = new File([text], name);
      Object.defineProperty(file, 'size', { value: size });
      fireEvent.change(screen.getByLabelText(t('optionsLearnedImportLabel')), {
        target: { files: [file] },
      });
    };
  const GOOD = JSON.stringify({
    format: 'counterpoint-learned',
    version: 1,
    chapters: [record(CH26), record({ ...CH05, words: 5000 })],
  });

  test.each<
    [
      string,
      LearnedSummary[],
      Step[],
      string,
      (string | null)[],
      { method: string; args: unknown[] } | null,
    ]
  >([
    [
      'forget one',
      [CH05, CH26],
      [click(`Forget ${CH05_LABEL}`)],
      `Forgot ${CH05_LABEL}.`,
      ['ch26'],
      { method: 'forgetLearned', args: ['ch05'] },
    ],
    [
      'forget all, confirmed',
      [CH05, CH26],
      [click(t('optionsLearnedForgetAll')), click(t('optionsLearnedForgetAllConfirm'))],
      t('optionsLearnedForgottenAll'),
      [],
      { method: 'forgetLearned', args: [null] },
    ],
    [
      'import a file',
      [CH05],
      [choose('learned.json', GOOD)],
      t('optionsLearnedImported', ['learned.json', '2']),
      ['ch05', 'ch26'],
      { method: 'importLearned', args: [JSON.parse(GOOD)] },
    ],
    [
      'a file of another kind is refused, and says why',
      [CH05],
      [choose('other.json', '{"format":"other"}')],
      'other.json was not imported: not a Counterpoint learned-chapters file (format counterpoint-learned, version 1)',
      ['ch05'],
      { method: 'importLearned', args: [{ format: 'other' }] },
    ],
    [
      'a file that is not JSON',
      [CH05],
      [choose('notes.txt', 'not json')],
      t('optionsLearnedNotJson', ['notes.txt']),
      ['ch05'],
      null,
    ],
  ])(
    '%s: the outcome is announced and the list refreshed',
    async (_name, initial, steps, notice, after, call) => {
      const f = fakes(initial);
      await renderApp(f);
      for (const step of steps) await step(f);
      await waitFor(() =>
        expect(document.getElementById('opt-learned-notice')?.textContent).toBe(notice),
      );
      expect(rows()).toEqual(after);
      if (call) expect(f.calls).toContainEqual(call);

      const listed = f.calls.filter((c) => c.method === 'listLearned').length;
      expect(listed).toBe(2);
    },
  );

  test.each([
    [
      'one byte over MAX_LEARNED_FILE_BYTES: refused on its size, never read or sent',
      MAX_LEARNED_FILE_BYTES + 1,
      'big.json was not imported: it is 34.1 MB, and a learned-chapters file may be at most 34 MB. Nothing of it was read.',
      0,
    ],
    [
      'exactly MAX_LEARNED_FILE_BYTES: read and imported',
      MAX_LEARNED_FILE_BYTES,
      t('optionsLearnedImported', ['big.json', '2']),
      1,
    ],
  ])('a file of %s', async (_what, size, notice, reads) => {
    const f = fakes([CH05]);
    await renderApp(f);
    await chooseSized('big.json', GOOD, size)(f);
    await waitFor(() =>
      expect(document.getElementById('opt-learned-notice')?.textContent).toBe(notice),
    );
    expect(f.deps.readText).toHaveBeenCalledTimes(reads);
    expect(f.calls.filter((c) => c.method === 'importLearned')).toHaveLength(reads);
  });

  test('the page shows the new word count after an import replaces a chapter', async () => {
    const f = fakes([CH05]);
    await renderApp(f);
    await choose('learned.json', GOOD)(f);
    await screen.findByText(t('optionsLearnedImported', ['learned.json', '2']));
    const row = document.querySelector('#learned tr[data-chapter="ch05"]')!;
    expect(row.querySelector('[data-words]')?.getAttribute('data-words')).toBe('5000');
  });

  test('export downloads counterpoint-learned-YYYY-MM-DD.json holding the pack', async () => {
    const f = fakes([CH05, CH26]);
    await renderApp(f);
    fireEvent.click(screen.getByRole('button', { name: t('optionsLearnedExport') }));
    await screen.findByText(
      t('optionsLearnedExported', ['counterpoint-learned-2026-03-04.json', '2']),
    );
    expect(f.downloads).toHaveLength(1);
    expect(f.downloads[0].filename).toBe('counterpoint-learned-2026-03-04.json');
    expect(f.downloads[0].mime).toBe('application/json');
    expect(JSON.parse(f.downloads[0].text)).toEqual({
      format: 'counterpoint-learned',
      version: 1,
      chapters: f.learned(),
    });
  });

  test.each([
    [true, false],
    [false, true],
  ])('learning %p: the switch writes learning=%p to the settings', async (initial, next) => {
    const f = fakes([], { learning: initial });
    await renderApp(f);
    const sw = screen.getByRole('switch', { name: t('optionsLearnedSwitch') }) as HTMLInputElement;
    await waitFor(() => expect(sw.checked).toBe(initial));
    fireEvent.click(sw);
    await waitFor(() => expect(f.stored().learning).toBe(next));
    await waitFor(() => expect(sw.checked).toBe(next));
  });

  test('a chapter learned in another tab is listed when the page is seen again', async () => {
    const f = fakes([]);
    await renderApp(f);
    expect(rows()).toEqual([]);
    await act(async () => {
      await f.deps.call('importLearned', {
        format: 'counterpoint-learned',
        version: 1,
        chapters: [record(CH26)],
      });
      f.comeBack();
    });
    await waitFor(() => expect(rows()).toEqual(['ch26']));
  });

  test('a failing store says so', async () => {
    const f = fakes();
    const call = f.deps.call;
    f.deps.call = (async (method: string, ...args: never[]) => {
      if (method === 'listLearned') throw new Error('the database is closed');
      return (call as (...a: unknown[]) => unknown)(method, ...args);
    }) as OptionsDeps['call'];
    await renderApp(f);
    await screen.findByText(t('optionsLearnedLoadError', ['the database is closed']));
  });
});

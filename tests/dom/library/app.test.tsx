// The library page as a whole, with a fake background: newest first, search
// and filters, editing, delete with undo, open, export and import with its
// report, and the anchoring statuses always shown.

import { lightTheme } from '../theme-stub';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LibraryApp, UNDO_MS, type LibraryDeps } from '../../../src/library/app';
import type { LayerRecord } from '../../../src/shared/dataset';
import type { ExportFile, Highlight, ImportReport } from '../../../src/shared/highlights';
import { MAX_HIGHLIGHTS_FILE_BYTES } from '../../../src/shared/limits';
import type { OverlayData } from '../../../src/shared/messages';
import { byId, data, t } from '../ui/overlay/fixtures';
import { HIGHLIGHTS } from './fixtures';

function fakes() {
  let store: Highlight[] = structuredClone(HIGHLIGHTS);
  const calls: { method: string; args: unknown[] }[] = [];
  let importResult: ImportReport | Error = {
    added: 1,
    merged: 1,
    skipped: [{ item: 3, reason: 'no quote' }],
  };
  const handlers: Record<string, (...a: never[]) => unknown> = {
    listHighlights: () => structuredClone(store).sort((a, b) => b.created - a.created),
    getOverlayData: (ids: string[]): OverlayData => ({
      critiques: {
        paragraphs: data.paragraphs.filter((p) => p.passages.some((x) => ids.includes(x))),
        quoteChecks: [],
      },
      passages: [],
      packs: [],
      chapters: ['ch42', 'ch26', 'ch09'].map((id) => byId(data.chapters, id)),
      layers: data.layers as LayerRecord[],
      review: data.review,
    }),
    getChapterView: (id: string) => ({ chapter: byId(data.chapters, id), sections: [] }),
    updateHighlight: (id: string, edit: Partial<Highlight>) => {
      store = store.map((h) => (h.id === id ? { ...h, ...edit } : h));
      return store.find((h) => h.id === id);
    },
    deleteHighlight: (id: string) => {
      const gone = store.find((h) => h.id === id)!;
      store = store.filter((h) => h.id !== id);
      return gone;
    },
    restoreHighlight: (h: Highlight) => {
      store = [...store, h];
    },
    openHighlight: () => undefined,
    exportHighlights: (format: string): ExportFile => ({
      filename: `counterpoint-highlights.${format}`,
      mime: 'text/plain',
      text: 'x',
    }),
    importHighlights: () => {
      if (importResult instanceof Error) throw importResult;
      return importResult;
    },
  };
  const deps: LibraryDeps = {
    t,
    call: (async (method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return (handlers[method] as (...a: unknown[]) => unknown)(...args);
    }) as LibraryDeps['call'],
    download: jest.fn(),
    readText: async (file: File) => (file as File & { content: string }).content,
    theme: lightTheme,
    onVisible: () => undefined,
    locale: 'en-GB',
  };
  return {
    deps,
    calls,
    setImportResult: (r: ImportReport | Error) => {
      importResult = r;
    },
  };
}

/** The highlights' cards (a card that failed to render is replaced by a `.lib-card` alert without an id). */
const cards = () => [...document.querySelectorAll<HTMLElement>('.lib-card[data-id]')];
const cardIds = () => cards().map((c) => c.dataset.id!.slice(-2));
const card = (suffix: string) => cards().find((c) => c.dataset.id!.endsWith(suffix))!;

async function renderApp() {
  const f = fakes();
  render(<LibraryApp deps={f.deps} />);
  await waitFor(() => expect(cards()).toHaveLength(5));
  await waitFor(() => expect(document.querySelector('.cp-chip')).not.toBeNull());
  return f;
}

test('every highlight, newest first, with chapter, layers, tags, status and date', async () => {
  await renderApp();
  expect(cardIds()).toEqual(['01', '02', '03', '04', '05']);
  expect(screen.getByRole('heading', { level: 2, name: '5 highlights' })).toBeTruthy();
  const first = within(card('01'));
  expect(first.getByText('Vol. III · Chapter 42 · Lenin Summons to Insurrection')).toBeTruthy();
  expect(first.getByText('Lenin summons to insurrection').tagName).toBe('BLOCKQUOTE');
  expect(first.getByText('turn').tagName).toBe('STRONG');
  // VIII-02 answers §VIII.2: it carries Trotsky answers beside the paragraph's own layers.
  expect(
    first.getByRole('list', { name: 'Layers of the review on this passage' }).textContent,
  ).toMatch(/Critique.*Trotsky answers.*Insurrection and the state/);
  expect(first.getByRole('button', { name: 'Show highlights tagged timing' })).toBeTruthy();
  expect(card('01').querySelector('time')?.getAttribute('dateTime')).toBe(
    new Date(HIGHLIGHTS[0].created).toISOString(),
  );
  // Uncertain and orphaned highlights are shown, and say so.
  expect(within(card('02')).getByText('Uncertain')).toBeTruthy();
  expect(within(card('05')).getByText('Not found')).toBeTruthy();
  expect(within(card('05')).getByText(/was not found on the page/)).toBeTruthy();
});

test('a long quote is clamped and expands', async () => {
  await renderApp();
  const quote = card('04').querySelector('blockquote')!;
  expect(quote.className).toContain('lib-quote-clamped');
  const more = within(card('04')).getByRole('button', { name: 'Show the whole quote' });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(more);
  expect(quote.className).not.toContain('lib-quote-clamped');
  expect(
    within(card('04')).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded'),
  ).toBe('true');
});

test('search and filters narrow the list; a tag filters from its card; clear', async () => {
  await renderApp();
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search highlights' }), {
    target: { value: 'kerensky' },
  });
  expect(cardIds()).toEqual(['05']);
  expect(screen.getByRole('heading', { level: 2, name: '1 of 5 highlights' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
  expect(cardIds()).toHaveLength(5);
  fireEvent.change(screen.getByRole('combobox', { name: 'Layer' }), {
    target: { value: 'theme:spontaneity' },
  });
  expect(cardIds()).toEqual(['01', '03']);
  fireEvent.change(screen.getByRole('combobox', { name: 'Layer' }), {
    target: { value: 'answers' },
  });
  expect(cardIds()).toEqual(['01', '03']);
  fireEvent.change(screen.getByRole('combobox', { name: 'Layer' }), { target: { value: '' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), {
    target: { value: 'blog.example.org' },
  });
  expect(cardIds()).toEqual(['04']);
  fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
  fireEvent.click(
    within(card('02')).getByRole('button', { name: 'Show highlights tagged timing' }),
  );
  expect(cardIds()).toEqual(['01', '02']);
  fireEvent.change(screen.getByRole('combobox', { name: 'Chapter' }), {
    target: { value: 'ch26' },
  });
  expect(cardIds()).toEqual(['02']);
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
  expect(screen.getByText('No highlight matches this search and these filters.')).toBeTruthy();
});

test('edit a note and tags; Escape cancels and gives the focus back', async () => {
  const { calls } = await renderApp();
  const edit = within(card('03')).getByRole('button', { name: 'Edit' });
  fireEvent.click(edit);
  const note = within(card('03')).getByRole('textbox', { name: 'Note' });
  await waitFor(() => expect(document.activeElement).toBe(note));
  fireEvent.keyDown(note, { key: 'Escape' });
  await waitFor(() =>
    expect(document.activeElement).toBe(within(card('03')).getByRole('button', { name: 'Edit' })),
  );

  fireEvent.click(within(card('03')).getByRole('button', { name: 'Edit' }));
  fireEvent.input(within(card('03')).getByRole('textbox', { name: 'Note' }), {
    target: { value: 'A *new* note' },
  });
  fireEvent.input(within(card('03')).getByRole('textbox', { name: 'Tags' }), {
    target: { value: 'spontaneity, february ,' },
  });
  fireEvent.click(within(card('03')).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(within(card('03')).getByText('new').tagName).toBe('EM'));
  expect(calls.find((c) => c.method === 'updateHighlight')?.args).toEqual([
    HIGHLIGHTS[2].id,
    { note: 'A *new* note', tags: ['spontaneity', 'february'] },
  ]);
  expect(
    within(card('03')).getByRole('button', { name: 'Show highlights tagged february' }),
  ).toBeTruthy();
});

test('delete, then undo from the toast (which takes the focus)', async () => {
  const { calls } = await renderApp();
  fireEvent.click(within(card('02')).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(cardIds()).toEqual(['01', '03', '04', '05']));
  const undo = screen.getByRole('button', { name: 'Undo' });
  expect(screen.getByText('Highlight deleted.')).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(undo));
  fireEvent.click(undo);
  await waitFor(() => expect(cardIds()).toEqual(['01', '02', '03', '04', '05']));
  expect(calls.find((c) => c.method === 'restoreHighlight')?.args).toEqual([HIGHLIGHTS[1]]);
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
});

test('the undo toast goes after five seconds', async () => {
  await renderApp();
  jest.useFakeTimers();
  try {
    fireEvent.click(within(card('01')).getByRole('button', { name: 'Delete' }));
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => {
      jest.advanceTimersByTime(UNDO_MS - 100);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => {
      jest.advanceTimersByTime(200);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(cardIds()).toEqual(['02', '03', '04', '05']);
  } finally {
    jest.useRealTimers();
  }
});

test('open at the passage', async () => {
  const { calls } = await renderApp();
  fireEvent.click(within(card('05')).getByRole('button', { name: 'Open at the passage' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'openHighlight')).toBe(true));
  expect(calls.find((c) => c.method === 'openHighlight')?.args).toEqual([HIGHLIGHTS[4].id]);
});

test('export downloads the file the background made', async () => {
  const { deps } = await renderApp();
  fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
  await waitFor(() =>
    expect(deps.download).toHaveBeenCalledWith({
      filename: 'counterpoint-highlights.markdown',
      mime: 'text/plain',
      text: 'x',
    }),
  );
});

const file = (name: string, content: string) =>
  Object.assign(new File([content], name), { content });

test('import: the format detected, the report shown, the list reloaded', async () => {
  const { calls } = await renderApp();
  const before = calls.filter((c) => c.method === 'listHighlights').length;
  fireEvent.change(screen.getByLabelText('File'), {
    target: { files: [file('hyp.json', '{"annotations":[]}')] },
  });
  await waitFor(() =>
    expect(screen.getByText('Imported hyp.json (Hypothesis export (JSON)):')).toBeTruthy(),
  );
  expect(calls.find((c) => c.method === 'importHighlights')?.args).toEqual([
    'hypothesis',
    '{"annotations":[]}',
  ]);
  expect(screen.getByText('1 added')).toBeTruthy();
  expect(screen.getByText('1 merged')).toBeTruthy();
  expect(screen.getByText('1 skipped')).toBeTruthy();
  expect(screen.getByText('Item 3: no quote')).toBeTruthy();
  expect(calls.filter((c) => c.method === 'listHighlights').length).toBe(before + 1);
});

test('import: a chosen format is used; a refused file says why', async () => {
  const { calls, setImportResult } = await renderApp();
  setImportResult(new Error('refused: item 2: type must be "Annotation"'));
  fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'csv' } });
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [file('x.json', '[]')] } });
  await waitFor(() => expect(screen.getByText('Nothing was imported from x.json:')).toBeTruthy());
  expect(screen.getByText('refused: item 2: type must be "Annotation"')).toBeTruthy();
  expect(calls.find((c) => c.method === 'importHighlights')?.args[0]).toBe('csv');
});

test.each([
  [
    'one byte over MAX_HIGHLIGHTS_FILE_BYTES: refused on its size, never read or sent',
    MAX_HIGHLIGHTS_FILE_BYTES + 1,
    0,
  ],
  ['exactly MAX_HIGHLIGHTS_FILE_BYTES: read and imported', MAX_HIGHLIGHTS_FILE_BYTES, 1],
])('import: a file of %s', async (_what, size, reads) => {
  const { deps, calls } = await renderApp();
  const readText = jest.spyOn(deps, 'readText');
  const big = file('big.jsonld', '[]');
  Object.defineProperty(big, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [big] } });
  if (reads === 0) {
    await waitFor(() =>
      expect(screen.getByText('Nothing was imported from big.jsonld:')).toBeTruthy(),
    );
    expect(
      screen.getByText(
        'The file is 20.1 MB; highlight files of up to 20 MB are imported. Nothing of it was read.',
      ),
    ).toBeTruthy();
  } else {
    await waitFor(() =>
      expect(
        screen.getByText(t('libraryImportDone', ['big.jsonld', t('libraryFormatJsonLd')])),
      ).toBeTruthy(),
    );
  }
  expect(readText).toHaveBeenCalledTimes(reads);
  expect(calls.filter((c) => c.method === 'importHighlights')).toHaveLength(reads);
});

/** The page with `bad` listed first, as a background that did not normalise it would send it. */
async function renderWith(bad: Record<string, unknown>) {
  const f = fakes();
  const call = f.deps.call as (m: string, ...a: unknown[]) => Promise<unknown>;
  let listed = true;
  f.deps.call = (async (method: string, ...args: unknown[]) => {
    if (method === 'deleteHighlight' && args[0] === bad.id) {
      f.calls.push({ method, args });
      listed = false;
      return bad;
    }
    const answer = await call(method, ...args);
    return method === 'listHighlights' && listed ? [bad, ...(answer as Highlight[])] : answer;
  }) as LibraryDeps['call'];
  render(<LibraryApp deps={f.deps} />);
  await waitFor(() => expect(document.querySelectorAll('.lib-card')).toHaveLength(6));
  return f;
}

test.each([
  ['1e20', 1e20],
  ['NaN', NaN],
  ['the epoch (an unknown date, normalised)', 0],
])(
  'a created of %s reads "Unknown date"; the card is whole and can be deleted',
  async (_what, created) => {
    await renderWith({ ...HIGHLIGHTS[0], id: 'bad-date', created });
    const bad = card('te');
    expect(bad.dataset.id).toBe('bad-date');
    expect(within(bad).getByText('Unknown date')).toBeTruthy();
    expect(bad.querySelector('time')).toBeNull();
    fireEvent.click(within(bad).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(cardIds()).toEqual(['01', '02', '03', '04', '05']));
  },
);

test('a card that cannot render says so in its place, with Delete; the rest of the page works', async () => {
  // No quote selector at all: the card cannot be drawn (the background never sends this; a future bug might).
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { calls } = await renderWith({ ...HIGHLIGHTS[0], id: 'broken', quote: null });
  expect(logged).toHaveBeenCalledWith(
    'counterpoint: a part of the page could not be shown:',
    expect.any(TypeError),
  );
  logged.mockRestore();
  const failed = screen.getByRole('alert');
  expect(failed.className).toContain('lib-card-failed');
  expect(within(failed).getByText(t('libraryCardFailed'))).toBeTruthy();
  expect(within(failed).getByText(/^What went wrong: .+/)).toBeTruthy();
  expect(cardIds()).toEqual(['01', '02', '03', '04', '05']); // the five good cards are drawn
  fireEvent.click(within(failed).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  expect(calls).toContainEqual({ method: 'deleteHighlight', args: ['broken'] });
  expect(screen.getByRole('heading', { level: 2, name: '5 highlights' })).toBeTruthy();
});

test('an empty library says how to start', async () => {
  const f = fakes();
  const call = f.deps.call;
  f.deps.call = (async (method: string, ...args: unknown[]) =>
    method === 'listHighlights'
      ? []
      : (call as (m: string, ...a: unknown[]) => unknown)(method, ...args)) as LibraryDeps['call'];
  render(<LibraryApp deps={f.deps} />);
  await waitFor(() => expect(screen.getByText(/No highlights yet/)).toBeTruthy());
  expect(screen.getByRole('heading', { level: 2, name: '0 highlights' })).toBeTruthy();
});

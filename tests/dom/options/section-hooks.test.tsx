// The options page's section hooks, each alone with fakes: the shared store
// change (busy, re-read, outcome), a setting draft (shown at once, written
// when the reader settles, not undone meanwhile), thresholds, packs, learned
// chapters and shortcuts.

import { act, renderHook, waitFor } from '@testing-library/preact';
import type { OptionsDeps } from '../../../src/options/deps';
import { useLearned } from '../../../src/options/useLearned';
import { usePacks } from '../../../src/options/usePacks';
import { useSettingDraft } from '../../../src/options/useSettingDraft';
import { useSettings } from '../../../src/ui/use-settings';
import { useShortcuts } from '../../../src/options/useShortcuts';
import { useStoreChange } from '../../../src/options/useStoreChange';
import {
  PREVIEW_DELAY_MS,
  THRESHOLD_WRITE_DELAY_MS,
  useThresholds,
} from '../../../src/options/useThresholds';
import type { Settings } from '../../../src/shared/settings';
import type { Notice } from '../../../src/ui/options';
import { readText } from './read-text';
import { fakeSettingsStore } from './settings-store';

const t = (key: string, subs: string[] = []) => [key, ...subs].join(' ');
type Handlers = Record<string, (...args: never[]) => unknown>;
/** deps.call answered by `handlers` (a missing one throws, as an unknown method would). */
const callWith = (handlers: Handlers) =>
  jest.fn(async (method: string, ...args: unknown[]) => {
    const handler = handlers[method] as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) throw new Error(`no ${method}`);
    return handler(...args);
  }) as unknown as OptionsDeps['call'];
const fail = (message: string) => () => {
  throw new Error(message);
};

describe('useStoreChange', () => {
  test.each<[string, () => Promise<Notice>, Notice]>([
    [
      'a change that works: its own notice',
      async () => ({ kind: 'ok', text: 'done' }),
      { kind: 'ok', text: 'done' },
    ],
    [
      "a change that throws: the failure, in the section's words",
      async () => {
        throw new Error('closed');
      },
      { kind: 'error', text: 'failed: closed' },
    ],
  ])('%s, announced after the list is read again', async (_what, work, notice) => {
    const order: string[] = [];
    const refresh = jest.fn(async () => {
      order.push('refresh');
    });
    const { result } = renderHook(() => useStoreChange(refresh, (e) => `failed: ${e}`));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    act(() =>
      result.current.run(async () => {
        await gate;
        order.push('work');
        return work();
      }),
    );
    expect(result.current.busy).toBe(true);
    await act(async () => finish());
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current.notice).toEqual(notice);
    expect(order).toEqual(['work', 'refresh']);
  });

  test('a list that cannot be read again still ends the change with its outcome', async () => {
    const { result } = renderHook(() =>
      useStoreChange(
        async () => {
          throw new Error('gone');
        },
        (e) => e,
      ),
    );
    act(() => result.current.run(async () => ({ kind: 'ok', text: 'done' })));
    await waitFor(() => expect(result.current.notice).toEqual({ kind: 'ok', text: 'done' }));
    expect(result.current.busy).toBe(false);
  });
});

describe('useSettingDraft', () => {
  const read = (s: Settings) => s.minWords;
  const write = (minWords: number): Partial<Settings> => ({ minWords });
  const DELAY = 500;

  function setup() {
    const f = fakeSettingsStore({ minWords: 20 });
    const hook = renderHook(() => {
      const settings = useSettings(f.store);
      return useSettingDraft(settings, 12, read, write);
    });
    return { ...f, result: hook.result };
  }

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('starts at its initial value, then follows what is stored', async () => {
    const f = setup();
    expect(f.result.current.value).toBe(12);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(f.result.current.value).toBe(20);
    act(() => f.changeElsewhere({ minWords: 30 }));
    expect(f.result.current.value).toBe(30);
  });

  test('an edit shows at once, is written once the reader settles, and a change elsewhere meanwhile does not undo it', async () => {
    const f = setup();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    const saved = jest.fn();
    act(() => f.result.current.edit(40, DELAY));
    act(() => f.result.current.edit(45, DELAY, saved));
    expect(f.result.current.value).toBe(45);
    act(() => f.changeElsewhere({ minWords: 30 }));
    expect(f.result.current.value).toBe(45);
    expect(f.store.update).not.toHaveBeenCalled();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(DELAY);
    });
    expect(f.store.update).toHaveBeenCalledTimes(1);
    expect(f.stored().minWords).toBe(45);
    expect(saved).toHaveBeenCalledTimes(1);
    // Written: the draft follows the store again.
    act(() => f.changeElsewhere({ minWords: 25 }));
    expect(f.result.current.value).toBe(25);
  });
});

describe('useThresholds', () => {
  function setup(
    initial: Partial<Settings>,
    previewThresholds: (...a: never[]) => unknown = () => null,
  ) {
    const f = fakeSettingsStore(initial);
    const call = callWith({ previewThresholds });
    const { result } = renderHook(() => useThresholds(call, useSettings(f.store)));
    return { ...f, call, result };
  }

  test.each<[Partial<Settings>, boolean]>([
    [{}, true],
    [{ minWords: 13 }, false],
    [{ minIdentity: 0.8 }, false],
  ])('stored %p: at the defaults %p', async (initial, atDefaults) => {
    const f = setup(initial);
    await waitFor(() =>
      expect(f.result.current.values).toEqual({
        minWords: initial.minWords ?? 12,
        minIdentity: initial.minIdentity ?? 0.7,
      }),
    );
    expect(f.result.current.atDefaults).toBe(atDefaults);
  });

  const PREVIEW = {
    url: 'https://www.marxists.org/ch26.htm',
    title: 'Chapter 26',
    current: ['A'],
    previewed: ['A'],
  };
  test.each<[string, () => unknown, unknown]>([
    ['a page to preview', () => PREVIEW, { kind: 'ready', preview: PREVIEW }],
    ['no page read yet', () => null, { kind: 'none' }],
    ['the background failing', fail('asleep'), { kind: 'error', message: 'asleep' }],
  ])('the first read previews the stored values: %s', async (_what, answer, preview) => {
    const f = setup({ minWords: 30 }, answer);
    await waitFor(() => expect(f.result.current.preview).toEqual(preview));
    expect(f.call).toHaveBeenCalledWith('previewThresholds', { minWords: 30, minIdentity: 0.7 });
  });

  test('a change keeps the last preview up until the new one answers; reset goes back to the defaults', async () => {
    jest.useFakeTimers();
    try {
      const f = setup({ minWords: 30 }, () => PREVIEW);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(0);
      });
      act(() => f.result.current.onChange({ minWords: 40 }));
      expect(f.result.current.preview.kind).toBe('ready');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
      });
      expect(f.call).toHaveBeenLastCalledWith('previewThresholds', {
        minWords: 40,
        minIdentity: 0.7,
      });
      act(() => f.result.current.onReset());
      expect(f.result.current.values).toEqual({ minWords: 12, minIdentity: 0.7 });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(THRESHOLD_WRITE_DELAY_MS);
      });
      expect(f.stored().minWords).toBe(12);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('usePacks', () => {
  const PACK = { id: 'p1', name: 'Notes', attribution: '', layers: [], paragraphs: 2 };

  function setup(handlers: Handlers) {
    const dataListeners: (() => void)[] = [];
    const call = callWith(handlers);
    const deps = {
      t,
      call,
      readText,
      onDataChanged: (l: () => void) => {
        dataListeners.push(l);
      },
    };
    const { result } = renderHook(() => usePacks(deps));
    return { call, result, signal: () => dataListeners.forEach((l) => l()) };
  }

  test('packs and layers that cannot be read: the section says why', async () => {
    const f = setup({ getLayers: fail('closed'), listPacks: () => [] });
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({
        kind: 'error',
        text: 'optionsDataLoadError closed',
      }),
    );
  });

  test('removing a pack names it, and the list is read again; a change elsewhere is read too', async () => {
    let packs = [PACK];
    const f = setup({
      getLayers: () => [],
      listPacks: () => packs,
      removePack: () => {
        packs = [];
      },
    });
    await waitFor(() => expect(f.result.current.packs).toEqual([PACK]));
    act(() => f.result.current.onRemovePack('p1'));
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({ kind: 'ok', text: 'optionsPackRemoved Notes' }),
    );
    expect(f.result.current.packs).toEqual([]);
    packs = [PACK];
    act(() => f.signal());
    await waitFor(() => expect(f.result.current.packs).toEqual([PACK]));
  });
});

describe('useLearned', () => {
  const CH99 = { chapter: 'ch99', words: 10, paragraphs: 1, learnedAt: 0 };

  function setup(handlers: Handlers) {
    const settings = fakeSettingsStore();
    const visible: (() => void)[] = [];
    const call = callWith({ getChapterView: () => null, ...handlers });
    const deps = {
      t,
      call,
      readText,
      onVisible: (l: () => void) => {
        visible.push(l);
      },
    };
    const { result } = renderHook(() => useLearned(deps, useSettings(settings.store)));
    return { ...settings, call, result, comeBack: () => visible.forEach((l) => l()) };
  }

  test('a list that cannot be read shows empty, and says why', async () => {
    const f = setup({ listLearned: fail('closed') });
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({
        kind: 'error',
        text: 'optionsLearnedLoadError closed',
      }),
    );
    expect(f.result.current.learned).toEqual([]);
  });

  test('a chapter without a record is forgotten by its id; a failure is worded as one', async () => {
    let learned = [CH99];
    const f = setup({
      listLearned: () => learned,
      forgetLearned: () => {
        learned = [];
      },
    });
    await waitFor(() => expect(f.result.current.learned).toEqual([CH99]));
    act(() => f.result.current.onForget('ch99'));
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({ kind: 'ok', text: 'optionsLearnedForgotten ch99' }),
    );
    expect(f.result.current.learned).toEqual([]);
    act(() => f.result.current.onExport());
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({
        kind: 'error',
        text: 'optionsLearnedFailed no exportLearned',
      }),
    );
  });

  test('learning follows the settings, and the switch writes them', async () => {
    const f = setup({ listLearned: () => [] });
    await waitFor(() => expect(f.result.current.learning).toBe(true));
    act(() => f.result.current.onToggleLearning(false));
    await waitFor(() => expect(f.result.current.learning).toBe(false));
    expect(f.stored().learning).toBe(false);
  });

  test('coming back to the page reads the list again', async () => {
    let learned: (typeof CH99)[] = [];
    const f = setup({ listLearned: () => learned });
    await waitFor(() => expect(f.result.current.learned).toEqual([]));
    learned = [CH99];
    act(() => f.comeBack());
    await waitFor(() => expect(f.result.current.learned).toEqual([CH99]));
  });
});

describe('useShortcuts', () => {
  const TOGGLE = { name: 'toggle-overlay', description: 'Toggle', shortcut: 'Alt+Shift+O' };
  test.each<[string, () => Promise<(typeof TOGGLE)[]>, (typeof TOGGLE)[]]>([
    ['the browser lists its commands', async () => [TOGGLE], [TOGGLE]],
    [
      'the browser cannot list them: none',
      async () => {
        throw new Error('no commands API');
      },
      [],
    ],
  ])('%s', async (_what, getAll, commands) => {
    const openSettings = jest.fn(async () => undefined);
    const deps = { browser: 'chrome' as const, commands: { getAll, openSettings } };
    const { result } = renderHook(() => useShortcuts(deps));
    await waitFor(() => expect(result.current.commands).toEqual(commands));
    result.current.onOpenSettings();
    expect(openSettings).toHaveBeenCalled();
  });
});

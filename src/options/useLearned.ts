// The learned-chapters section: learning on or off, the chapters learned,
// forgetting one or all, and carrying them to another browser as a file.

import { useEffect } from 'preact/hooks';
import { MAX_LEARNED_FILE_BYTES } from '../shared/limits';
import { DEFAULT_SETTINGS } from '../shared/settings';
import {
  learnedChapterLabel,
  learnedFileName,
  type LearnedSectionProps,
  type Notice,
} from '../ui/options';
import { downloadFile } from '../ui/download';
import type { OptionsDeps } from './deps';
import { errorText } from './errors';
import { importJson, type JsonImport } from './import-json';
import { useLearnedList } from './useLearnedList';
import type { PageSettings } from '../ui/use-settings';
import { useStoreChange } from './useStoreChange';

const LEARNED_FILE: JsonImport = {
  limit: MAX_LEARNED_FILE_BYTES,
  refused: 'optionsLearnedImportRefused',
  tooLarge: 'optionsLearnedTooLarge',
  notJson: 'optionsLearnedNotJson',
  reasonPrefix: /^refused:\s*(the file:\s*)?/,
};

export interface Learned extends Omit<LearnedSectionProps, 'locale' | 't'> {
  /** Reads the list again (after the section failed to render). */
  reload(): void;
}

type LearnedDeps = Pick<OptionsDeps, 't' | 'call' | 'readText' | 'onVisible' | 'download' | 'now'>;

export function useLearned(deps: LearnedDeps, settings: PageSettings): Learned {
  const { t, call, onVisible } = deps;
  const { learned, chapters, refresh, showEmpty } = useLearnedList(call);
  const change = useStoreChange(refresh, (error) => t('optionsLearnedFailed', [error]));
  const { setNotice } = change;
  const reload = () => void refresh().catch(() => undefined);

  useEffect(() => {
    refresh().catch((e: unknown) => {
      showEmpty();
      setNotice({ kind: 'error', text: t('optionsLearnedLoadError', [errorText(e)]) });
    });
    // A chapter read in another tab is listed when the reader comes back.
    onVisible(() => void refresh().catch(() => undefined));
  }, [refresh, showEmpty, setNotice, onVisible, t]);

  const ok = (text: string): Notice => ({ kind: 'ok', text });
  return {
    learning: settings.current?.learning ?? DEFAULT_SETTINGS.learning,
    learned,
    chapters,
    notice: change.notice,
    busy: change.busy,
    reload,
    onToggleLearning: (on) => void settings.update(() => ({ learning: on })),
    onForget: (chapter) =>
      change.run(async () => {
        await call('forgetLearned', chapter);
        return ok(
          t('optionsLearnedForgotten', [learnedChapterLabel(chapter, chapters[chapter], t)]),
        );
      }),
    onForgetAll: () =>
      change.run(async () => {
        await call('forgetLearned', null);
        return ok(t('optionsLearnedForgottenAll'));
      }),
    onExport: () => change.run(() => exportLearned(deps)),
    onImport: (file) =>
      change.run(() =>
        importJson(file, deps.readText, t, LEARNED_FILE, async (parsed) => {
          const { imported } = await call('importLearned', parsed);
          return t('optionsLearnedImported', [file.name, String(imported)]);
        }),
      ),
  };
}

/** Downloads counterpoint-learned-YYYY-MM-DD.json, holding every learned chapter. */
async function exportLearned({
  t,
  call,
  download = downloadFile,
  now = () => new Date(),
}: LearnedDeps): Promise<Notice> {
  const pack = await call('exportLearned');
  const filename = learnedFileName(now());
  download({ filename, text: JSON.stringify(pack), mime: 'application/json' });
  return {
    kind: 'ok',
    text: t('optionsLearnedExported', [filename, String(pack.chapters.length)]),
  };
}

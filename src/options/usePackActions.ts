// What each listed pack's buttons do: move it a place (the packs' order is
// their layers'), export it as a version 2 file, remove it, and undo that
// removal by importing again the copy exported just before it. The Undo lasts
// until the next action: every change this section runs goes through `run`.

import { useState } from 'preact/hooks';
import type { PackSummary } from '../shared/messages';
import type { PackFileV2 } from '../shared/pack-file';
import { downloadFile } from '../ui/download';
import type { Notice } from '../ui/options';
import type { OptionsDeps } from './deps';
import { errorText } from './errors';
import type { StoreChange } from './useStoreChange';

type ActionDeps = Pick<OptionsDeps, 't' | 'call' | 'download'>;

/** A removed pack while its removal can be undone: its copy, and the order it had a place in. */
interface Removed {
  copy: PackFileV2;
  name: string;
  order: string[];
}

export interface PackActions {
  /** Runs a change of the section (any of them ends the Undo offered). */
  run(work: () => Promise<Notice>): void;
  removed: { name: string } | null;
  onMovePack(id: string, offset: -1 | 1): void;
  onExportPack(id: string): void;
  onRemovePack(id: string): void;
  onUndoRemove(): void;
}

/** The background's prefix to a refusal, left out of the reason a notice quotes. */
export const REFUSED = /^refused:\s*/;

const packFileName = (id: string) => `${id}.counterpoint-pack.json`;

type Run = (work: () => Promise<Notice>) => void;

const ok = (text: string): Notice => ({ kind: 'ok', text });

/** Move and Export: they read the list and the store, and change no pack's content. */
function moveAndExport(
  { t, call, download = downloadFile }: ActionDeps,
  packs: PackSummary[],
  run: Run,
) {
  const nameOf = (id: string) => packs.find((p) => p.id === id)?.name ?? id;
  const missing = (id: string): Notice => ({
    kind: 'error',
    text: t('optionsPackMissing', [nameOf(id)]),
  });
  const onMovePack = (id: string, offset: -1 | 1) =>
    run(async () => {
      const order = packs.map((p) => p.id);
      const from = order.indexOf(id);
      const to = from + offset;
      if (from < 0 || to < 0 || to >= order.length) return missing(id);
      [order[from], order[to]] = [order[to], order[from]];
      await call('reorderPacks', order);
      return ok(t('optionsPackMoved', [nameOf(id), String(to + 1), String(order.length)]));
    });
  const onExportPack = (id: string) =>
    run(async () => {
      const file = await call('exportPack', id);
      if (!file) return missing(id);
      const filename = packFileName(id);
      download({ filename, text: JSON.stringify(file, null, 2), mime: 'application/json' });
      return ok(t('optionsPackExported', [file.name, filename]));
    });
  return { onMovePack, onExportPack };
}

export function usePackActions(
  deps: ActionDeps,
  packs: PackSummary[],
  change: StoreChange,
): PackActions {
  const { t, call } = deps;
  const [removed, setRemoved] = useState<Removed | null>(null);
  const run: Run = (work) => {
    setRemoved(null);
    change.run(work);
  };
  const onRemovePack = (id: string) =>
    run(async () => {
      const name = packs.find((p) => p.id === id)?.name ?? id;
      // The copy Undo imports again; without one (the export failed) the pack is removed all the same.
      const copy = await call('exportPack', id).catch(() => null);
      await call('removePack', id);
      if (copy) setRemoved({ copy, name, order: packs.map((p) => p.id) });
      return ok(t('optionsPackRemoved', [name]));
    });
  const onUndoRemove = () => {
    if (!removed) return;
    run(async () => {
      try {
        await call('importPack', removed.copy);
      } catch (e) {
        const why = errorText(e).replace(REFUSED, '');
        return { kind: 'error', text: t('optionsPackNotRestored', [removed.name, why]) };
      }
      // An import comes last: the pack goes back to its place.
      await call('reorderPacks', removed.order);
      return ok(t('optionsPackRestored', [removed.name]));
    });
  };
  return {
    run,
    removed: removed && { name: removed.name },
    ...moveAndExport(deps, packs, run),
    onRemovePack,
    onUndoRemove,
  };
}

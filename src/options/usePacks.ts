// The data section: critique packs imported, moved, exported, edited (the
// reader's own perspectives), made, removed, or all dropped for the bundled
// dataset; and the layers they bring (the appearance section lists them).

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LayerRecord } from '../shared/dataset';
import { MAX_PACK_FILE_BYTES } from '../shared/limits';
import type { PackSummary } from '../shared/messages';
import type { DataSectionProps } from '../ui/options';
import type { OptionsDeps } from './deps';
import { errorText } from './errors';
import { importJson, type JsonImport } from './import-json';
import { usePackActions } from './usePackActions';
import { useEditForm, useNewPerspectiveForm } from './usePerspectiveForms';
import { useStoreChange } from './useStoreChange';

const PACK_FILE: JsonImport = {
  limit: MAX_PACK_FILE_BYTES,
  refused: 'optionsImportRefused',
  tooLarge: 'optionsPackTooLarge',
  notJson: 'optionsImportNotJson',
  reasonPrefix: /^refused:\s*/,
};

export interface Packs extends Omit<DataSectionProps, 'theme' | 't'> {
  layers: LayerRecord[];
  /** Reads the packs and layers again (after the section failed to render). */
  reload(): void;
}

type PacksDeps = Pick<OptionsDeps, 't' | 'call' | 'readText' | 'onDataChanged' | 'download'>;

/** The packs and layers as stored: read again after each change, and when another page changed them. */
function useStoredPacks({ t, call, onDataChanged }: Omit<PacksDeps, 'readText' | 'download'>) {
  const [layers, setLayers] = useState<LayerRecord[]>([]);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const refresh = useCallback(async () => {
    const [l, p] = await Promise.all([call('getLayers'), call('listPacks')]);
    setLayers(l);
    setPacks(p);
  }, [call]);
  const change = useStoreChange(refresh, (error) => error);
  const { setNotice } = change;

  useEffect(() => {
    refresh().catch((e: unknown) =>
      setNotice({ kind: 'error', text: t('optionsDataLoadError', [errorText(e)]) }),
    );
    // A pack imported or removed in another tab, or a reset.
    onDataChanged(() => void refresh().catch(() => undefined));
  }, [refresh, onDataChanged, setNotice, t]);
  return { layers, packs, refresh, change };
}

export function usePacks(deps: PacksDeps): Packs {
  const { t, call, readText } = deps;
  const { layers, packs, refresh, change } = useStoredPacks(deps);
  const actions = usePackActions(deps, packs, change);
  const { run } = actions;
  const { onEditPack, editing } = useEditForm(deps, packs, run, change.setNotice);
  const creation = useNewPerspectiveForm(deps, run);

  const onImport = (file: File) =>
    run(() =>
      importJson(file, readText, t, PACK_FILE, async (parsed) => {
        const pack = await call('importPack', parsed);
        return t('optionsImportDone', [
          pack.name,
          pack.layers.map((l) => l.name).join(', '),
          String(pack.paragraphs),
        ]);
      }),
    );
  const onRemovePack = (id: string) => {
    if (editing.draft?.packId === id) editing.onCancel();
    actions.onRemovePack(id);
  };
  const onReset = () =>
    run(async () => {
      editing.onCancel();
      const { version } = await call('resetDataset');
      return { kind: 'ok', text: t('optionsResetDone', [version]) };
    });
  const reload = () => void refresh().catch(() => undefined);
  return {
    layers,
    packs,
    notice: change.notice,
    removed: actions.removed,
    busy: change.busy,
    onImport,
    onMovePack: actions.onMovePack,
    onExportPack: actions.onExportPack,
    onEditPack,
    onRemovePack,
    onUndoRemove: actions.onUndoRemove,
    editing,
    creation,
    onReset,
    reload,
  };
}

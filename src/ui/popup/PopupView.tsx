// The whole popup, props in and callbacks out: a header with the buttons to
// the side panel and the library, the page's state, and the layer toggles.

import { Icon } from '../Icon';
import type { LayerRecord } from '../../shared/dataset';
import type { Translate } from '../overlay/types';
import { LayerList } from './LayerList';
import { PageStatus, type PageState } from './PageStatus';

export interface PopupViewProps {
  t: Translate;
  page: PageState;
  siteEnabled: boolean | null;
  /** False when the reader hid the overlay everywhere (the toggle command). */
  overlay: boolean;
  layers: LayerRecord[];
  shown: Record<string, boolean>;
  counts: Record<string, number> | null;
  solo: string | null;
  allShown: boolean;
  onToggleLayer(layerId: string, shown: boolean): void;
  onSolo(layerId: string | null): void;
  themesOnPage: boolean;
  onThemesOnPage(on: boolean): void;
  onSite(enabled: boolean): void;
  onScan(): void;
  /** The tab shows a PDF on the web: offer to open it in Counterpoint's viewer. */
  pdf: boolean;
  onOpenPdf(): void;
  onShowOverlay(): void;
  onOpenPanel(): void;
  onOpenLibrary(): void;
}

export function PopupView(props: PopupViewProps) {
  const { t } = props;
  return (
    <main class="pp">
      <header class="pp-header">
        <Icon class="pp-mark" name="quote" size={20} />
        <h1 class="pp-title">{t('extName')}</h1>
        <nav class="pp-nav" aria-label={t('popupOpenLabel')}>
          <button type="button" class="pp-button" onClick={props.onOpenPanel}>
            <Icon class="pp-button-icon" name="panel" size={14} />
            {t('popupOpenPanel')}
          </button>
          <button type="button" class="pp-button" onClick={props.onOpenLibrary}>
            <Icon class="pp-button-icon" name="list" size={14} />
            {t('popupOpenLibrary')}
          </button>
        </nav>
      </header>
      <PageStatus
        page={props.page}
        siteEnabled={props.siteEnabled}
        t={t}
        onSite={props.onSite}
        onScan={props.onScan}
        pdf={props.pdf}
        onOpenPdf={props.onOpenPdf}
      />
      {!props.overlay && (
        <div class="pp-notice" role="status">
          <span>{t('popupOverlayHidden')}</span>
          <button type="button" class="pp-link" onClick={props.onShowOverlay}>
            {t('popupOverlayShow')}
          </button>
        </div>
      )}
      {props.layers.length > 0 && (
        <LayerList
          layers={props.layers}
          shown={props.shown}
          counts={props.counts}
          solo={props.solo}
          allShown={props.allShown}
          t={t}
          onToggle={props.onToggleLayer}
          onSolo={props.onSolo}
          themesOnPage={props.themesOnPage}
          onThemesOnPage={props.onThemesOnPage}
        />
      )}
    </main>
  );
}

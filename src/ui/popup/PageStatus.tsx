// The page at a glance: the chapter recognised and the passages found, or why
// nothing is shown (no passages, site off, a page we cannot read), with the
// site switch and "Scan this page" where they apply.

import type { ChapterRecord } from '../../shared/dataset';
import { chapterLine } from '../overlay/labels';
import type { Translate } from '../overlay/types';
import { Switch } from './Switch';

export type PageState =
  | { kind: 'loading' }
  /** Not an http(s) page, or a page whose address we may not see. */
  | { kind: 'unreadable' }
  /** The site is not enabled: built-in sites the reader turned off, any other site until enabled or scanned. */
  | { kind: 'off'; host: string; builtIn: boolean; scan: 'idle' | 'scanning' | 'failed' }
  /** Enabled (or scanned) but no report yet. */
  | { kind: 'reading'; host: string }
  | { kind: 'read'; host: string; chapter: ChapterRecord | null; passages: number };

export interface PageStatusProps {
  page: PageState;
  /** The site switch's state, when there is a site. */
  siteEnabled: boolean | null;
  t: Translate;
  onSite(enabled: boolean): void;
  onScan(): void;
  pdf?: boolean;
  onOpenPdf?(): void;
}

function Summary({ page, t }: { page: PageState; t: Translate }) {
  switch (page.kind) {
    case 'loading':
      return <p class="pp-status-line pp-muted">{t('popupLoading')}</p>;
    case 'unreadable':
      return <p class="pp-status-line pp-muted">{t('popupUnreadable')}</p>;
    case 'reading':
      return <p class="pp-status-line pp-muted">{t('popupReading')}</p>;
    case 'off':
      return (
        <p class="pp-status-line">
          {t(page.builtIn ? 'popupSiteOffBuiltIn' : 'popupSiteOff', [page.host])}
        </p>
      );
    case 'read':
      return (
        <>
          {page.chapter && (
            <div class="pp-chapter">
              <span class="pp-kicker">{t('popupChapterRecognised')}</span>
              <p class="pp-chapter-title">{chapterLine(page.chapter, t)}</p>
            </div>
          )}
          {page.passages === 0 ? (
            <p class="pp-status-line pp-muted">{t('popupNoPassages')}</p>
          ) : (
            <p class="pp-status-line">
              <strong class="pp-big">{page.passages}</strong>{' '}
              {t(page.passages === 1 ? 'popupPassageUnit' : 'popupPassagesUnit')}
            </p>
          )}
        </>
      );
  }
}

export function PageStatus({
  page,
  siteEnabled,
  t,
  onSite,
  onScan,
  pdf = false,
  onOpenPdf,
}: PageStatusProps) {
  const host =
    page.kind === 'off' || page.kind === 'reading' || page.kind === 'read' ? page.host : null;
  const offerScan = page.kind === 'off' && !page.builtIn;
  return (
    <section class="pp-status" aria-labelledby="pp-status-title" aria-live="polite">
      <h2 id="pp-status-title" class="pp-sr-only">
        {t('popupPageHeading')}
      </h2>
      <Summary page={page} t={t} />
      {pdf && (
        <div class="pp-scan">
          <button type="button" class="pp-primary" onClick={onOpenPdf}>
            {t('popupOpenPdf')}
          </button>
          <span class="pp-hint">{t('popupOpenPdfHint')}</span>
        </div>
      )}
      {offerScan && !pdf && (
        <div class="pp-scan">
          <button
            type="button"
            class="pp-primary"
            disabled={page.scan === 'scanning'}
            onClick={onScan}
          >
            {t(page.scan === 'scanning' ? 'popupScanning' : 'popupScan')}
          </button>
          <span class="pp-hint">
            {t(page.scan === 'failed' ? 'popupScanFailed' : 'popupScanHint')}
          </span>
        </div>
      )}
      {host !== null && siteEnabled !== null && (
        <div class="pp-site">
          <span class="pp-site-label" id="pp-site-label">
            {t('popupSiteSwitch', [host])}
          </span>
          <Switch id="pp-site" checked={siteEnabled} labelledBy="pp-site-label" onChange={onSite} />
        </div>
      )}
    </section>
  );
}

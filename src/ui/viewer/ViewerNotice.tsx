// What the viewer says when it has no PDF to show: choose one, or why the one
// asked for could not be read and what to do about it.

import type { ViewerProblem } from '../../shared/viewer-url';
import type { Translate } from '../overlay/types';

export interface NoticeActions {
  chooseFile(): void;
  allowHost(host: string): void;
}

function problemText(problem: ViewerProblem, t: Translate): string {
  switch (problem.kind) {
    case 'blocked':
      return t('viewerBlocked', [problem.host]);
    case 'status':
      return t('viewerStatus', [String(problem.status)]);
    case 'too-large':
      return t('viewerTooLarge', [String(Math.round(problem.bytes / 1048576))]);
    case 'not-pdf':
      return t('viewerNotPdf');
    default:
      return t('viewerUnreadable', [problem.detail.slice(0, 200)]);
  }
}

export function ViewerNotice({
  phase,
  problem,
  loadedBytes,
  actions,
  t,
}: {
  phase: 'choose' | 'fetching' | 'opening' | 'failed';
  problem: ViewerProblem | null;
  loadedBytes: number;
  actions: NoticeActions;
  t: Translate;
}) {
  if (phase === 'fetching' || phase === 'opening')
    return (
      <section class="cp-notice" role="status">
        <p>
          {phase === 'fetching'
            ? t('viewerFetching', [String(Math.round(loadedBytes / 1024))])
            : t('viewerOpening')}
        </p>
      </section>
    );
  return (
    <section class="cp-notice" aria-labelledby="cp-notice-title">
      <h1 id="cp-notice-title">{problem ? t('viewerFailedTitle') : t('viewerChooseTitle')}</h1>
      <p role={problem ? 'alert' : undefined}>
        {problem ? problemText(problem, t) : t('viewerChooseText')}
      </p>
      <p class="cp-notice-actions">
        {problem?.kind === 'blocked' && (
          <button type="button" class="cp-primary" onClick={() => actions.allowHost(problem.host)}>
            {t('viewerAllowHost', [problem.host])}
          </button>
        )}
        <button type="button" onClick={actions.chooseFile}>
          {t('viewerOpenFile')}
        </button>
      </p>
      <p class="cp-hint">{t('viewerDropHint')}</p>
    </section>
  );
}

// The list of passages recognised on a page: props in, nothing else.

import type { Detection, PageReport } from '../shared/messages';

export interface DetectionListProps {
  report: PageReport | null;
  t: (key: string, substitutions?: string[]) => string;
}

function label(d: Detection, t: DetectionListProps['t']): string {
  return d.passage ?? t('chapterOpening', [d.chapter ?? '?']);
}

export function DetectionList({ report, t }: DetectionListProps) {
  if (!report) return <p class="muted">{t('popupNotScanned')}</p>;
  if (report.detections.length === 0) return <p class="muted">{t('popupNoPassages')}</p>;
  return (
    <>
      <p>{t('popupPassagesFound', [String(report.detections.length)])}</p>
      <ul class="detections">
        {report.detections.map((d) => (
          <li key={`${d.start}-${d.passage ?? d.chapter}`}>
            <span class="label">{label(d, t)}</span> <span class="muted">{d.chapter ?? ''}</span>
            <div class="muted">{d.excerpt}</div>
          </li>
        ))}
      </ul>
    </>
  );
}

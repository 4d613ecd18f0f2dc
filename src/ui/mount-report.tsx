// Mounts a ReportView that loads the active tab's report, refreshing on demand.

import { render } from 'preact';
import type { PageReport } from '../shared/messages';
import { ReportView } from './ReportView';

export interface ReportSource {
  load(): Promise<PageReport | null>;
  t: (key: string, substitutions?: string[]) => string;
  heading: string;
}

export async function mountReport(root: HTMLElement, source: ReportSource): Promise<void> {
  const report = await source.load().catch(() => null);
  render(<ReportView report={report} t={source.t} heading={source.heading} />, root);
}

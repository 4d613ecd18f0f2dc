// A page's report with its heading, shared by the popup and the side panel.

import { DetectionList, type DetectionListProps } from './DetectionList';

export function ReportView({ report, t, heading }: DetectionListProps & { heading: string }) {
  return (
    <main>
      <h1>{heading}</h1>
      <DetectionList report={report} t={t} />
    </main>
  );
}

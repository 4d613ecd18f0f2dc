// The tab the popup speaks for: its readable host, and its report once the
// content script has sent one. A page that is being read but has not reported
// yet is asked again every POLL_MS for POLL_FOR_MS.

import { useEffect, useState } from 'preact/hooks';
import { isPdfUrl } from '../shared/viewer-url';
import { readableHost } from '../ui/popup';
import type { PopupDeps } from './deps';
import { readReport, type Reading } from './reading';

export const POLL_MS = 300;
export const POLL_FOR_MS = 15_000;

export interface TabReading {
  /** undefined while loading; null for a page the popup cannot read (no tab, not http(s), no access). */
  host: string | null | undefined;
  reading: Reading | null;
  /** The tab's address when it is a PDF on the web (the browser's own viewer shows it). */
  pdfUrl: string | null;
  /** A report read later (polled), or null when the reader turned the site off. */
  setReading(reading: Reading | null): void;
}

/** The host and the report, once. */
export function useTabReading(deps: PopupDeps, tabId: number | null): TabReading {
  const [host, setHost] = useState<string | null | undefined>(undefined);
  const [reading, setReading] = useState<Reading | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void (async () => {
      if (tabId === null) return setHost(null);
      const report = await deps.call('getTabReport', tabId).catch(() => null);
      const url = report?.url ?? (await deps.tabUrl(tabId));
      if (!alive) return;
      setHost(readableHost(url));
      setPdfUrl(report === null && isPdfUrl(url) ? url : null);
      if (report) {
        const read = await readReport(deps.call, report);
        if (alive) setReading(read);
      }
    })();
    return () => {
      alive = false;
    };
  }, [deps, tabId]);
  return { host, reading, setReading, pdfUrl };
}

/**
 * While `wanted`, asks for the tab's report until it comes (`onReport`) or POLL_FOR_MS after
 * `since` have passed (`onGiveUp`).
 */
export function usePolledReport(
  deps: PopupDeps,
  tabId: number | null,
  wanted: boolean,
  since: number,
  on: { report(r: Reading): void; giveUp(): void },
): void {
  useEffect(() => {
    if (!wanted || tabId === null) return;
    let alive = true;
    const timer = setInterval(async () => {
      const report = await deps.call('getTabReport', tabId).catch(() => null);
      if (!alive) return;
      if (report) {
        clearInterval(timer);
        const read = await readReport(deps.call, report);
        if (alive) on.report(read);
      } else if (deps.now() - since > POLL_FOR_MS) {
        clearInterval(timer);
        on.giveUp();
      }
    }, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [deps, tabId, wanted, since, on]);
}

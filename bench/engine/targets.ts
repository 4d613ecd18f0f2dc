// The headline numbers, the targets they are held to, and the one-line summary.
// Targets are ratios from one process run, so they hold across machines.

import { recall, type Score } from './accuracy';
import type { Timings } from './report-time';

export interface Headline {
  matchFloor: number;
  n5000n100: number;
  vsAsm: number;
  recall: number;
  unrelated: number;
}

export function headline(t: Timings, page: string, engine5000: Score): Headline {
  return {
    matchFloor: t.xFloor(page, 'engine', 5000),
    n5000n100: t.get(page, 'engine', 5000) / t.get(page, 'engine', 100),
    vsAsm: t.get(page, 'asm', 1000) / t.get(page, 'engine', 1000),
    recall: recall(engine5000),
    unrelated: engine5000.unplanted.web,
  };
}

/** Failure messages; empty when every target holds. NaN (not measured) fails too. */
export function failures(h: Headline): string[] {
  const out: string[] = [];
  if (!(h.matchFloor <= 8)) out.push(`match/floor ${h.matchFloor.toFixed(2)} > 8`);
  if (!(h.n5000n100 <= 1.3)) out.push(`n5000/n100 ${h.n5000n100.toFixed(2)} > 1.3`);
  if (!(h.vsAsm >= 1500)) out.push(`vs-approx-string-match ${Math.round(h.vsAsm)}× < 1500×`);
  if (!(h.recall >= 99.5)) out.push(`recall ${h.recall.toFixed(2)} % < 99.5 %`);
  if (h.unrelated !== 0) out.push(`unrelated-matches ${h.unrelated} > 0`);
  return out;
}

export function summaryLine(h: Headline): string {
  return (
    `bench: match/floor=${h.matchFloor.toFixed(2)} (N=5000) n5000/n100=${h.n5000n100.toFixed(2)} ` +
    `vs-approx-string-match(N=1000)=${Math.round(h.vsAsm)}× recall=${h.recall.toFixed(2)}% unrelated-matches=${h.unrelated}`
  );
}

// How an import meets the store: each checked highlight of the file is added,
// merged into a stored one with the same page and quote (tags united, a new
// note appended), or skipped with the reason. Pure: the import reads the
// store and writes the plan's records in one transaction.

import type { Highlight, ImportReport } from '../../shared/highlights';
import { pageKey } from '../../shared/highlights';
import { LIMITS } from './records';

/** A highlight read from the file, with its item number there (from 1). */
export interface Incoming {
  item: number;
  highlight: Highlight;
}

export interface ImportPlan {
  /** Records to write: those added, and stored ones with something merged in. */
  writes: Highlight[];
  added: number;
  merged: number;
  skipped: ImportReport['skipped'];
}

/** Two highlights are the same when they mark the same quote on the same page. */
const key = (h: Highlight) => `${pageKey(h.url)}\u0000${h.quote.exact}`;

/**
 * A stored highlight with an imported one's tags and note merged in; null when nothing is new;
 * why not, when the merged record would hold more than a highlight may (tags, note length).
 */
function mergedRecord(into: Highlight, from: Highlight, now: number): Highlight | null | string {
  const tags = [...new Set([...into.tags, ...from.tags])];
  const noteIsNew = from.note.trim() !== '' && !into.note.includes(from.note.trim());
  if (tags.length === into.tags.length && !noteIsNew) return null;
  const note = !noteIsNew
    ? into.note
    : into.note.trim() === ''
      ? from.note
      : `${into.note}\n\n${from.note}`;
  if (tags.length > LIMITS.tags)
    return `same page and quote as a stored highlight, and the two together have more than ${LIMITS.tags} tags`;
  if (note.length > LIMITS.note)
    return `same page and quote as a stored highlight, and the two notes together are longer than ${LIMITS.note} characters`;
  return { ...into, tags, note, updated: now };
}

/** The store as the import fills it, item by item, so the file is de-duplicated against itself too. */
class Planner {
  readonly writes = new Map<string, Highlight>();
  readonly skipped: ImportReport['skipped'] = [];
  added = 0;
  merged = 0;
  private readonly byId: Map<string, Highlight>;
  private readonly byKey: Map<string, Highlight>;
  /** The item that added each id, so a later duplicate names it. */
  private readonly fromFile = new Map<string, number>();
  private readonly now: number;

  constructor(stored: Highlight[], now: number) {
    this.byId = new Map(stored.map((h) => [h.id, h]));
    this.byKey = new Map(stored.map((h) => [key(h), h]));
    this.now = now;
  }

  take({ item, highlight }: Incoming): void {
    const same = this.byKey.get(key(highlight));
    if (this.byId.has(highlight.id)) this.skipSameId(item, highlight.id);
    else if (same) this.mergeInto(item, same, highlight);
    else {
      this.keep(highlight);
      this.fromFile.set(highlight.id, item);
      this.added++;
    }
  }

  private skipSameId(item: number, id: string): void {
    const earlier = this.fromFile.get(id);
    this.skipped.push({
      item,
      reason: earlier ? `same id as item ${earlier}` : 'already there (same id)',
    });
  }

  private mergeInto(item: number, same: Highlight, highlight: Highlight): void {
    const next = mergedRecord(same, highlight, this.now);
    if (typeof next === 'string') {
      this.skipped.push({ item, reason: next });
    } else if (!next) {
      const earlier = this.fromFile.get(same.id);
      this.skipped.push({
        item,
        reason: earlier
          ? `same page and quote as item ${earlier}`
          : 'already there (same page and quote, nothing new)',
      });
    } else {
      this.keep(next);
      this.merged++;
    }
  }

  private keep(h: Highlight): void {
    this.writes.set(h.id, h);
    this.byId.set(h.id, h);
    this.byKey.set(key(h), h);
  }
}

/** What importing `incoming` (in file order) into a store holding `stored` writes and reports. */
export function planImport(stored: Highlight[], incoming: Incoming[], now: number): ImportPlan {
  const planner = new Planner(stored, now);
  for (const one of incoming) planner.take(one);
  return {
    writes: [...planner.writes.values()],
    added: planner.added,
    merged: planner.merged,
    skipped: planner.skipped,
  };
}

// Accuracy, index-build and corpus tables, plus the list of missed quotes.

import { fingerprint } from '../../src/engine';
import { foundCount, recall, type Score } from './accuracy';
import { excerpt, mb, ms, pct, ratio, section, table } from './format';
import type { BuildStats } from './memory';
import type { Page } from './pages';
import { CATEGORIES, CATEGORY_LABELS } from './quotes';
import type { SpellingChange } from './spelling';

export interface ScoredRun {
  method: string;
  n: number;
  score: Score;
}

export function accuracySection(runs: ScoredRun[], pages: Page[]): string {
  const s0 = runs[0].score;
  const quotes = CATEGORIES.map((c) => `${CATEGORY_LABELS[c]} n=${s0.total[c]}`).join(', ');
  const mbs = pages.reduce((n, p) => n + p.text.length, 0) / 1024 / 1024;
  const rows = runs.map(({ method, n, score: s }) => [
    method,
    n.toLocaleString('en-US'),
    ...CATEGORIES.map((c) => pct(recall(s, c))),
    `**${pct(recall(s))}**`,
    pct((100 * s.correct) / Math.max(1, s.reports)),
    `${s.unplanted.web} (${(s.unplanted.web / s.fillerMB.web).toFixed(2)})`,
    `${s.unplanted.book} (${(s.unplanted.book / s.fillerMB.book).toFixed(2)})`,
    pct((100 * s.exactBounds) / Math.max(1, foundCount(s))),
    pct((100 * s.bounds2) / Math.max(1, foundCount(s))),
  ]);
  const headers = [
    'method',
    'N',
    ...CATEGORIES.map((c) => CATEGORY_LABELS[c]),
    'all',
    'precision',
    `unplanted web filler (/MB, ${s0.fillerMB.web.toFixed(1)} MB)`,
    `unplanted same-book filler (/MB, ${s0.fillerMB.book.toFixed(1)} MB)`,
    'exact word bounds',
    'bounds ±2 words',
  ];
  return section(
    `Accuracy (${foundCount(s0) + s0.misses.length} planted quotes on ${pages.length} pages, ${mbs.toFixed(1)} MB)`,
    `Recall in %, per category: ${quotes}. Precision = correct reports ÷ all reports. Bounds: share of found quotes whose best report starts and ends at the planted quote's first/last engine word (exactly / within 2 words).`,
    table(headers, rows),
  );
}

export function missesSection(run: ScoredRun, limit = 40): string {
  const rows = run.score.misses
    .slice(0, limit)
    .map((m) => [
      m.page,
      m.quote.cat,
      `P${String(m.quote.pid).padStart(4, '0')}`,
      `${Math.round(100 * m.covered)} %`,
      excerpt(m.text, 160),
    ]);
  const body = rows.length
    ? table(['page', 'category', 'passage', 'covered', 'quote (JSON-escaped)'], rows, 3)
    : 'None.';
  return section(
    `Missed quotes: ${run.method}, N = ${run.n.toLocaleString('en-US')} (${run.score.misses.length})`,
    body,
  );
}

export function buildSection(stats: BuildStats[]): string {
  const rows = stats.map((b) => [
    b.n.toLocaleString('en-US'),
    ms(b.buildMs),
    ms(b.fingerprintMs),
    mb(b.retainedBytes),
    mb(b.typedBytes),
    b.postings.toLocaleString('en-US'),
    b.slots.toLocaleString('en-US'),
  ]);
  return section(
    'Index build and memory (Node)',
    '`buildIndex(entries)` median of 5; `fingerprint()` of the N passage texts (done at data-build time, not per page) listed apart. Retained = growth of V8 heap + ArrayBuffers across the build, after full GCs.',
    table(
      [
        'N',
        'buildIndex ms',
        'fingerprint ms',
        'retained heap + buffers',
        'typed arrays',
        'shingle postings',
        'table slots',
      ],
      rows,
    ),
  );
}

/** Which applied British spellings the engine does not fold onto the American form. */
export function spellingSection(changes: SpellingChange[]): string {
  const seen = new Map<string, { to: string; count: number; folds: boolean }>();
  for (const c of changes) {
    const key = `${c.from.toLowerCase()}→${c.to.toLowerCase()}`;
    const e = seen.get(key) ?? {
      to: c.to,
      count: 0,
      folds: fingerprint(c.from).join() === fingerprint(c.to).join(),
    };
    e.count++;
    seen.set(key, e);
  }
  const unfolded = [...seen].filter(([, e]) => !e.folds).map(([k, e]) => `${k} (${e.count})`);
  return section(
    'Spelling variants in the typographic quotes',
    `${changes.length} British spellings applied (${seen.size} distinct). Folded by the engine: ${seen.size - unfolded.length} of ${seen.size}. ` +
      (unfolded.length
        ? `Not folded (each costs the quote one word): ${unfolded.join(', ')}.`
        : 'All folded.'),
  );
}

export function corpusSection(
  pages: Page[],
  info: {
    bookChars: number;
    bookWords: number;
    meanWords: number;
    meanChars: number;
    ms: number;
    seed: number;
  },
): string {
  const rows = pages.map((p) => [
    p.name,
    p.kind === 'web' ? 'web (nlp-corpus)' : 'same-book',
    p.timing ? 'timing + accuracy' : 'accuracy',
    p.text.length.toLocaleString('en-US'),
    p.quotes.length,
    pct((100 * (p.text.length - p.fillerChars)) / p.text.length),
  ]);
  const shown = rows.filter((r) => r[2] !== 'accuracy');
  const acc = rows.filter((r) => r[2] === 'accuracy');
  if (acc.length)
    shown.push([
      `${acc.length} accuracy pages`,
      'web / same-book',
      'accuracy',
      `${acc.length} × ~205,000`,
      acc.reduce((n, r) => n + Number(r[4]), 0),
      '≈2',
    ]);
  return section(
    'Corpus',
    `Seed ${info.seed}, generated in ${ratio(info.ms / 1000, 1)} s. Book: Brown corpus, ${info.bookWords.toLocaleString('en-US')} words, ${info.bookChars.toLocaleString('en-US')} characters. ` +
      `5,000 passages, mean ${info.meanWords.toFixed(1)} words / ${info.meanChars.toFixed(0)} characters; quotes planted from the N = 100 set.`,
    table(['page', 'filler', 'used for', 'chars', 'quotes', 'quote share %'], shown, 3),
  );
}

/** Unplanted reports with the page text they cover, to judge whether they are real repeats. */
export function straysSection(run: ScoredRun, limit = 12): string {
  const rows = run.score.strays
    .slice(0, limit)
    .map((s) => [s.page, `P${String(s.pid).padStart(4, '0')}`, excerpt(s.text, 140)]);
  const body = rows.length ? table(['page', 'passage', 'reported page text'], rows, 3) : 'None.';
  return section(
    `Unplanted reports: ${run.method}, N = ${run.n.toLocaleString('en-US')} (${run.score.strays.length}; first ${Math.min(limit, rows.length)})`,
    body,
  );
}

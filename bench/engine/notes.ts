// A reader's note rendered by the library page's NoteText, into a jsdom
// document: ms per render, ms of the inline scan alone and scan steps per
// character, for lines built to make a backtracking reader slow (the old
// inline regex took ~280 ms on the 20,000-character `[` line). jsdom spends
// 15–50 µs on each element it creates, so a note with thousands of marks costs
// mostly that. Its line `bench-notes: …` comes before the summary.

import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { NoteText } from '../../src/ui/library/NoteText';
import { parseInline } from '../../src/ui/library/note-inline';
import { ms, section, table } from './format';
import { gc, median } from './timing';

const CHARS = 20_000;
const NOTES: [string, string][] = [
  ['`[` × 20,000 (one line)', '['.repeat(CHARS)],
  ['`[](` × 6,667', '[]('.repeat(CHARS / 3)],
  ['`**` × 10,000', '**'.repeat(CHARS / 2)],
  ['backtick × 20,000', '`'.repeat(CHARS)],
  ['10,000 `[` then 10,000 `]`', `${'['.repeat(CHARS / 2)}${']'.repeat(CHARS / 2)}`],
  [
    'ordinary note, 20,000 chars',
    'Compare with the **July days**: *timing*, not will; see [the review](https://example.org/r). '
      .repeat(220)
      .slice(0, CHARS),
  ],
];

export interface NoteTiming {
  name: string;
  chars: number;
  ms: number;
  scanMs: number;
  stepsPerChar: number;
}

function timed(run: () => void): number {
  gc();
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export function measureNotes(reps: number): NoteTiming[] {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const renderOnce = (note: string) =>
    timed(() => render(h(NoteText, { note }), document.createElement('div')));
  const scanOnce = (note: string) => timed(() => parseInline(note));
  return NOTES.map(([name, note]) => {
    for (let i = 0; i < 3; i++) renderOnce(note);
    const meter = { steps: 0 };
    parseInline(note, meter);
    const times = (f: (note: string) => number) =>
      median(Array.from({ length: reps }, () => f(note)));
    return {
      name,
      chars: note.length,
      ms: times(renderOnce),
      scanMs: times(scanOnce),
      stepsPerChar: meter.steps / note.length,
    };
  });
}

export function notesSection(timings: NoteTiming[]): string {
  return section(
    'Note rendering (library page)',
    'NoteText into a jsdom document, median ms per render; the inline scan alone, median ms; its steps per character (constant when the scan is linear).',
    table(
      ['note', 'chars', 'ms per render', 'scan ms', 'steps per char'],
      timings.map((t) => [
        t.name,
        t.chars.toLocaleString('en-US'),
        ms(t.ms),
        ms(t.scanMs),
        t.stepsPerChar.toFixed(2),
      ]),
    ),
  );
}

export function notesSummary(timings: NoteTiming[]): string {
  const worst = (f: (t: NoteTiming) => number) => Math.max(...timings.map(f)).toFixed(2);
  return `bench-notes: ms-per-render(${CHARS}x[)=${timings[0].ms.toFixed(2)} scan-ms-worst=${worst((t) => t.scanMs)} steps-per-char-worst=${worst((t) => t.stepsPerChar)}`;
}

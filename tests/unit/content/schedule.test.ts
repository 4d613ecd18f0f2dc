// How a long scan yields: scheduler.yield() between slices (our work keeps its
// place), and a macrotask at least every FAIR_MS so the page's own timers run;
// and what a task may remember of the layout (perTask).

import { FAIR_MS, perTask, Slice, SLICE_MS } from '../../../src/content/schedule';

type Yields = { prioritized: number; macrotask: number };

/** Runs `slices` slices of `workMs` each on a fake clock, counting how each pause yielded. */
async function runSlices(slices: number, workMs: number, withScheduler = true): Promise<Yields> {
  let now = 1000;
  const clock = jest.spyOn(performance, 'now').mockImplementation(() => now);
  const yields: Yields = { prioritized: 0, macrotask: 0 };
  const realSetTimeout = globalThis.setTimeout;
  const timeout = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void) => {
    yields.macrotask++;
    return realSetTimeout(fn, 0);
  }) as typeof setTimeout);
  const g = globalThis as { scheduler?: { yield(): Promise<void> } };
  if (withScheduler)
    g.scheduler = {
      yield: async () => {
        yields.prioritized++;
      },
    };
  try {
    const slice = new Slice();
    for (let i = 0; i < slices; i++) {
      now += workMs;
      expect(slice.due()).toBe(workMs >= SLICE_MS);
      await slice.next();
    }
  } finally {
    delete g.scheduler;
    timeout.mockRestore();
    clock.mockRestore();
  }
  return yields;
}

test.each([
  // slices × work per slice → macrotask yields (one each time FAIR_MS of slices has gone by)
  { slices: 1, work: 8, macrotask: 0 },
  { slices: 6, work: 8, macrotask: 0 }, // 48 ms: under FAIR_MS
  { slices: 7, work: 8, macrotask: 1 }, // the 7th reaches 56 ms
  { slices: 100, work: 8, macrotask: 14 }, // every 7th of 100
  { slices: 10, work: 60, macrotask: 10 }, // slices over FAIR_MS each (a GC pause inside): every one
])(
  '$slices slices of $work ms: $macrotask macrotask yields, the rest prioritized',
  async ({ slices, work, macrotask }) => {
    const yields = await runSlices(slices, work);
    expect(yields).toEqual({ macrotask, prioritized: slices - macrotask });
    expect(FAIR_MS).toBeGreaterThanOrEqual(SLICE_MS);
  },
);

test('where scheduler.yield is missing, every pause is a macrotask', async () => {
  expect(await runSlices(5, 8, false)).toEqual({ prioritized: 0, macrotask: 5 });
});

test('perTask reads a key once until the task ends, or until cleared', async () => {
  const reads: string[] = [];
  const memo = perTask((key: string) => {
    reads.push(key);
    return key.length;
  });
  expect([memo.get('page'), memo.get('page'), memo.get('block')]).toEqual([4, 4, 5]);
  expect(reads).toEqual(['page', 'block']);
  memo.clear();
  memo.get('page');
  expect(reads).toEqual(['page', 'block', 'page']);
  // The next task reads again.
  await new Promise((resolve) => setTimeout(resolve, 0));
  memo.get('page');
  expect(reads).toEqual(['page', 'block', 'page', 'page']);
});

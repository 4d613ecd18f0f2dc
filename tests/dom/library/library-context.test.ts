// What the page gathers about its highlights: passages asked for in batches
// the background accepts, chapters no passage brought asked for one by one
// (a failure leaves that chapter out), the layers without an extra call.

import { contextFor, IDS_PER_CALL } from '../../../src/library/library-context';
import type { LibraryDeps } from '../../../src/library/app';
import type { ChapterRecord, LayerRecord } from '../../../src/shared/dataset';
import type { Highlight } from '../../../src/shared/highlights';
import type { OverlayData } from '../../../src/shared/messages';
import { byId, data } from '../ui/overlay/fixtures';
import { HIGHLIGHTS } from './fixtures';

const chapter = (id: string) => byId(data.chapters, id) as ChapterRecord;
const LAYERS = data.layers as LayerRecord[];

function fakeCall(overlayChapters: string[], failingViews: string[] = []) {
  const calls: { method: string; args: unknown[] }[] = [];
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getOverlayData: (ids: string[]): OverlayData => ({
      critiques: {
        paragraphs: data.paragraphs.filter((p) => p.passages.some((x) => ids.includes(x))),
        quoteChecks: [],
      },
      passages: [],
      packs: [],
      chapters: overlayChapters.map(chapter),
      layers: LAYERS,
      review: data.review,
    }),
    getChapterView: (id: string) => {
      if (failingViews.includes(id)) throw new Error('no such chapter');
      return { chapter: chapter(id), sections: [] };
    },
    getLayers: () => LAYERS,
  };
  const call = (async (method: string, ...args: unknown[]) => {
    calls.push({ method, args });
    return (handlers[method] as (...a: unknown[]) => unknown)(...args);
  }) as LibraryDeps['call'];
  return {
    call,
    calls,
    count: (method: string) => calls.filter((c) => c.method === method).length,
  };
}

const on = (passage: string | null, chapterId: string | null, i = 0): Highlight => ({
  ...HIGHLIGHTS[0],
  id: `h${i}`,
  passage,
  chapter: chapterId,
});

test.each([
  ['no highlights', 0, 0],
  [`${IDS_PER_CALL} passages`, IDS_PER_CALL, 1],
  [`${IDS_PER_CALL + 1} passages`, IDS_PER_CALL + 1, 2],
])('passages in batches: %s → %i getOverlayData calls', async (_what, passages, calls) => {
  const fake = fakeCall([]);
  const highlights = Array.from({ length: passages }, (_, i) => on(`P-${i}`, null, i));
  await contextFor(fake, highlights);
  expect(fake.count('getOverlayData')).toBe(calls);
  for (const c of fake.calls)
    expect((c.args[0] as string[]).length).toBeLessThanOrEqual(IDS_PER_CALL);
});

test("a passage is asked for once, however many highlights lie on it; its layers are the review's", async () => {
  const fake = fakeCall(['ch42']);
  const ctx = await contextFor(fake, [on('VIII-02', 'ch42', 1), on('VIII-02', 'ch42', 2)]);
  expect(fake.calls).toEqual([{ method: 'getOverlayData', args: [['VIII-02']] }]);
  expect(ctx.passageLayers['VIII-02']).toEqual(expect.arrayContaining(['critique']));
  expect(Object.keys(ctx.chapters)).toEqual(['ch42']);
  expect(ctx.layers).toBe(LAYERS);
});

test('chapters no passage brought are asked for one by one; one that fails is left out', async () => {
  const fake = fakeCall([], ['ch09']);
  const ctx = await contextFor(fake, [
    on(null, 'ch26', 1),
    on(null, 'ch26', 2),
    on(null, 'ch09', 3),
    on(null, null, 4),
  ]);
  expect(fake.calls.filter((c) => c.method === 'getChapterView').map((c) => c.args[0])).toEqual([
    'ch26',
    'ch09',
  ]);
  expect(Object.keys(ctx.chapters)).toEqual(['ch26']);
  // No passage: no layer is shown, so none is asked for.
  expect(fake.count('getLayers')).toBe(0);
  expect(ctx.layers).toEqual([]);
});

// Per-tab reports merged from frames, with storage.session stood in by a Map
// (the platform module is the one place that touches browser APIs).

import { forgetTab, storeFrameReport, tabReport } from '../../src/background/tab-reports';
import type { Detection, PageReport } from '../../src/shared/messages';

const session = new Map<string, unknown>();
const badges = new Map<number, number>();
jest.mock('../../src/platform/tabs', () => ({
  getSessionValue: jest.fn(async (k: string) => session.get(k) ?? null),
  setSessionValue: jest.fn(
    async (k: string, v: unknown) => void session.set(k, structuredClone(v)),
  ),
  removeSessionValue: jest.fn(async (k: string) => void session.delete(k)),
  setBadgeCount: jest.fn(async (tab: number, n: number) => void badges.set(tab, n)),
}));

const detection = (passage: string | null, start: number): Detection => ({
  passage,
  chapter: 'ch26',
  start,
  end: start + 5,
  score: 1,
  excerpt: 'x',
});
const report = (url: string, ...detections: Detection[]): PageReport => ({
  url,
  title: url,
  chapter: null,
  detections,
});

beforeEach(() => {
  session.clear();
  badges.clear();
});

test('frames reporting at once: the top frame first, then frames in id order; badge counts passages', async () => {
  await Promise.all([
    storeFrameReport(1, 5, report('https://a/frame5', detection('VI-04', 0))),
    storeFrameReport(1, 0, report('https://a/', detection(null, 0), detection('VII-01', 10))),
    storeFrameReport(1, 2, report('https://a/frame2', detection('VII-02', 0))),
  ]);
  const got = await tabReport(1);
  expect(got?.url).toBe('https://a/');
  expect(got?.detections.map((d) => d.passage)).toEqual([null, 'VII-01', 'VII-02', 'VI-04']);
  expect(badges.get(1)).toBe(3);
});

test("a new page in the top frame drops the previous page's frames", async () => {
  await storeFrameReport(1, 0, report('https://a/1', detection('VII-01', 0)));
  await storeFrameReport(1, 3, report('https://a/frame', detection('VII-02', 0)));
  await storeFrameReport(1, 0, report('https://a/2'));
  expect((await tabReport(1))?.detections).toEqual([]);
  expect(badges.get(1)).toBe(0);
});

test('a re-scan of the same page keeps its frames', async () => {
  await storeFrameReport(1, 0, report('https://a/1'));
  await storeFrameReport(1, 3, report('https://a/frame', detection('VII-02', 0)));
  await storeFrameReport(1, 0, report('https://a/1', detection('VII-01', 0)));
  expect((await tabReport(1))?.detections.map((d) => d.passage)).toEqual(['VII-01', 'VII-02']);
});

test('a frame before the top frame: no tab report yet; forgetTab clears both keys', async () => {
  await storeFrameReport(2, 4, report('https://b/frame', detection('VII-02', 0)));
  expect(await tabReport(2)).toBeNull();
  await storeFrameReport(2, 0, report('https://b/'));
  await forgetTab(2);
  expect([...session.keys()]).toEqual([]);
});

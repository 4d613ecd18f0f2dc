// The learning log: newest first, at most 20, and two outcomes logged at once both kept.
// storage.session is a browser API: an in-memory map stands in for it.
import { LEARNING_LOG_KEY, logLearning } from '../../src/background/learning-log';
import type { LearningOutcome } from '../../src/shared/learned';

const session = new Map<string, unknown>();
jest.mock('../../src/platform/tabs', () => ({
  getSessionValue: jest.fn(async (key: string) => {
    await new Promise((r) => setTimeout(r, 1)); // a real read takes a turn: two writers would interleave
    return session.get(key) ?? null;
  }),
  setSessionValue: jest.fn(async (key: string, value: unknown) => void session.set(key, value)),
}));

const outcome = (n: number): LearningOutcome => ({
  url: `https://www.marxists.org/archive/trotsky/1930/hrr/ch${n}.htm`,
  learned: n % 2 === 0,
  reason: 'learned',
});
const logged = () =>
  (session.get(LEARNING_LOG_KEY) as LearningOutcome[]).map((o) => o.url.match(/ch(\d+)/)![1]);

beforeEach(() => session.clear());

test('newest first', async () => {
  await logLearning(outcome(1));
  await logLearning(outcome(2));
  expect(logged()).toEqual(['2', '1']);
});

test('two outcomes logged together are both kept', async () => {
  await Promise.all([logLearning(outcome(3)), logLearning(outcome(4))]);
  expect(logged().sort()).toEqual(['3', '4']);
});

test('at most 20, the oldest dropped', async () => {
  for (let n = 1; n <= 25; n += 1) await logLearning(outcome(n));
  expect(logged()).toHaveLength(20);
  expect(logged()[0]).toBe('25');
  expect(logged()[19]).toBe('6');
});

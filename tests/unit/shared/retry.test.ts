import { retryWhile } from '../../../src/shared/retry';

class Gone extends Error {}
const isGone = (e: unknown) => e instanceof Gone;

/** An attempt that fails with each of `failures` in turn, then answers 'answer'; counts its calls. */
function attempts(failures: Error[]) {
  const calls = { n: 0 };
  const attempt = async () => {
    const failure = failures[calls.n++];
    if (failure) throw failure;
    return 'answer';
  };
  return { calls, attempt };
}

describe('retryWhile', () => {
  it.each([
    ['answers at once', [], 3, 'answer', 1],
    ['no answer once, then one', [new Gone()], 3, 'answer', 2],
    ['no answer twice, then one', [new Gone(), new Gone()], 3, 'answer', 3],
  ])('%s', async (_name, failures, times, expected, calls) => {
    const a = attempts(failures);
    await expect(retryWhile(isGone, times, a.attempt)).resolves.toBe(expected);
    expect(a.calls.n).toBe(calls);
  });

  it.each([
    ['gives up after `times` tries', [new Gone('1'), new Gone('2'), new Gone('3')], 3, '3', 3],
    ['never repeats another error', [new Error('refused')], 3, 'refused', 1],
    ['one try means none again', [new Gone('only')], 1, 'only', 1],
  ])('%s', async (_name, failures, times, message, calls) => {
    const a = attempts(failures);
    await expect(retryWhile(isGone, times, a.attempt)).rejects.toThrow(message);
    expect(a.calls.n).toBe(calls);
  });
});

// Waiting on what a test can observe: polls `fn` until it returns a truthy
// value and resolves to it, or fails naming what it waited for and the last
// error. Suites wait on outcomes with this, not on fixed sleeps.

const WAIT_MS = 20_000;

export async function until(what, fn, timeoutMs = WAIT_MS, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

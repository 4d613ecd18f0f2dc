// Asking again: for questions that change nothing, so that asking twice is
// harmless. A background worker stopped as it was asked leaves no answer; the
// next message starts a new one.

/** Runs `attempt` up to `times` times while it fails with an error `again` accepts; the last error otherwise. */
export async function retryWhile<T>(
  again: (e: unknown) => boolean,
  times: number,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let left = times - 1; ; left--) {
    try {
      return await attempt();
    } catch (e) {
      if (left <= 0 || !again(e)) throw e;
    }
  }
}

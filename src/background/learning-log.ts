// The last learning outcomes (storage.session, newest first, at most 20): which
// chapter page was offered and what became of it (learned, or why not). It
// tells a reader, and the browser suites, that learning ran and what it
// decided, rather than leaving "nothing learned" to be guessed from silence.

import { getSessionValue, setSessionValue } from '../platform/tabs';
import type { LearningOutcome } from '../shared/learned';

export const LEARNING_LOG_KEY = 'learning:recent';
const KEEP = 20;

let writes: Promise<void> = Promise.resolve();

/** Adds an outcome; writes one at a time, so two pages learned together both stay. */
export function logLearning(outcome: LearningOutcome): Promise<void> {
  writes = writes
    .then(async () => {
      const log = (await getSessionValue<LearningOutcome[]>(LEARNING_LOG_KEY)) ?? [];
      await setSessionValue(LEARNING_LOG_KEY, [outcome, ...log].slice(0, KEEP));
    })
    .catch(() => undefined);
  return writes;
}

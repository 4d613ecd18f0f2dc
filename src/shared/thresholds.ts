// Detection thresholds as the contract takes them, in the settings' ranges:
// a schema of its own so that content scripts, which check the tab commands
// that carry it, need nothing else of the contract's schemas.

import * as v from 'valibot';

export const THRESHOLDS = v.strictObject({
  minWords: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(200)),
  minIdentity: v.pipe(v.number(), v.minValue(0.5), v.maxValue(1)),
});

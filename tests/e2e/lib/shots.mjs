// Where the browser suites leave their screenshots for a person to look at: a
// temporary folder (tests write nothing into the repository), or
// COUNTERPOINT_SHOTS when set. `npm run screenshots` makes the ones in docs/.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SHOTS_DIR =
  process.env.COUNTERPOINT_SHOTS ?? path.join(os.tmpdir(), 'counterpoint-shots');
mkdirSync(SHOTS_DIR, { recursive: true });

/** The path of screenshot `name` (a file name). */
export const shot = (name) => path.join(SHOTS_DIR, name);

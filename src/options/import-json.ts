// A JSON file the reader picked for the background to import (a critique pack,
// learned chapters): refused on its size before a byte is read, on its syntax
// before it is sent, and with the background's reason when it refuses it.

import { oversize } from '../ui/file-size';
import type { Notice, Translate } from '../ui/options';
import { errorText } from './errors';

export interface JsonImport {
  /** The largest file read, in bytes. */
  limit: number;
  /** Message keys: not imported ([file, why]); too large ([size, limit] in MB); not JSON ([file]). */
  refused: string;
  tooLarge: string;
  notJson: string;
  /** The background's prefix ("refused: …"), left out of the reason the notice quotes. */
  reasonPrefix: RegExp;
}

/** Reads `file`, has `send` import it (its answer is the notice's text), and says how it went. */
export async function importJson(
  file: File,
  readText: (file: File) => Promise<string>,
  t: Translate,
  kind: JsonImport,
  send: (parsed: unknown) => Promise<string>,
): Promise<Notice> {
  const refused = (why: string): Notice => ({
    kind: 'error',
    text: t(kind.refused, [file.name, why]),
  });
  const tooLarge = oversize(file, kind.limit);
  if (tooLarge) return refused(t(kind.tooLarge, tooLarge));
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readText(file));
  } catch {
    return { kind: 'error', text: t(kind.notJson, [file.name]) };
  }
  try {
    return { kind: 'ok', text: await send(parsed) };
  } catch (e) {
    return refused(errorText(e).replace(kind.reasonPrefix, ''));
  }
}

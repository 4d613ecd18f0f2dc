// Which importer a file needs, when the reader leaves the choice to us: CSV by
// its name or first character, Hypothesis by its shape (an object with
// "annotations", or annotations with a "uri"), else Web Annotation JSON-LD.

import type { ImportFormat } from '../shared/highlights';

export function detectFormat(name: string, text: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.csv$/i.test(name) || !(head.startsWith('{') || head.startsWith('['))) return 'csv';
  let parsed: unknown;
  try {
    parsed = JSON.parse(head);
  } catch {
    return 'jsonld'; // The importer names what is wrong.
  }
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(parsed) && (Array.isArray(parsed.annotations) || Array.isArray(parsed.rows)))
    return 'hypothesis';
  if (
    Array.isArray(parsed) &&
    isObj(parsed[0]) &&
    typeof parsed[0].uri === 'string' &&
    parsed[0].type === undefined
  )
    return 'hypothesis';
  return 'jsonld';
}

// Hypothesis's export JSON (the client's "Export annotations" → JSON, and the
// API's search rows): { export_date, export_userid, client_version,
// annotations: [...] }, or a plain array of annotations.
//
// Its target is the legacy Annotator shape, not the W3C one:
// target[].selector[] holds TextQuoteSelector, TextPositionSelector and a
// RangeSelector with XPath containers (startContainer/startOffset/…), which we
// ignore. `text` is the note (Markdown), `tags`, `uri` the page,
// `created`/`updated` ISO dates, `document.title` an array of titles.
// Page notes (no quote) and replies are skipped, with the reason.

import {
  dateOf,
  fields,
  isObj,
  MAX_ITEMS,
  parseJson,
  refuse,
  type Candidate,
  type Parsed,
} from './records';

function annotationsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (isObj(root)) {
    if (Array.isArray(root.annotations)) return root.annotations;
    if (Array.isArray(root.rows)) return root.rows; // An API search response.
  }
  refuse(
    'the file',
    'not a Hypothesis export (an object with "annotations", or an array of annotations)',
  );
}

function readAnnotation(value: unknown, where: string): Candidate | { skip: string } {
  if (!isObj(value)) refuse(where, 'not an object');
  const f = fields(value, where);
  const references = f.list('references');
  if (references.length > 0) return { skip: 'a reply to another annotation, not a highlight' };
  const c: Candidate = {
    id: f.str('id'),
    url: f.str('uri'),
    note: f.str('text') ?? '',
    tags: f.strings('tags'),
    created: dateOf(f.str('created'), where, 'created'),
    updated: dateOf(f.str('updated'), where, 'updated'),
  };
  const doc = f.obj('document');
  if (doc) c.title = fields(doc, `${where}: document`).strings('title')[0];
  const targets = f.list('target');
  targets.forEach((t, i) => {
    const at = `${where}: target ${i + 1}`;
    if (!isObj(t)) refuse(at, 'not an object');
    const tf = fields(t, at);
    if (i === 0) c.url = tf.str('source') ?? c.url;
    if (i > 0) return;
    tf.list('selector').forEach((s, j) => {
      const sat = `${at}: selector ${j + 1}`;
      if (!isObj(s)) refuse(sat, 'not an object');
      const sf = fields(s, sat);
      const type = sf.str('type');
      if (type === 'TextQuoteSelector') {
        c.exact = sf.str('exact');
        c.prefix = sf.str('prefix');
        c.suffix = sf.str('suffix');
      } else if (type === 'TextPositionSelector') {
        c.start = sf.num('start');
        c.end = sf.num('end');
      }
      // RangeSelector (XPath containers), FragmentSelector, CSS…: not read.
    });
  });
  if (c.exact === undefined) return { skip: 'no quote (a page note, not a highlight)' };
  return c;
}

/** Reads a whole Hypothesis export; any structural error refuses it. */
export function parseHypothesis(text: string): Parsed {
  const items = annotationsOf(parseJson(text));
  if (items.length > MAX_ITEMS) refuse('the file', `more than ${MAX_ITEMS} annotations`);
  const parsed: Parsed = { candidates: [], skipped: [] };
  items.forEach((a, i) => {
    const read = readAnnotation(a, `item ${i + 1}`);
    if ('skip' in read) parsed.skipped.push({ item: i + 1, reason: read.skip });
    else parsed.candidates.push({ item: i + 1, candidate: read });
  });
  return parsed;
}

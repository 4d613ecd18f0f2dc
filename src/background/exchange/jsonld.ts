// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) in
// JSON-LD, both ways.
//
// Export: one AnnotationCollection whose first (and only) AnnotationPage holds
// every highlight as an Annotation, newest first. Each Annotation also carries
// its own @context, so any one item copied out of the file stands alone.
// Our fields the model has no place for (title, chapter, passage, anchoring
// status and its date, exact timestamps) go under one namespaced key,
// "counterpoint:highlight", so a round trip restores every field.
//
// Import: that collection, an AnnotationPage, a plain array of Annotations or
// one Annotation. Bodies: the commenting TextualBody is the note, tagging
// bodies are tags. Target: source + TextQuoteSelector (+ TextPositionSelector).

import type { Highlight } from '../../shared/highlights';
import { dateOf, fields, isObj, iso, MAX_ITEMS, parseJson, refuse, type Candidate, type Obj, type Parsed } from './records';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The key of our own fields on each Annotation. */
export const OWN_KEY = 'counterpoint:highlight';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWN_URN = 'urn:counterpoint:highlight:';

/** `urn:uuid:<id>` for our (UUID) ids; other ids (imported from elsewhere) as `urn:counterpoint:highlight:<id>`. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${OWN_URN}${encodeURIComponent(id)}`;
}

/** Our id back from an annotation's IRI; undefined for someone else's IRI (a new id is given). */
export function idFromIri(iri: string): string | undefined {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(OWN_URN)) {
    try {
      return decodeURIComponent(iri.slice(OWN_URN.length));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function toAnnotation(h: Highlight): Obj {
  const body: Obj[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', value: h.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(h.id),
    type: 'Annotation',
    motivation: h.note !== '' ? 'commenting' : 'highlighting',
    created: iso(h.created),
    modified: iso(h.updated),
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: h.url,
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
      ],
    },
    [OWN_KEY]: {
      id: h.id, title: h.title, chapter: h.chapter, passage: h.passage, status: h.status,
      created: h.created, updated: h.updated, checked: h.checked,
    },
  };
}

/** The export file: an AnnotationCollection with every highlight on its one page. */
export function exportJsonLd(highlights: Highlight[], now: number, collectionId: string): string {
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'Counterpoint highlights',
    generated: iso(now),
    generator: { type: 'Software', name: 'Counterpoint' },
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const typesOf = (o: Obj, where: string) => fields(o, where).strings('type');

/** The annotations of a file: a collection's first page, a page, an array or one annotation. */
function annotationsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObj(root)) refuse('the file', 'not an annotation, an annotation page or collection, or an array of annotations');
  const types = typesOf(root, 'the file');
  if (types.includes('AnnotationCollection')) {
    const first = root.first;
    if (!isObj(first)) refuse('the collection', 'its first page is missing (only collections with their page embedded are read)');
    if (first.next !== undefined && first.next !== null) refuse('the collection', 'it has more than one page (only one embedded page is read)');
    return annotationsOf(first);
  }
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(root.items)) refuse('the annotation page', 'items must be an array');
    return root.items;
  }
  if (types.includes('Annotation')) return [root];
  refuse('the file', 'not an annotation, an annotation page or collection, or an array of annotations');
}

const typeIs = (o: Obj, where: string, type: string) => typesOf(o, where).includes(type);

/** One Annotation as a candidate (structure refused, content checked later). */
function readAnnotation(value: unknown, where: string): Candidate {
  if (!isObj(value)) refuse(where, 'not an object');
  const f = fields(value, where);
  if (!typeIs(value, where, 'Annotation')) refuse(where, 'type must be "Annotation"');
  const c: Candidate = {};
  const iri = f.str('id');
  const own = f.obj(OWN_KEY);
  const ownWhere = `${where}: ${OWN_KEY}`;
  const o = own ? fields(own, ownWhere) : null;
  const ownDate = (key: string) => dateOf(o?.num(key), ownWhere, key);
  c.id = o?.str('id') ?? (iri !== undefined ? idFromIri(iri) : undefined);
  c.created = ownDate('created') ?? dateOf(f.str('created'), where, 'created');
  c.updated = ownDate('updated') ?? dateOf(f.str('modified'), where, 'modified');
  if (o) {
    c.title = o.str('title');
    c.chapter = o.str('chapter') ?? null;
    c.passage = o.str('passage') ?? null;
    c.status = o.str('status');
    c.checked = ownDate('checked');
  }

  const notes: string[] = [];
  const tags: string[] = [];
  f.list('body').forEach((b, i) => {
    const at = `${where}: body ${i + 1}`;
    if (typeof b === 'string') return; // A body given by IRI: nothing of ours to read.
    if (!isObj(b)) refuse(at, 'not an object');
    const bf = fields(b, at);
    if (!typeIs(b, at, 'TextualBody') && bf.raw('value') === undefined) return; // Other kinds of body (images, links).
    const text = bf.str('value') ?? '';
    const purposes = bf.strings('purpose');
    if (purposes.includes('tagging')) tags.push(text);
    else notes.push(text);
  });
  c.note = notes.join('\n\n');
  c.tags = tags;

  const targets = f.list('target');
  if (targets.length === 0) refuse(where, 'no target');
  const target = targets[0];
  if (typeof target === 'string') {
    c.url = target;
    return c;
  }
  if (!isObj(target)) refuse(`${where}: target`, 'not an object');
  const tf = fields(target, `${where}: target`);
  const source = tf.raw('source');
  c.url = typeof source === 'string' ? source : isObj(source) ? fields(source, `${where}: target.source`).str('id') : undefined;
  if (source !== undefined && c.url === undefined) refuse(`${where}: target.source`, 'must be a URL or an object with an id');
  tf.list('selector').forEach((s, i) => {
    const at = `${where}: selector ${i + 1}`;
    if (!isObj(s)) refuse(at, 'not an object');
    const sf = fields(s, at);
    if (typeIs(s, at, 'TextQuoteSelector')) {
      c.exact = sf.str('exact');
      c.prefix = sf.str('prefix');
      c.suffix = sf.str('suffix');
    } else if (typeIs(s, at, 'TextPositionSelector')) {
      c.start = sf.num('start');
      c.end = sf.num('end');
    }
  });
  return c;
}

/** Reads a whole JSON-LD file; any structural error refuses it (`refused: item N: …`). */
export function parseJsonLd(text: string): Parsed {
  const items = annotationsOf(parseJson(text));
  if (items.length > MAX_ITEMS) refuse('the file', `more than ${MAX_ITEMS} annotations`);
  return { candidates: items.map((a, i) => ({ item: i + 1, candidate: readAnnotation(a, `item ${i + 1}`) })), skipped: [] };
}


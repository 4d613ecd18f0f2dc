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
import {
  dateOf,
  fields,
  isObj,
  iso,
  MAX_ITEMS,
  parseJson,
  refuse,
  type Candidate,
  type Obj,
  type Parsed,
} from './records';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The media type registration whose fragments name a PDF's pages (`page=N`). */
const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';
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
  if (h.note !== '')
    body.push({
      type: 'TextualBody',
      value: h.note,
      format: 'text/markdown',
      purpose: 'commenting',
    });
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
        {
          type: 'TextQuoteSelector',
          exact: h.quote.exact,
          prefix: h.quote.prefix,
          suffix: h.quote.suffix,
        },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
        // A PDF's page, as the Web Annotation model names one (RFC 3778 fragment).
        ...(h.pdf
          ? [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${h.pdf.page}` }]
          : []),
      ],
    },
    [OWN_KEY]: {
      id: h.id,
      title: h.title,
      chapter: h.chapter,
      passage: h.passage,
      status: h.status,
      created: h.created,
      updated: h.updated,
      checked: h.checked,
      ...(h.pdf ? { pdfFingerprint: h.pdf.fingerprint } : {}),
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
  if (!isObj(root))
    refuse(
      'the file',
      'not an annotation, an annotation page or collection, or an array of annotations',
    );
  const types = typesOf(root, 'the file');
  if (types.includes('AnnotationCollection')) {
    const first = root.first;
    if (!isObj(first))
      refuse(
        'the collection',
        'its first page is missing (only collections with their page embedded are read)',
      );
    if (first.next !== undefined && first.next !== null)
      refuse('the collection', 'it has more than one page (only one embedded page is read)');
    return annotationsOf(first);
  }
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(root.items)) refuse('the annotation page', 'items must be an array');
    return root.items;
  }
  if (types.includes('Annotation')) return [root];
  refuse(
    'the file',
    'not an annotation, an annotation page or collection, or an array of annotations',
  );
}

const typeIs = (o: Obj, where: string, type: string) => typesOf(o, where).includes(type);

type Fields = ReturnType<typeof fields>;

/** Our own fields ("counterpoint:highlight"), read before the model's: they hold exact dates and our id. */
function ownPart(f: Fields, where: string): Candidate {
  const iri = f.str('id');
  const own = f.obj(OWN_KEY);
  const ownWhere = `${where}: ${OWN_KEY}`;
  const o = own ? fields(own, ownWhere) : null;
  const ownDate = (key: string) => dateOf(o?.num(key), ownWhere, key);
  const c: Candidate = {
    id: o?.str('id') ?? (iri !== undefined ? idFromIri(iri) : undefined),
    created: ownDate('created') ?? dateOf(f.str('created'), where, 'created'),
    updated: ownDate('updated') ?? dateOf(f.str('modified'), where, 'modified'),
  };
  if (!o) return c;
  return {
    ...c,
    title: o.str('title'),
    chapter: o.str('chapter') ?? null,
    passage: o.str('passage') ?? null,
    status: o.str('status'),
    checked: ownDate('checked'),
    pdfFingerprint: o.str('pdfFingerprint'),
  };
}

/** The bodies: tagging ones are tags, every other TextualBody a paragraph of the note. */
function bodiesPart(f: Fields, where: string): Candidate {
  const notes: string[] = [];
  const tags: string[] = [];
  f.list('body').forEach((b, i) => {
    const at = `${where}: body ${i + 1}`;
    if (typeof b === 'string') return; // A body given by IRI: nothing of ours to read.
    if (!isObj(b)) refuse(at, 'not an object');
    const bf = fields(b, at);
    if (!typeIs(b, at, 'TextualBody') && bf.raw('value') === undefined) return; // Other kinds of body (images, links).
    const text = bf.str('value') ?? '';
    if (bf.strings('purpose').includes('tagging')) tags.push(text);
    else notes.push(text);
  });
  return { note: notes.join('\n\n'), tags };
}

/** A TextQuoteSelector's quote and context, a TextPositionSelector's offsets; other selectors are passed over. */
function selectorPart(s: unknown, at: string): Candidate {
  if (!isObj(s)) refuse(at, 'not an object');
  const sf = fields(s, at);
  if (typeIs(s, at, 'TextQuoteSelector'))
    return { exact: sf.str('exact'), prefix: sf.str('prefix'), suffix: sf.str('suffix') };
  if (typeIs(s, at, 'TextPositionSelector')) return { start: sf.num('start'), end: sf.num('end') };
  if (typeIs(s, at, 'FragmentSelector') && sf.str('conformsTo') === PDF_FRAGMENT) {
    const page = /^page=(\d{1,6})$/.exec(sf.str('value') ?? '');
    return page ? { pdfPage: Number(page[1]) } : {};
  }
  return {};
}

/** The first target: a page's URL alone, or a source with its selectors (a later selector of a kind wins). */
function targetPart(f: Fields, where: string): Candidate {
  const targets = f.list('target');
  if (targets.length === 0) refuse(where, 'no target');
  const target = targets[0];
  if (typeof target === 'string') return { url: target };
  if (!isObj(target)) refuse(`${where}: target`, 'not an object');
  const tf = fields(target, `${where}: target`);
  const source = tf.raw('source');
  const url =
    typeof source === 'string'
      ? source
      : isObj(source)
        ? fields(source, `${where}: target.source`).str('id')
        : undefined;
  if (source !== undefined && url === undefined)
    refuse(`${where}: target.source`, 'must be a URL or an object with an id');
  const selectors = tf
    .list('selector')
    .map((s, i) => selectorPart(s, `${where}: selector ${i + 1}`));
  return Object.assign({ url }, ...selectors) as Candidate;
}

/** One Annotation as a candidate (structure refused, content checked later). */
function readAnnotation(value: unknown, where: string): Candidate {
  if (!isObj(value)) refuse(where, 'not an object');
  const f = fields(value, where);
  if (!typeIs(value, where, 'Annotation')) refuse(where, 'type must be "Annotation"');
  return { ...ownPart(f, where), ...bodiesPart(f, where), ...targetPart(f, where) };
}

/** Reads a whole JSON-LD file; any structural error refuses it (`refused: item N: …`). */
export function parseJsonLd(text: string): Parsed {
  const items = annotationsOf(parseJson(text));
  if (items.length > MAX_ITEMS) refuse('the file', `more than ${MAX_ITEMS} annotations`);
  return {
    candidates: items.map((a, i) => ({
      item: i + 1,
      candidate: readAnnotation(a, `item ${i + 1}`),
    })),
    skipped: [],
  };
}

// The argument schemas of the message contract (valibot). Each top-level
// schema carries the phrase a refusal quotes ("refused: getSection expects an
// id …") and an example of a valid value, which the contract's fuzz test
// starts from and breaks one field at a time. Anything a page or content
// script sends is untrusted until it has passed one of these.

import * as v from 'valibot';

import {
  MAX_BOOK_CHARS,
  MAX_BOOK_PARAGRAPHS,
  MAX_DETECT_CHARS,
  MAX_DETECTIONS,
  MAX_ID_LENGTH,
  MAX_IDS,
  MAX_IMPORT_CHARS,
  MAX_NOTE,
  MAX_QUOTE,
  MAX_TAGS,
  MAX_TEXT,
  MAX_TIME,
  MAX_URL,
} from './limits';
import { PDF_FINGERPRINT } from './highlights';
import { THRESHOLDS } from './thresholds';

/** `schema`, refused as "<phrase>", with a valid example for the fuzz test. */
const described = <S extends v.GenericSchema>(
  phrase: string,
  schema: S,
  example: v.InferInput<S>,
) => v.message(v.pipe(schema, v.examples([example])), phrase);

const idBase = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));
const idOrNull = v.nullable(idBase);
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_TIME));
const status = v.picklist(['anchored', 'uncertain', 'orphaned']);
/** http(s) with a host, or a host-less file:/// URL (file://host/… would reach a network share). */
/** A web page, a local file, or a local PDF the viewer opened (`pdf:<fingerprint>`, src/shared/viewer-url.ts). */
export const PAGE_URL = /^(https?:\/\/[^/?#\s]|file:\/\/\/|pdf:[0-9a-f]{1,64}$)/i;
const pageUrl = v.pipe(v.string(), v.maxLength(MAX_URL), v.regex(PAGE_URL));
const headings = v.pipe(v.array(short(MAX_TEXT)), v.maxLength(10));
const tags = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(100), v.trim(), v.minLength(1))),
  v.maxLength(MAX_TAGS),
);

export const id = described(`an id, a string of 1–${MAX_ID_LENGTH} characters`, idBase, 'ch26');
export const idOrNone = described(
  `an id (a string of 1–${MAX_ID_LENGTH} characters) or null`,
  idOrNull,
  'ch26',
);
const ids = v.pipe(v.array(idBase), v.maxLength(MAX_IDS));
export const idList = described(
  `an array of at most ${MAX_IDS} ids, strings of 1–${MAX_ID_LENGTH} characters`,
  ids,
  ['VII-01'],
);
export const idListOrAll = described(
  `null or an array of at most ${MAX_IDS} ids, strings of 1–${MAX_ID_LENGTH} characters`,
  v.nullable(ids),
  ['VII-01'],
);
export const tabId = described('a tab id, a non-negative integer', offset, 7);
export const host = described(
  'a host name',
  v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/i), v.toLowerCase()),
  'www.marxists.org',
);
export const query = described('a query of at most 200 characters', short(200), 'party');
export const pageText = described(
  `a text of at most ${MAX_DETECT_CHARS} characters`,
  short(MAX_DETECT_CHARS),
  'some words of a page',
);

export const bookParagraphs = described(
  `an array of at most ${MAX_BOOK_PARAGRAPHS} paragraphs, ${MAX_BOOK_CHARS} characters in all`,
  v.pipe(
    v.array(v.string()),
    v.maxLength(MAX_BOOK_PARAGRAPHS),
    v.check((ps) => ps.reduce((n, p) => n + p.length, 0) <= MAX_BOOK_CHARS),
  ),
  ['Chapter 26', 'The Bolsheviks and Lenin'],
);

export const thresholds = described('{ minWords: 5–200, minIdentity: 0.5–1 }', THRESHOLDS, {
  minWords: 12,
  minIdentity: 0.7,
});

const EXAMPLE_URL = 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm';
/** A content script's page URL; the background holds it to the sender's origin (src/background/sender-page.ts). */
export const pageUrlArg = described(
  'a page URL (http, https, file:/// or a local PDF’s pdf:<fingerprint>)',
  pageUrl,
  EXAMPLE_URL,
);
/** What a content script says about its page. */
export const pageIdentity = described(
  'a page (url, title, up to 10 headings)',
  v.strictObject({ url: short(MAX_URL), title: short(MAX_TEXT), headings }),
  { url: EXAMPLE_URL, title: 'Chapter 26', headings: ['The July Days'] },
);
/** A page to learn from: its title and headings (its URL is the sender's, as the browser reports it). */
const traits = v.strictObject({ title: short(MAX_TEXT), headings });
export const pageTraitsOrNone = described(
  'null or a page (title, up to 10 headings)',
  v.optional(v.nullable(traits), null),
  null,
);

const detection = v.pipe(
  v.strictObject({
    passage: idOrNull,
    chapter: idOrNull,
    start: offset,
    end: offset,
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    excerpt: short(MAX_TEXT),
    paragraph: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
  }),
  v.check((d) => d.end >= d.start),
);
export const frameReport = described(
  'a frame report (url, title, chapter, detections)',
  v.strictObject({
    url: short(MAX_URL),
    title: short(MAX_TEXT),
    chapter: idOrNull,
    detections: v.pipe(v.array(detection), v.maxLength(MAX_DETECTIONS)),
  }),
  {
    url: EXAMPLE_URL,
    title: 't',
    chapter: 'ch26',
    detections: [{ passage: 'VII-01', chapter: 'ch26', start: 0, end: 10, score: 1, excerpt: 'x' }],
  },
);

const quote = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    short(MAX_QUOTE),
    v.check((s) => s.trim().length > 0),
  ),
  prefix: short(2000),
  suffix: short(2000),
});
const position = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.end > p.start),
);
/** A highlight's place in a PDF (src/shared/highlights.ts, PdfPlace). */
const pdfPlace = v.strictObject({
  fingerprint: v.pipe(v.string(), v.regex(PDF_FINGERPRINT)),
  page: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(100_000)),
});
export const fingerprintArg = described(
  'a PDF fingerprint (16 to 64 hex digits)',
  v.pipe(v.string(), v.regex(PDF_FINGERPRINT)),
  '3c5f0e9d1a2b4c6d8e0f1a2b3c4d5e6f',
);
const draftEntries = {
  url: pageUrl,
  title: short(MAX_TEXT),
  quote,
  position,
  note: short(MAX_NOTE),
  tags,
  chapter: idOrNull,
  passage: idOrNull,
  pdf: v.optional(pdfPlace),
};
const EXAMPLE_DRAFT = {
  url: EXAMPLE_URL,
  title: 'Chapter 26',
  quote: {
    type: 'TextQuoteSelector' as const,
    exact: 'the July days',
    prefix: 'in ',
    suffix: ' the',
  },
  position: { type: 'TextPositionSelector' as const, start: 10, end: 23 },
  note: 'a note',
  tags: ['july'],
  chapter: 'ch26',
  passage: null,
};
export const highlightDraft = described(
  'a highlight (url, title, quote and position selectors, note, tags, chapter, passage; an id if any)',
  v.strictObject({ ...draftEntries, id: v.optional(idBase) }),
  { ...EXAMPLE_DRAFT, id: '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f' },
);
export const highlightRecord = described(
  'a highlight record',
  v.strictObject({
    ...draftEntries,
    id: idBase,
    created: time,
    updated: time,
    checked: time,
    status,
  }),
  {
    ...EXAMPLE_DRAFT,
    id: '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f',
    created: 1,
    updated: 1,
    checked: 1,
    status: 'anchored',
  },
);
export const token = described(
  'an editor token',
  v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/)),
  '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f',
);
export const note = described(
  `a note of at most ${MAX_NOTE} characters`,
  short(MAX_NOTE),
  'a note',
);
export const tagList = described(`at most ${MAX_TAGS} tags of 1–100 characters`, tags, ['july']);
const oneLine = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
export const perspectiveAbout = described(
  '{ name: 1–80, author: 1–120, description?: ≤ 1000, licence: 1–120 characters }',
  v.strictObject({
    name: oneLine(80),
    author: oneLine(120),
    description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
    licence: oneLine(120),
  }),
  { name: 'Tuesday notes', author: 'The Tuesday group', licence: 'CC BY 4.0' },
);
export const perspectiveParagraph = described(
  '{ text: 1–5000 characters, stance: critique|tribute|mixed|answers, themes: at most 12 of 1–40 characters }',
  v.strictObject({
    text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000)),
    stance: v.picklist(['critique', 'tribute', 'mixed', 'answers']),
    themes: v.pipe(v.array(oneLine(40)), v.maxLength(12)),
  }),
  { text: 'Here the book answers its critics.', stance: 'answers', themes: ['july'] },
);
export const highlightEdit = described(
  '{ note?, tags? } with at least one of them',
  v.pipe(
    v.strictObject({ note: v.optional(short(MAX_NOTE)), tags: v.optional(tags) }),
    v.check((e) => e.note !== undefined || e.tags !== undefined),
  ),
  { note: 'changed', tags: ['t'] },
);
export const anchoring = described(
  '[{ id, status }]',
  v.pipe(v.array(v.strictObject({ id: idBase, status })), v.maxLength(MAX_DETECTIONS)),
  [{ id: '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f', status: 'orphaned' }],
);
export const exportFormat = described(
  'markdown, csv or jsonld',
  v.picklist(['markdown', 'csv', 'jsonld']),
  'csv',
);
export const importFormat = described(
  'jsonld, hypothesis or csv',
  v.picklist(['jsonld', 'hypothesis', 'csv']),
  'csv',
);
export const importText = described(
  `the file's text (at most ${MAX_IMPORT_CHARS} characters)`,
  short(MAX_IMPORT_CHARS),
  'url,quote\r\nhttps://www.marxists.org/x.htm,some words\r\n',
);
/**
 * A parsed file the handler checks itself, with errors that name the field (packs, learned
 * chapters); the fuzz test takes its valid examples from fixture files.
 */
export const parsedFile = described('a parsed file', v.unknown(), null);

// What every importer shares: a careful JSON.parse (depth, prototype keys),
// field readers that refuse wrong types, and the check that turns a parsed
// item into a Highlight or a reason to skip it. Pure: no store, no browser API.

import type { AnchorStatus, Highlight, PdfPlace } from '../../shared/highlights';
import { pdfPlaceOf, pageKey } from '../../shared/highlights';
import { PAGE_URL } from '../../shared/arg-schemas';
import { MAX_TIME } from '../../shared/limits';
import { isTime, timeOr, UNKNOWN_TIME } from '../../shared/time';

/** Limits of a stored highlight (as src/background/validate.ts checks a saved one). */
export const LIMITS = {
  url: 4096,
  title: 1000,
  quote: 20_000,
  context: 2000,
  note: 20_000,
  tags: 50,
  tag: 100,
  id: 64,
} as const;
/** Deepest nesting a file may have. */
export const MAX_DEPTH = 64;
/** Most items a file may hold. */
export const MAX_ITEMS = 100_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A file's structure is wrong: nothing of it is imported. */
export function refuse(where: string, what: string): never {
  throw new Error(`refused: ${where}: ${what}`);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** "a.b[2].c" from the keys on the way down; 'the file' for the root. */
const pathText = (keys: (string | number)[]) =>
  keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') ||
  'the file';

/**
 * Refuses nesting deeper than MAX_DEPTH and keys that could reach a prototype.
 * The path is a stack of keys, written out only on a refusal: a file of 100,000
 * items would otherwise build 100,000 path strings to throw away.
 */
function checkTree(value: unknown, keys: (string | number)[]): void {
  if (keys.length > MAX_DEPTH) refuse(pathText(keys), `nested deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      checkTree(value[i], keys);
      keys.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) refuse(pathText(keys), `a "${key}" key is not allowed`);
      keys.push(key);
      checkTree((value as Record<string, unknown>)[key], keys);
      keys.pop();
    }
  }
}

/** JSON.parse, then the tree checked for depth and prototype keys. */
export function parseJson(text: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    refuse('the file', `not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  checkTree(value, []);
  return value as Json;
}

export type Obj = { [key: string]: unknown };
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

/** Typed readers of one item's fields: absent → undefined, present with the wrong type → the file is refused. */
export function fields(o: Obj, where: string) {
  const get = own.bind(null, o);
  return {
    has: (key: string) => get(key) !== undefined && get(key) !== null,
    raw: get,
    str(key: string): string | undefined {
      const v = get(key);
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') refuse(where, `${key} must be a string`);
      return v;
    },
    num(key: string): number | undefined {
      const v = get(key);
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v)) refuse(where, `${key} must be a number`);
      return v;
    },
    obj(key: string): Obj | undefined {
      const v = get(key);
      if (v === undefined || v === null) return undefined;
      if (!isObj(v)) refuse(where, `${key} must be an object`);
      return v;
    },
    /** An array, or one value taken as an array of one (JSON-LD allows both). */
    list(key: string): unknown[] {
      const v = get(key);
      if (v === undefined || v === null) return [];
      return Array.isArray(v) ? v : [v];
    },
    strings(key: string): string[] {
      const v = get(key);
      if (v === undefined || v === null) return [];
      const list = Array.isArray(v) ? v : [v];
      if (!list.every((x) => typeof x === 'string')) refuse(where, `${key} must be strings`);
      return list as string[];
    },
  };
}

/** What a date must be, as refusals and skip reasons say it. */
const DATE_RULE = `a date from 1970 to the year 275760 (whole milliseconds from 0 to ${MAX_TIME})`;

/**
 * An ISO 8601 date (or epoch milliseconds) as epoch milliseconds; undefined when absent. A
 * string that is no date, or a time a Date cannot hold (1e20, a fraction, before 1970), refuses
 * the file: no page could show it, and no export could write it.
 */
export function dateOf(
  value: string | number | undefined,
  where: string,
  key: string,
): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!isTime(ms)) refuse(where, `${key} is not ${DATE_RULE}`);
  return ms;
}

/** ISO 8601 for an export; a time no Date holds (never one a normalised record has) is written as UNKNOWN_TIME. */
export const iso = (ms: number) => new Date(timeOr(ms, UNKNOWN_TIME)).toISOString();

/** Everything an importer could read about one item; `check` decides whether it becomes a highlight. */
export interface Candidate {
  id?: string;
  url?: string;
  title?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  note?: string;
  tags?: string[];
  created?: number;
  updated?: number;
  checked?: number;
  chapter?: string | null;
  passage?: string | null;
  status?: string;
  /** In a PDF: its fingerprint and page (kept only when both are well formed). */
  pdfFingerprint?: string;
  pdfPage?: number;
}

export type Checked = { ok: true; highlight: Highlight } | { ok: false; reason: string };

const ID = /^[A-Za-z0-9_.:-]+$/;
const isId = (v: string | null | undefined) =>
  v === null || v === undefined || (v.length <= LIMITS.id && ID.test(v));
const codePoints = (s: string) => [...s].length;
const tooLong = (what: string, max: number) => ({
  ok: false as const,
  reason: `${what} longer than ${max} characters`,
});

/** A candidate as a highlight to store, or why it is skipped (no quote, no page URL, too long…). */
export function check(c: Candidate, newId: () => string, now: number): Checked {
  const exact = c.exact ?? '';
  if (exact.trim() === '') return { ok: false, reason: 'no quote' };
  if (exact.length > LIMITS.quote) return tooLong('quote', LIMITS.quote);
  if (!c.url) return { ok: false, reason: 'no page URL' };
  if (c.url.length > LIMITS.url) return tooLong('page URL', LIMITS.url);
  if (!PAGE_URL.test(c.url))
    return {
      ok: false,
      reason: 'the page URL is not http(s) with a host, or a file on this computer (file:///)',
    };
  const title = c.title ?? '';
  if (title.length > LIMITS.title) return tooLong('title', LIMITS.title);
  const prefix = c.prefix ?? '';
  const suffix = c.suffix ?? '';
  if (prefix.length > LIMITS.context || suffix.length > LIMITS.context)
    return tooLong('quote context', LIMITS.context);
  const note = c.note ?? '';
  if (note.length > LIMITS.note) return tooLong('note', LIMITS.note);
  const tags = [...new Set((c.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length > LIMITS.tags) return { ok: false, reason: `more than ${LIMITS.tags} tags` };
  if (tags.some((t) => t.length > LIMITS.tag)) return tooLong('a tag', LIMITS.tag);
  if (!isId(c.chapter) || !isId(c.passage))
    return { ok: false, reason: 'a chapter or passage id that is not one' };
  if (c.id !== undefined && !isId(c.id)) return { ok: false, reason: 'an id that is not one' };
  let start = c.start;
  let end = c.end;
  const validPosition =
    Number.isSafeInteger(start) && Number.isSafeInteger(end) && start! >= 0 && end! > start!;
  if (!validPosition) {
    // No usable position: the quote alone anchors it; the position is only a hint.
    start = 0;
    end = codePoints(exact);
  }
  const dates = { created: c.created, updated: c.updated, checked: c.checked };
  const badDate = Object.entries(dates).find(([, ms]) => ms !== undefined && !isTime(ms));
  if (badDate) return { ok: false, reason: `${badDate[0]} is not ${DATE_RULE}` };
  const created = c.created ?? now;
  const status: AnchorStatus =
    c.status === 'uncertain' || c.status === 'orphaned' ? c.status : 'anchored';
  return {
    ok: true,
    highlight: {
      id: c.id ?? newId(),
      url: pageKey(c.url),
      title,
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start: start!, end: end! },
      note,
      tags,
      created,
      updated: c.updated ?? created,
      chapter: c.chapter ?? null,
      passage: c.passage ?? null,
      status,
      checked: c.checked ?? created,
      ...pdfOf(c),
    },
  };
}

const pdfOf = (c: Candidate): { pdf?: PdfPlace } => {
  const pdf = pdfPlaceOf({ fingerprint: c.pdfFingerprint, page: c.pdfPage });
  return pdf ? { pdf } : {};
};

/** What a parser hands to the import: candidates in file order (item numbers from 1), and items skipped while reading. */
export interface Parsed {
  candidates: { item: number; candidate: Candidate }[];
  skipped: { item: number; reason: string }[];
}

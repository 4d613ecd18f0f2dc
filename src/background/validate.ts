// Payload checks for the message handlers: anything a page or content script
// sends is untrusted until it has the shape the contract promises.

import { MAX_DETECT_CHARS, type Detection, type PageIdentity, type PageReport } from '../shared/messages';
import type { AnchorStatus, ExportFormat, Highlight, HighlightDraft, HighlightEdit, ImportFormat } from '../shared/highlights';

export const MAX_IDS = 500;
export const MAX_ID_LENGTH = 64;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** A record id (passage, chapter…): a string of 1–64 characters. */
export function idArg(method: string, value: unknown): string {
  if (!isId(value)) throw new Error(`refused: ${method} expects an id, a string of 1–${MAX_ID_LENGTH} characters`);
  return value;
}

/** A list of record ids: an array of at most 500 ids. */
export function idListArg(method: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_IDS || !value.every(isId)) {
    throw new Error(`refused: ${method} expects an array of at most ${MAX_IDS} ids, strings of 1–${MAX_ID_LENGTH} characters`);
  }
  return value;
}

/** A tab id: a non-negative integer. */
export function tabIdArg(method: string, value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`refused: ${method} expects a tab id, a non-negative integer`);
  return value as number;
}

const MAX_URL = 4096;
const MAX_TEXT = 1000;
const MAX_DETECTIONS = 5000;

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
/** Own keys that could reach a prototype if a record were ever merged into another: refused outright. */
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !PROTO_KEYS.some((k) => Object.prototype.hasOwnProperty.call(v, k));
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isIdOrNull = (v: unknown) => v === null || isId(v);

function isDetection(v: unknown): v is Detection {
  if (!isRecord(v)) return false;
  return isIdOrNull(v.passage) && isIdOrNull(v.chapter) && isOffset(v.start) && isOffset(v.end) && v.end >= v.start &&
    typeof v.score === 'number' && v.score >= 0 && v.score <= 1 && isString(v.excerpt, MAX_TEXT) &&
    (v.paragraph === undefined || (Number.isSafeInteger(v.paragraph) && (v.paragraph as number) >= 1));
}

/** A page report: url, title, chapter and at most 5,000 well-formed detections. */
export function pageReportArg(method: string, value: unknown): PageReport {
  const ok = isRecord(value) && isString(value.url, MAX_URL) && isString(value.title, MAX_TEXT) && isIdOrNull(value.chapter) &&
    Array.isArray(value.detections) && value.detections.length <= MAX_DETECTIONS && value.detections.every(isDetection);
  if (!ok) throw new Error(`refused: ${method} expects a page report (url, title, chapter, detections)`);
  const { url, title, chapter, detections } = value as unknown as PageReport;
  return {
    url, title, chapter,
    detections: detections.map(({ passage, chapter: c, start, end, score, excerpt, paragraph }) =>
      ({ passage, chapter: c, start, end, score, excerpt, ...(paragraph !== undefined ? { paragraph } : {}) })),
  };
}

/** A page's identity: url, title and at most 10 headings. */
export function pageIdentityArg(method: string, value: unknown): PageIdentity {
  const ok = isRecord(value) && isString(value.url, MAX_URL) && isString(value.title, MAX_TEXT) &&
    Array.isArray(value.headings) && value.headings.length <= 10 && value.headings.every((h) => isString(h, MAX_TEXT));
  if (!ok) throw new Error(`refused: ${method} expects a page identity (url, title, up to 10 headings)`);
  const { url, title, headings } = value as unknown as PageIdentity;
  return { url, title, headings: [...headings] };
}

/** A host name: letters, digits, dots and hyphens, at most 253 characters. */
export function hostArg(method: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[a-z0-9.-]{1,253}$/i.test(value)) throw new Error(`refused: ${method} expects a host name`);
  return value.toLowerCase();
}

/** A search query: a string of at most 200 characters. */
export function queryArg(method: string, value: unknown): string {
  if (!isString(value, 200)) throw new Error(`refused: ${method} expects a query of at most 200 characters`);
  return value;
}

/** Detection thresholds within the settings' ranges. */
export function thresholdsArg(method: string, value: unknown): { minWords: number; minIdentity: number } {
  const ok = isRecord(value) && Number.isInteger(value.minWords) && (value.minWords as number) >= 5 && (value.minWords as number) <= 200 &&
    typeof value.minIdentity === 'number' && value.minIdentity >= 0.5 && value.minIdentity <= 1;
  if (!ok) throw new Error(`refused: ${method} expects { minWords: 5–200, minIdentity: 0.5–1 }`);
  return { minWords: value.minWords as number, minIdentity: value.minIdentity as number };
}

/** A page text for detection: a string of at most MAX_DETECT_CHARS. */
export function textArg(method: string, value: unknown): string {
  if (!isString(value, MAX_DETECT_CHARS)) throw new Error(`refused: ${method} expects a text of at most ${MAX_DETECT_CHARS} characters`);
  return value;
}

const MAX_QUOTE = 20_000;
const MAX_NOTE = 20_000;
const MAX_TAGS = 50;
const MAX_IMPORT_CHARS = 20_000_000;

/** A page URL (http, https or file), at most 4,096 characters. */
export function urlArg(method: string, value: unknown): string {
  if (!isString(value, MAX_URL) || !/^(https?|file):\/\//i.test(value)) throw new Error(`refused: ${method} expects a page URL`);
  return value;
}

const isTags = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_TAGS && v.every((t) => isString(t, 100) && t.trim().length > 0);
const isQuote = (q: unknown) => isRecord(q) && q.type === 'TextQuoteSelector' && isString(q.exact, MAX_QUOTE) && (q.exact as string).trim().length > 0 &&
  isString(q.prefix, 2000) && isString(q.suffix, 2000);
const isPosition = (p: unknown) => isRecord(p) && p.type === 'TextPositionSelector' && isOffset(p.start) && isOffset(p.end) && (p.end as number) > (p.start as number);

/** A selection to save: URL, title, both selectors, note, tags, chapter and passage ids. */
export function highlightDraftArg(method: string, value: unknown): HighlightDraft {
  const ok = isRecord(value) && isString(value.url, MAX_URL) && /^(https?|file):\/\//i.test(value.url as string) && isString(value.title, MAX_TEXT) &&
    isQuote(value.quote) && isPosition(value.position) && isString(value.note, MAX_NOTE) && isTags(value.tags) &&
    isIdOrNull(value.chapter) && isIdOrNull(value.passage) && (value.id === undefined || isId(value.id));
  if (!ok) throw new Error(`refused: ${method} expects a highlight (url, title, quote and position selectors, note, tags, chapter, passage; an id if any)`);
  const v = value as unknown as HighlightDraft;
  return {
    ...(v.id !== undefined ? { id: v.id } : {}),
    url: v.url, title: v.title, note: v.note, tags: v.tags.map((t) => t.trim()), chapter: v.chapter, passage: v.passage,
    quote: { type: 'TextQuoteSelector', exact: v.quote.exact, prefix: v.quote.prefix, suffix: v.quote.suffix },
    position: { type: 'TextPositionSelector', start: v.position.start, end: v.position.end },
  };
}

/** An edit of a highlight: a note and/or tags. */
export function highlightEditArg(method: string, value: unknown): HighlightEdit {
  const ok = isRecord(value) && (value.note === undefined || isString(value.note, MAX_NOTE)) && (value.tags === undefined || isTags(value.tags)) &&
    (value.note !== undefined || value.tags !== undefined);
  if (!ok) throw new Error(`refused: ${method} expects { note?, tags? } with at least one of them`);
  const edit: HighlightEdit = {};
  if (value.note !== undefined) edit.note = value.note as string;
  if (value.tags !== undefined) edit.tags = (value.tags as string[]).map((t) => t.trim());
  return edit;
}

/** A whole highlight record (undo of a delete). */
export function highlightArg(method: string, value: unknown): Highlight {
  const draft = highlightDraftArg(method, value);
  const v = value as Record<string, unknown>;
  const ok = isId(v.id) && isOffset(v.created) && isOffset(v.updated) && isOffset(v.checked) &&
    (v.status === 'anchored' || v.status === 'uncertain' || v.status === 'orphaned');
  if (!ok) throw new Error(`refused: ${method} expects a highlight record`);
  return { ...draft, id: v.id as string, created: v.created as number, updated: v.updated as number, checked: v.checked as number, status: v.status as Highlight['status'] };
}

/** Anchoring results: at most 5,000 { id, status }. */
export function anchoringArg(method: string, value: unknown): { id: string; status: AnchorStatus }[] {
  const ok = Array.isArray(value) && value.length <= MAX_DETECTIONS &&
    value.every((r) => isRecord(r) && isId(r.id) && (r.status === 'anchored' || r.status === 'uncertain' || r.status === 'orphaned'));
  if (!ok) throw new Error(`refused: ${method} expects [{ id, status }]`);
  return (value as { id: string; status: AnchorStatus }[]).map(({ id, status }) => ({ id, status }));
}

export function exportFormatArg(method: string, value: unknown): ExportFormat {
  if (value !== 'markdown' && value !== 'csv' && value !== 'jsonld') throw new Error(`refused: ${method} expects markdown, csv or jsonld`);
  return value;
}

/** An import: its format and the file's text (at most 20 million characters). */
export function importArg(method: string, format: unknown, text: unknown): [ImportFormat, string] {
  if (format !== 'jsonld' && format !== 'hypothesis' && format !== 'csv') throw new Error(`refused: ${method} expects jsonld, hypothesis or csv`);
  if (!isString(text, MAX_IMPORT_CHARS)) throw new Error(`refused: ${method} expects the file's text (at most ${MAX_IMPORT_CHARS} characters)`);
  return [format, text];
}

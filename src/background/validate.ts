// Payload checks for the message handlers: anything a page or content script
// sends is untrusted until it has the shape the contract promises.

import { MAX_DETECT_CHARS, type Detection, type PageIdentity, type PageReport } from '../shared/messages';

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
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isIdOrNull = (v: unknown) => v === null || isId(v);

function isDetection(v: unknown): v is Detection {
  if (!isRecord(v)) return false;
  return isIdOrNull(v.passage) && isIdOrNull(v.chapter) && isOffset(v.start) && isOffset(v.end) && v.end >= v.start &&
    typeof v.score === 'number' && v.score >= 0 && v.score <= 1 && isString(v.excerpt, MAX_TEXT);
}

/** A page report: url, title, chapter and at most 5,000 well-formed detections. */
export function pageReportArg(method: string, value: unknown): PageReport {
  const ok = isRecord(value) && isString(value.url, MAX_URL) && isString(value.title, MAX_TEXT) && isIdOrNull(value.chapter) &&
    Array.isArray(value.detections) && value.detections.length <= MAX_DETECTIONS && value.detections.every(isDetection);
  if (!ok) throw new Error(`refused: ${method} expects a page report (url, title, chapter, detections)`);
  const { url, title, chapter, detections } = value as unknown as PageReport;
  return { url, title, chapter, detections: detections.map(({ passage, chapter: c, start, end, score, excerpt }) => ({ passage, chapter: c, start, end, score, excerpt })) };
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

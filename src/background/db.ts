// The extension's IndexedDB store: schema, upgrades and the one shared
// connection. A content script's IndexedDB would belong to the page's origin,
// so the store lives here, in the extension origin (ARCHITECTURE.md §1).

import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type {
  ChapterRecord,
  LayerRecord,
  PassageRecord,
  QuoteCheck,
  ReviewParagraph,
} from '../shared/dataset';
import type { Highlight } from '../shared/highlights';
import type { LearnedChapter } from '../shared/learned';
import type { PackAbout } from '../shared/messages';

export const DB_NAME = 'counterpoint';
export const DB_VERSION = 2;

export interface DatasetMeta {
  version: string;
  seededAt: number;
}

/** An imported critique pack or a perspective, kept in `meta` under `pack:<id>`. */
export interface PackMeta extends Omit<PackAbout, 'version'> {
  /** Records stored before perspectives (issue 18) have none: version 1. */
  version?: 1 | 2;
  importedAt: number;
  /** Its place among the packs (the perspectives page reorders them); older records lack it. */
  order?: number;
}

/**
 * A reader's own highlight as stored: the indexed fields are always there;
 * records written by earlier versions may lack the rest (highlights-repo.ts
 * normalises them on read, never rewrites them behind the reader's back).
 */
export type StoredHighlight = Partial<Highlight> &
  Pick<Highlight, 'id' | 'url' | 'chapter' | 'passage' | 'created'>;

export interface CounterpointDB extends DBSchema {
  meta: { key: string; value: DatasetMeta | PackMeta };
  paragraphs: {
    key: string;
    value: ReviewParagraph;
    indexes: {
      'by-passage': string;
      'by-chapter': string;
      'by-layer': string;
      'by-section': string;
    };
  };
  passages: { key: string; value: PassageRecord; indexes: { 'by-chapter': string } };
  chapters: { key: string; value: ChapterRecord };
  layers: { key: string; value: LayerRecord };
  quoteChecks: {
    key: string;
    value: QuoteCheck;
    indexes: { 'by-paragraph': string; 'by-passage': string };
  };
  /** Version 2: chapters learned from the reader's pages (fingerprints only), by chapter id. */
  learned: { key: string; value: LearnedChapter };
  highlights: {
    key: string;
    value: StoredHighlight;
    indexes: { 'by-url': string; 'by-chapter': string; 'by-passage': string; 'by-created': number };
  };
}

export type Db = IDBPDatabase<CounterpointDB>;
type UpgradeTx = IDBPTransaction<CounterpointDB, StoreNames<CounterpointDB>[], 'versionchange'>;

/** The stores seeding replaces wholesale (records without a `pack` field). */
export const CRITIQUE_STORES = [
  'paragraphs',
  'passages',
  'chapters',
  'layers',
  'quoteChecks',
] as const;

/** Version 1: the critique stores, meta and the (empty) highlights store. */
function createV1(db: Db): void {
  db.createObjectStore('meta');
  const paragraphs = db.createObjectStore('paragraphs', { keyPath: 'id' });
  paragraphs.createIndex('by-passage', 'passages', { multiEntry: true });
  paragraphs.createIndex('by-chapter', 'chapters', { multiEntry: true });
  paragraphs.createIndex('by-layer', 'layers', { multiEntry: true });
  paragraphs.createIndex('by-section', 'section');
  db.createObjectStore('passages', { keyPath: 'id' }).createIndex('by-chapter', 'chapter');
  db.createObjectStore('chapters', { keyPath: 'id' });
  db.createObjectStore('layers', { keyPath: 'id' });
  const checks = db.createObjectStore('quoteChecks', { keyPath: 'id' });
  checks.createIndex('by-paragraph', 'paragraph');
  checks.createIndex('by-passage', 'nearestPassages', { multiEntry: true });
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('by-url', 'url');
  highlights.createIndex('by-chapter', 'chapter');
  highlights.createIndex('by-passage', 'passage');
  highlights.createIndex('by-created', 'created');
}

/** Each step brings the store from one version to the next; never edit a released step, add one. */
function upgrade(db: Db, oldVersion: number, _newVersion: number | null, _tx: UpgradeTx): void {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) db.createObjectStore('learned', { keyPath: 'chapter' });
}

let opening: Promise<Db> | null = null;

/** The shared connection, opened on first use: the worker may have been stopped since the last call. */
export function getDb(): Promise<Db> {
  opening ??= openDB<CounterpointDB>(DB_NAME, DB_VERSION, {
    upgrade,
    // An older connection elsewhere (an extension page) has not closed yet; ours waits for it.
    blocked: () => console.warn('counterpoint: store upgrade waits for another open connection'),
    // A newer version of the extension wants to upgrade: step aside, reopen on next use.
    blocking: () => void closeDb(),
    // The browser closed the connection (storage cleared, disk error): reopen on next use.
    terminated: () => {
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Closes the shared connection; the next getDb() opens a fresh one. */
export async function closeDb(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}

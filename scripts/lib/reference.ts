// Node-only access to ../shared/reference/hrr (read-only): the reference corpus
// that fingerprints and test fixtures are built from at run time.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReferenceOpening, ReferencePassage } from '../../src/data/fingerprint-build';

export interface ReferencePassageFull extends ReferencePassage {
  review_section: string;
  why: string;
  url: string;
  words: number;
}

export interface ChapterEntry {
  id: string;
  kind: string;
  volume: number | null;
  volume_title: string | null;
  number: number | null;
  title: string | null;
  url: string | null;
}

export interface OpeningFull extends ReferenceOpening {
  title: string;
  url: string;
}

/** ../shared beside the project root (the working directory of every npm script), or $COUNTERPOINT_SHARED. */
export function sharedDir(): string {
  const dir = process.env.COUNTERPOINT_SHARED ?? path.resolve(process.cwd(), '../shared');
  if (!existsSync(path.join(dir, 'reference/hrr/passages.jsonl'))) {
    throw new Error(
      `reference corpus not found at ${dir}/reference/hrr (run from the project root, or set COUNTERPOINT_SHARED)`,
    );
  }
  return dir;
}

const hrr = (file: string) => path.join(sharedDir(), 'reference/hrr', file);

function readJsonl<T>(file: string): T[] {
  return readFileSync(hrr(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const readPassages = () => readJsonl<ReferencePassageFull>('passages.jsonl');
export const readOpenings = () => readJsonl<OpeningFull>('openings.jsonl');
export const readChapters = (): ChapterEntry[] =>
  JSON.parse(readFileSync(hrr('chapters.json'), 'utf8')).entries;
export const readReview = (): string =>
  readFileSync(path.join(sharedDir(), 'seed/000_e0f99fb9208d0624.txt'), 'utf8');

// Reads every input of the bundled dataset: the human-edited sources under
// src/data and the reference corpus in ../shared (read-only).

import { readFileSync } from 'node:fs';
import { buildFingerprintFile, type FingerprintFile } from '../../src/data/fingerprint-build';
import type { DatasetSources, ReferenceChapter } from '../../src/data/dataset-build';
import { readChapters, readOpenings, readPassages, readReview } from './reference';

const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function freshFingerprints(): FingerprintFile {
  return buildFingerprintFile(
    readPassages(),
    readOpenings(),
    new Set(readChapters().map((c) => c.id)),
  );
}

/** Sources as committed, with fingerprints either as committed or rebuilt from ../shared. */
export function datasetSources(fingerprints: FingerprintFile): DatasetSources {
  return {
    reviewText: readFileSync('src/data/review/review.txt', 'utf8'),
    placements: json('src/data/review/placements.json'),
    labels: json('src/data/passage-labels.json'),
    layers: json('src/data/layers.json'),
    quoteChecks: json('src/data/quote-checks.json'),
    quotedTerms: json('src/data/quoted-terms.json'),
    unplacedChapters: json('src/data/review/unplaced-chapters.json'),
    sites: json('src/data/sites.json') as DatasetSources['sites'],
    chapters: readChapters() as unknown as ReferenceChapter[],
    referencePassages: readPassages(),
    fingerprints,
  };
}

export { readReview };

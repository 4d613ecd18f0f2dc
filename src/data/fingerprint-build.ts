// Turns the reference corpus into the committed fingerprint file: ids,
// chapters and normalised word hashes. No text of the History is kept.

import { u32ToBase64 } from '../shared/base64';
import { fingerprint, TOKENISER_VERSION } from '../engine/tokenize';
import { cleanReferenceText } from './reference-cleanup';

export interface ReferencePassage {
  id: string;
  chapter: string;
  text: string;
}

export interface ReferenceOpening {
  chapter: string;
  text: string;
  text_to_last_full_sentence?: string | null;
}

interface FingerprintRecord {
  id: string;
  /** Bundled fingerprints are reference passages and chapter openings only. */
  kind: 'passage' | 'opening';
  chapter: string | null;
  words: number;
  hashes: string;
}

export interface FingerprintFile {
  format: 1;
  tokeniser: number;
  source: string;
  entries: FingerprintRecord[];
}

function record(
  id: string,
  kind: FingerprintRecord['kind'],
  chapter: string | null,
  text: string,
): FingerprintRecord {
  const hashes = fingerprint(cleanReferenceText(text));
  return { id, kind, chapter, words: hashes.length, hashes: u32ToBase64(hashes) };
}

export function buildFingerprintFile(
  passages: readonly ReferencePassage[],
  openings: readonly ReferenceOpening[],
  chapterIds: ReadonlySet<string>,
): FingerprintFile {
  const chapterOf = (id: string) => (chapterIds.has(id) ? id : null);
  const entries = [
    ...passages.map((p) => record(p.id, 'passage', chapterOf(p.chapter), p.text)),
    ...openings.map((o) =>
      record(o.chapter, 'opening', chapterOf(o.chapter), o.text_to_last_full_sentence || o.text),
    ),
  ];
  return {
    format: 1,
    tokeniser: TOKENISER_VERSION,
    source: 'shared/reference/hrr: passages.jsonl, openings.jsonl, chapters.json',
    entries,
  };
}

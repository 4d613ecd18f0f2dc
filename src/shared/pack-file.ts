// A critique pack or perspective as a version 2 file (what the perspectives
// page exports and imports): plain types for every context. The schema that
// checks a file lives in src/data/schema.ts and is held to these types there.

import type { LayerRecord, Stance } from './dataset';
import type { IconName } from './icons';

interface PackFilePassage {
  /** Starts with the pack's id and a dot. */
  id: string;
  chapter: string;
  /** The author's label, never the quotation's words. */
  label: string;
  words: number;
  /** The engine's word hashes, base64 little-endian Uint32. */
  hashes: string;
  tokeniser: number;
}

interface PackFileParagraph {
  id: string;
  /** The heading it sits under in the author's source, if any. */
  section?: string;
  /** Markdown. */
  text: string;
  layer: string;
  stance: Stance;
  themes: string[];
  passages: string[];
  chapters: string[];
}

export interface PackFileV2 {
  format: 'counterpoint-pack';
  version: 2;
  id: string;
  name: string;
  author: string;
  description?: string;
  licence: string;
  layers: (Omit<LayerRecord, 'order' | 'pack' | 'kind' | 'icon'> & {
    kind: 'pack';
    icon: IconName;
  })[];
  passages: PackFilePassage[];
  paragraphs: PackFileParagraph[];
}

// The pure part of `npm run pack:build`: a perspective's Markdown → a version 2
// pack, its quotations placed on the bundled dataset as the extension holds it.

import dataset from '../data/dataset.json';
import {
  packFromMarkdown,
  type PackBuild,
  type PackBuildContext,
} from '../data/pack-from-markdown';
import { parsePackMarkdown } from '../data/pack-markdown';
import { buildIndex } from '../engine';
import { base64ToU32 } from '../shared/base64';
import type { Dataset } from '../shared/dataset';

/** The bundled passages and chapter openings indexed as the background indexes them (index-cache.ts). */
export function bundledContext(): PackBuildContext {
  const { passages, chapters, layers } = dataset as unknown as Dataset;
  const bundled = new Set(passages.map((p) => p.id));
  return {
    index: buildIndex(
      passages.map((p) => ({
        id: p.id,
        kind: p.kind,
        chapter: p.chapter,
        hashes: base64ToU32(p.hashes),
      })),
    ),
    isBundled: (id) => bundled.has(id),
    chapters: new Set(chapters.map((c) => c.id)),
    bundledLayers: new Set(layers.map((l) => l.id)),
  };
}

export const buildPackSource = (source: string, ctx = bundledContext()): PackBuild =>
  packFromMarkdown(parsePackMarkdown(source), ctx);

// What a pack names must exist before it is written: every passage, chapter
// and layer its paragraphs refer to; its own passages' ids, chapters and
// fingerprints; and no layer id of the bundled dataset or of another pack
// (it would be overwritten, and taken away with this pack later). Pure: the
// background gathers what is known (src/background/packs.ts).

import { HIGHLIGHT_SUFFIXES, layerSlug } from '../shared/highlight-style';
import { base64Length } from './learned-file';
import type { Pack } from './schema';

export interface KnownIds {
  /** Bundled passages (not another pack's). */
  passages: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
  bundledLayers: ReadonlySet<string>;
  /** Layer id → the pack that has it, for every other pack. */
  otherPacksLayers: ReadonlyMap<string, string>;
  /** The engine's tokeniser: passages hashed by another cannot match. */
  tokeniser: number;
}

type Add = (issue: string) => void;

/** Highlights the page side registers besides the layers' own (src/content/layers.ts). */
const PAGE_SIDE_NAMES = ['opening', 'passage'];

/**
 * A layer is styled by its highlight names (counterpoint-<slug>[-line][-dark]): a pack's layer
 * whose names another layer has would restyle that layer on every page. So its slug is none of
 * theirs, and does not end like one of their suffixed names.
 */
function checkLayers(pack: Pack, known: KnownIds, add: Add): void {
  const taken = new Set(
    [...known.bundledLayers, ...known.otherPacksLayers.keys(), ...PAGE_SIDE_NAMES].map(layerSlug),
  );
  const ids = new Set<string>();
  for (const l of pack.layers) {
    const slug = layerSlug(l.id);
    if (known.bundledLayers.has(l.id)) add(`layers: ${l.id} is a bundled layer's id`);
    else if (known.otherPacksLayers.has(l.id))
      add(`layers: ${l.id} is a layer of the pack ${known.otherPacksLayers.get(l.id)}`);
    else if (taken.has(slug) || HIGHLIGHT_SUFFIXES.some((x) => slug.endsWith(x)))
      add(
        `layers: ${l.id} would be styled as another layer (counterpoint-${slug}): choose another id`,
      );
    if (ids.has(l.id)) add(`layers: ${l.id} appears twice`);
    ids.add(l.id);
    taken.add(slug);
  }
}

/** A version 2 pack's own passages; returns their ids. */
function checkOwnPassages(pack: Pack, known: KnownIds, add: Add): Set<string> {
  const own = new Set<string>();
  if (pack.version === 1) return own;
  for (const [i, p] of pack.passages.entries()) {
    const at = `passages.${i}`;
    if (!p.id.startsWith(`${pack.id}.`)) add(`${at}.id: ${p.id} does not start with "${pack.id}."`);
    if (own.has(p.id)) add(`${at}.id: ${p.id} appears twice`);
    own.add(p.id);
    if (!known.chapters.has(p.chapter)) add(`${at}.chapter: no chapter ${p.chapter}`);
    if (p.hashes.length !== base64Length(p.words * 4))
      add(`${at}.hashes: ${p.words} words need ${p.words * 4} bytes of hashes`);
    if (p.tokeniser !== known.tokeniser)
      add(
        `${at}.tokeniser: hashed by tokeniser ${p.tokeniser}, this Counterpoint reads ${known.tokeniser}: build the pack again`,
      );
  }
  return own;
}

/** Every issue with what `pack` refers to; `add` may throw to stop early. */
export function checkPackReferences(pack: Pack, known: KnownIds, add: Add): void {
  checkLayers(pack, known, add);
  const own = checkOwnPassages(pack, known, add);
  const layers = new Set(pack.layers.map((l) => l.id));
  const ids = new Set<string>();
  for (const [i, p] of pack.paragraphs.entries()) {
    if (ids.has(p.id)) add(`paragraphs.${i}.id: ${p.id} appears twice`);
    ids.add(p.id);
    for (const id of p.passages)
      if (!known.passages.has(id) && !own.has(id))
        add(`paragraphs.${i}.passages: no passage ${id}`);
    for (const id of p.chapters)
      if (!known.chapters.has(id)) add(`paragraphs.${i}.chapters: no chapter ${id}`);
    if (!layers.has(p.layer))
      add(`paragraphs.${i}.layer: ${p.layer} is not one of the pack's layers`);
  }
}

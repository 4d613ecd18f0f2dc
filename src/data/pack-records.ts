// A critique pack (either version, ./schema.ts) as the records the critique
// stores hold, and back: its layers, its paragraphs and the passages it brings
// (fingerprints only), each marked with the pack's id, which seeding leaves
// alone. Pure: the background writes them (src/background/packs.ts), the
// tests read them in Node.

import type { LayerRecord, PassageRecord, ReviewParagraph } from '../shared/dataset';
import type { PackAbout } from '../shared/messages';
import type { Pack, PackV2 } from './schema';

/** Pack layers sort after the bundled ones, each pack's after the packs before it. */
const PACK_ORDER_BASE = 1000;
/** Room for a pack's layers (a pack has at most 20). */
const LAYERS_PER_PACK = 20;

export interface PackRecords {
  about: PackAbout;
  layers: LayerRecord[];
  paragraphs: ReviewParagraph[];
  passages: PassageRecord[];
}

export const layerOrder = (packOrder: number, layer: number) =>
  PACK_ORDER_BASE + packOrder * LAYERS_PER_PACK + layer;
/** Room for a pack's paragraphs (a pack has at most 2,000). */
const PARAGRAPHS_PER_PACK = 2000;
/** A pack's paragraphs follow the review's, each pack's after the packs before it: a card pages through them so. */
export const paragraphOrder = (packOrder: number, paragraph: number) =>
  PACK_ORDER_BASE + packOrder * PARAGRAPHS_PER_PACK + paragraph;

/** "by Author (licence)": who wrote a version 2 pack, under its name in lists and on the card. */
const attributionOf = (p: Pick<PackV2, 'author' | 'licence'>) => `by ${p.author} (${p.licence})`;

function aboutOf(pack: Pack): PackAbout {
  if (pack.version === 1)
    return { id: pack.id, name: pack.name, attribution: pack.attribution, version: 1 };
  const { id, name, author, description, licence } = pack;
  return { id, name, attribution: attributionOf(pack), author, description, licence, version: 2 };
}

function paragraphRecords(pack: Pack, packOrder: number): ReviewParagraph[] {
  return pack.paragraphs.map((p, i) => ({
    id: `${pack.id}/${p.id}`,
    section: `pack:${pack.id}`,
    sectionHeading: pack.name,
    order: paragraphOrder(packOrder, i),
    text: p.text,
    stance: p.stance,
    themes: p.themes,
    passages: p.passages,
    chapters: p.chapters,
    layers: [p.layer],
    pack: pack.id,
    ...('section' in p && p.section ? { heading: p.section } : {}),
  }));
}

function passageRecords(pack: Pack, paragraphs: ReviewParagraph[]): PassageRecord[] {
  if (pack.version === 1) return [];
  return pack.passages.map((p) => ({
    id: p.id,
    kind: 'passage' as const,
    chapter: p.chapter,
    label: p.label,
    reviewSection: null,
    words: p.words,
    hashes: p.hashes,
    paragraphs: paragraphs.filter((r) => r.passages.includes(p.id)).map((r) => r.id),
    pack: pack.id,
    tokeniser: p.tokeniser,
  }));
}

/** The records of `pack`, its layers ordered after the `packOrder` packs before it. */
export function packRecords(pack: Pack, packOrder: number): PackRecords {
  const layers = pack.layers.map((l, i) => ({
    ...l,
    order: layerOrder(packOrder, i),
    pack: pack.id,
  }));
  const paragraphs = paragraphRecords(pack, packOrder);
  return { about: aboutOf(pack), layers, paragraphs, passages: passageRecords(pack, paragraphs) };
}

/** The tokeniser a pack's passages were hashed with (the engine's; src/engine). */
export interface PackExportContext {
  tokeniser: number;
}

/**
 * A stored pack as a version 2 file, the format the perspectives page exports: a version 1 pack
 * comes out as version 2 with its attribution as its author and its licence unstated.
 */
export function packFromRecords(records: PackRecords, { tokeniser }: PackExportContext): PackV2 {
  const { about } = records;
  const ownId = (id: string) => id.slice(about.id.length + 1);
  return {
    format: 'counterpoint-pack',
    version: 2,
    id: about.id,
    name: about.name,
    author: about.author ?? about.attribution,
    ...(about.description ? { description: about.description } : {}),
    licence: about.licence ?? 'not stated',
    layers: [...records.layers]
      .sort((a, b) => a.order - b.order)
      .map(({ id, name, description, color, underline, icon }) => ({
        id,
        kind: 'pack' as const,
        name,
        description,
        color,
        underline,
        icon: icon as PackV2['layers'][number]['icon'],
      })),
    passages: records.passages.map((p) => ({
      id: p.id,
      chapter: p.chapter ?? '',
      label: p.label,
      words: p.words,
      hashes: p.hashes,
      tokeniser: p.tokeniser ?? tokeniser,
    })),
    paragraphs: [...records.paragraphs]
      .sort((a, b) => a.order - b.order)
      .map((p) => ({
        id: ownId(p.id),
        ...(p.heading ? { section: p.heading } : {}),
        text: p.text,
        layer: p.layers[0],
        stance: p.stance,
        themes: p.themes,
        passages: p.passages,
        chapters: p.chapters,
      })),
  };
}

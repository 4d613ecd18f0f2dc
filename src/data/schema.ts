// Schemas for the dataset's human-edited sources and for imported packs:
// one set of rules, checked at build time (npm run data:check) and on import.

import * as v from 'valibot';
import { ICON_NAMES } from '../shared/icons';

const THEMES = [
  'spontaneity',
  'soviets-party',
  'permanent-revolution',
  'uneven-development',
  'discipline-timing',
  'insurrection-state',
  'western-marxism',
  'historian',
  'self-portrait',
] as const;

const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9.:_-]{0,63}$/, 'an id: letters, digits and . : _ - (at most 64)'),
);
const Colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'a colour like #b3261e'));
const ShortText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

const StanceSchema = v.picklist(['critique', 'tribute', 'mixed']);
/** subject: the claim is about this passage; answers: the passage answers, rebuts or complicates it; quoted: the review quotes or echoes it. */
const RELATIONS = ['subject', 'answers', 'quoted'] as const;
const ThemeSchema = v.picklist(THEMES);

const RelationSchema = v.picklist(RELATIONS);

/** One link from a paragraph to a passage: how the passage bears on the claim, and why, in our words. */
const LinkSchema = v.strictObject({ relation: RelationSchema, why: ShortText(240) });

const placementEntries = {
  id: Id,
  opens: ShortText(80),
  stance: StanceSchema,
  themes: v.pipe(v.array(ThemeSchema), v.minLength(1)),
  chapters: v.pipe(
    v.array(Id),
    v.minLength(1, 'every paragraph is placed on at least one chapter'),
  ),
  note: v.optional(ShortText(500)),
};

/** A placement of one review paragraph (src/data/review/placements.json): its links in order, most telling first. */
export const PlacementSchema = v.strictObject({
  ...placementEntries,
  relations: v.record(Id, LinkSchema),
});

/** Phrases the review puts in quotation marks without presenting them as Trotsky's words (src/data/quoted-terms.json). */
export const QuotedTermSchema = v.strictObject({
  phrase: ShortText(80),
  kind: v.picklist(['term', 'scare']),
  note: ShortText(300),
});

/** Chapters the review does not speak to, each with the reason (src/data/review/unplaced-chapters.json). */
export const UnplacedChaptersSchema = v.record(Id, ShortText(300));

export const LayerSourceSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['stance', 'theme', 'sources', 'mine', 'pack']),
  name: ShortText(60),
  description: ShortText(240),
  color: v.strictObject({ light: Colour, dark: Colour }),
  underline: v.picklist(['solid', 'double', 'dotted', 'dashed', 'wavy']),
  icon: v.picklist(ICON_NAMES, `an icon name: ${ICON_NAMES.join(', ')}`),
});

export const QuoteCheckSourceSchema = v.strictObject({
  id: Id,
  paragraph: Id,
  phrase: ShortText(300),
  attributedTo: ShortText(80),
  verdict: v.picklist(['found', 'close', 'not-found']),
  note: ShortText(600),
  nearestPassages: v.array(Id),
  nearestChapters: v.array(Id),
});

export const LabelsSchema = v.record(Id, ShortText(120));

const PackLayers = v.pipe(
  v.array(v.strictObject({ ...LayerSourceSchema.entries, kind: v.literal('pack') })),
  v.minLength(1),
  v.maxLength(20),
);
// Bounded, so a file cannot make one paragraph a hundred thousand references.
const PackPassageIds = v.pipe(v.array(Id), v.maxLength(500));
const PackChapterIds = v.pipe(
  v.array(Id),
  v.minLength(1, 'every paragraph is placed on at least one chapter'),
  v.maxLength(500),
);

/** Version 1: a critique pack of extra layers with their own paragraphs, placed on bundled passages like the review's. */
const PackSchemaV1 = v.strictObject({
  format: v.literal('counterpoint-pack'),
  version: v.literal(1),
  id: Id,
  name: ShortText(80),
  attribution: ShortText(300),
  layers: PackLayers,
  paragraphs: v.pipe(
    v.array(
      v.strictObject({
        ...placementEntries,
        opens: v.optional(ShortText(80)),
        text: ShortText(5000),
        layer: Id,
        themes: v.pipe(v.array(ThemeSchema), v.minLength(1), v.maxLength(THEMES.length)),
        passages: PackPassageIds,
        chapters: PackChapterIds,
      }),
    ),
    v.minLength(1),
    v.maxLength(2000),
  ),
});

/** A perspective's stance on a passage: a critic's, an admirer's, both, or an answer to another reading. */
export const PACK_STANCES = ['critique', 'tribute', 'mixed', 'answers'] as const;
/** A quotation must hold this many words to be recognised (the engine's default least match). */
export const MIN_QUOTE_WORDS = 12;
/** A quotation's fingerprint is at most this long: a passage, not a chapter (learning is for chapters). */
export const MAX_QUOTE_WORDS = 2000;
/** A pack id short enough that its passages' ids (`<pack>.<n>`) stay ids. */
const PackId = v.pipe(Id, v.maxLength(40, 'a pack id of at most 40 characters'));

/**
 * A passage a pack brings: a quotation of the History the bundled passages do not cover, as its
 * fingerprint (the engine's word hashes, base64 little-endian Uint32) and our author's label,
 * never its words. Its id starts with the pack's id and a dot.
 */
const PackPassageSchema = v.strictObject({
  id: Id,
  chapter: Id,
  label: ShortText(120),
  words: v.pipe(
    v.number(),
    v.safeInteger(),
    v.minValue(MIN_QUOTE_WORDS),
    v.maxValue(MAX_QUOTE_WORDS),
  ),
  hashes: v.pipe(
    v.string(),
    v.maxLength(Math.ceil((MAX_QUOTE_WORDS * 4) / 3) + 4),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  ),
  tokeniser: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
});

/**
 * Version 2: a perspective of one's own (issue 18): who wrote it and under which licence, the
 * passages it brings as fingerprints, paragraphs in Markdown with a stance (answers too), the
 * author's own themes, and sections.
 */
export const PackSchemaV2 = v.strictObject({
  format: v.literal('counterpoint-pack'),
  version: v.literal(2),
  id: PackId,
  name: ShortText(80),
  author: ShortText(120),
  description: v.optional(ShortText(1000)),
  licence: ShortText(120),
  layers: PackLayers,
  passages: v.pipe(v.array(PackPassageSchema), v.maxLength(2000)),
  paragraphs: v.pipe(
    v.array(
      v.strictObject({
        id: Id,
        section: v.optional(ShortText(120)),
        text: ShortText(5000),
        layer: Id,
        stance: v.picklist(PACK_STANCES),
        themes: v.pipe(
          v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40))),
          v.maxLength(12),
        ),
        // None: a paragraph on whole chapters, as a version 1 pack may place one.
        passages: PackPassageIds,
        chapters: PackChapterIds,
      }),
    ),
    v.maxLength(2000),
  ),
});

/** A critique pack of either version. */
export const PackSchema = v.variant('version', [PackSchemaV1, PackSchemaV2]);

export type Placement = v.InferOutput<typeof PlacementSchema>;
export type QuotedTerm = v.InferOutput<typeof QuotedTermSchema>;
export type PackV2 = v.InferOutput<typeof PackSchemaV2>;
export type Pack = v.InferOutput<typeof PackSchema>;

/** Issues as "where: what" lines, for data:check and for import errors. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], source: string): string[] {
  return issues.map(
    (i) =>
      `${source}${i.path?.length ? ' ' + i.path.map((p) => String(p.key)).join('.') : ''}: ${i.message}`,
  );
}

export function parseOrIssues<T extends v.GenericSchema>(
  schema: T,
  value: unknown,
  source: string,
): { value?: v.InferOutput<T>; issues: string[] } {
  const r = v.safeParse(schema, value);
  return r.success ? { value: r.output, issues: [] } : { issues: describeIssues(r.issues, source) };
}

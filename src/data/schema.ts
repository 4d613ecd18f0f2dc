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

/** A critique pack: extra layers with their own paragraphs, placed like the review's. */
export const PackSchema = v.strictObject({
  format: v.literal('counterpoint-pack'),
  version: v.literal(1),
  id: Id,
  name: ShortText(80),
  attribution: ShortText(300),
  layers: v.pipe(
    v.array(v.strictObject({ ...LayerSourceSchema.entries, kind: v.literal('pack') })),
    v.minLength(1),
    v.maxLength(20),
  ),
  paragraphs: v.pipe(
    v.array(
      v.strictObject({
        ...placementEntries,
        opens: v.optional(ShortText(80)),
        text: ShortText(5000),
        layer: Id,
        // Bounded, so a file cannot make one paragraph a hundred thousand references.
        themes: v.pipe(v.array(ThemeSchema), v.minLength(1), v.maxLength(THEMES.length)),
        passages: v.pipe(v.array(Id), v.maxLength(500)),
        chapters: v.pipe(
          v.array(Id),
          v.minLength(1, 'every paragraph is placed on at least one chapter'),
          v.maxLength(500),
        ),
      }),
    ),
    v.minLength(1),
    v.maxLength(2000),
  ),
});

export type Placement = v.InferOutput<typeof PlacementSchema>;
export type QuotedTerm = v.InferOutput<typeof QuotedTermSchema>;
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

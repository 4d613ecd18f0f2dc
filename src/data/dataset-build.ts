// Assembles the bundled dataset from its human-edited sources, the review's
// verbatim text and the fingerprints, checking every cross-reference.
// Pure: the caller reads the files (scripts/data-build.ts, tests).

import type {
  ChapterRecord,
  Dataset,
  LayerRecord,
  PassageRecord,
  QuoteCheck,
  ReviewParagraph,
} from '../shared/dataset';
import { chapterUrlPatterns, type Sites } from './chapter-urls';
import type { FingerprintFile } from './fingerprint-build';
import { allParagraphs, splitReview, type SplitReview } from './review/split';
import {
  LabelsSchema,
  LayerSourceSchema,
  parseOrIssues,
  PlacementSchema,
  QuoteCheckSourceSchema,
  QuotedTermSchema,
  UnplacedChaptersSchema,
  type Placement,
} from './schema';
import { checkQuotedPhrases, checkNearestLinked, checkUnplacedChapters } from './dataset-checks';
import * as v from 'valibot';

export interface ReferenceChapter {
  id: string;
  kind: string;
  volume: number | null;
  number: number | null;
  title: string | null;
  title_variants?: string[];
  volume_title?: string | null;
  url: string | null;
}

export interface DatasetSources {
  reviewText: string;
  placements: unknown;
  labels: unknown;
  layers: unknown;
  quoteChecks: unknown;
  quotedTerms: unknown;
  unplacedChapters: unknown;
  sites: Sites;
  chapters: ReferenceChapter[];
  referencePassages: { id: string; review_section: string }[];
  fingerprints: FingerprintFile;
}

interface Coverage {
  paragraphs: number;
  placed: number;
  passages: number;
  passagesUsed: number;
  unusedPassages: string[];
  chapters: number;
  chaptersWithCritique: number;
  chaptersLeftEmpty: string[];
  links: Record<string, number>;
  answeredPassages: number;
  quoteChecks: Record<string, number>;
  quotedPhrases: { checked: number; terms: number };
}

export interface DatasetResult {
  dataset: Dataset | null;
  problems: string[];
  coverage: Coverage | null;
}

const REVIEW_URL =
  'https://weaponizedinformation.com/2025/10/26/the-revolution-remembered-through-a-mirror-trotsky-between-history-and-heresy';

function layersOf(p: Placement): string[] {
  const stances = p.stance === 'mixed' ? ['critique', 'tribute'] : [p.stance];
  return [...stances, ...p.themes.map((t) => `theme:${t}`)];
}

function checkPlacements(
  review: SplitReview,
  placements: Placement[],
  known: { passages: Set<string>; chapters: Set<string> },
): string[] {
  const problems: string[] = [];
  const texts = new Map(allParagraphs(review).map((p) => [p.id, p.text]));
  const seen = new Set<string>();
  for (const p of placements) {
    const text = texts.get(p.id);
    if (!text) problems.push(`placements ${p.id}: no such paragraph in the review`);
    else if (!text.startsWith(p.opens))
      problems.push(`placements ${p.id}: paragraph does not open with "${p.opens}"`);
    if (seen.has(p.id)) problems.push(`placements ${p.id}: placed twice`);
    seen.add(p.id);
    for (const id of Object.keys(p.relations))
      if (!known.passages.has(id)) problems.push(`placements ${p.id}: unknown passage ${id}`);
    for (const id of p.chapters)
      if (!known.chapters.has(id)) problems.push(`placements ${p.id}: unknown chapter ${id}`);
  }
  for (const id of texts.keys())
    if (!seen.has(id)) problems.push(`review paragraph ${id} is not placed`);
  return problems;
}

function checkQuotes(
  quotes: QuoteCheck[],
  texts: Map<string, string>,
  known: { passages: Set<string>; chapters: Set<string> },
): string[] {
  const problems: string[] = [];
  for (const q of quotes) {
    const text = texts.get(q.paragraph);
    if (!text) problems.push(`quote-checks ${q.id}: unknown paragraph ${q.paragraph}`);
    else
      for (const piece of q.phrase.split(' … '))
        if (!text.includes(piece))
          problems.push(`quote-checks ${q.id}: "${piece}" is not in ${q.paragraph}`);
    for (const id of q.nearestPassages)
      if (!known.passages.has(id)) problems.push(`quote-checks ${q.id}: unknown passage ${id}`);
    for (const id of q.nearestChapters)
      if (!known.chapters.has(id)) problems.push(`quote-checks ${q.id}: unknown chapter ${id}`);
  }
  return problems;
}

function fnvHex(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function buildDataset(src: DatasetSources): DatasetResult {
  const problems: string[] = [];
  const parse = <T extends v.GenericSchema>(schema: T, value: unknown, name: string) => {
    const r = parseOrIssues(schema, value, name);
    problems.push(...r.issues);
    return r.value;
  };
  const placements = parse(v.array(PlacementSchema), src.placements, 'placements');
  const labels = parse(LabelsSchema, src.labels, 'passage-labels');
  const layerSources = parse(v.array(LayerSourceSchema), src.layers, 'layers');
  const quoteSources = parse(v.array(QuoteCheckSourceSchema), src.quoteChecks, 'quote-checks');
  const quotedTerms = parse(v.array(QuotedTermSchema), src.quotedTerms, 'quoted-terms');
  const unplaced = parse(UnplacedChaptersSchema, src.unplacedChapters, 'unplaced-chapters');
  let review: SplitReview | null = null;
  try {
    review = splitReview(src.reviewText);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (
    !placements ||
    !labels ||
    !layerSources ||
    !quoteSources ||
    !quotedTerms ||
    !unplaced ||
    !review
  )
    return { dataset: null, problems, coverage: null };

  const known = {
    passages: new Set(
      src.fingerprints.entries.filter((e) => e.kind === 'passage').map((e) => e.id),
    ),
    chapters: new Set(src.chapters.map((c) => c.id)),
  };
  problems.push(...checkPlacements(review, placements, known));
  for (const id of known.passages)
    if (!labels[id]) problems.push(`passage-labels: ${id} has no label`);
  const layerIds = new Set(layerSources.map((l) => l.id));
  for (const p of placements)
    for (const l of layersOf(p))
      if (!layerIds.has(l)) problems.push(`placements ${p.id}: layer ${l} is not defined`);

  const dataset = assemble(src, review, placements, labels, layerSources, quoteSources);
  const texts = new Map(dataset.paragraphs.map((p) => [p.id, p.text]));
  problems.push(...checkQuotes(dataset.quoteChecks, texts, known));
  const quoted = checkQuotedPhrases(dataset.paragraphs, dataset.quoteChecks, quotedTerms);
  problems.push(
    ...quoted.problems,
    ...checkNearestLinked(dataset),
    ...checkUnplacedChapters(dataset.chapters, unplaced),
  );
  return { dataset, problems, coverage: coverageOf(dataset, Object.keys(unplaced), quoted.counts) };
}

function assemble(
  src: DatasetSources,
  review: SplitReview,
  placements: Placement[],
  labels: Record<string, string>,
  layerSources: v.InferOutput<typeof LayerSourceSchema>[],
  quoteSources: QuoteCheck[],
): Dataset {
  const byId = new Map(placements.map((p) => [p.id, p]));
  const headings = new Map([
    ['dek', 'Dek'],
    ...review.sections.map((s) => [s.id, s.heading] as [string, string]),
  ]);
  const paragraphs: ReviewParagraph[] = allParagraphs(review).map((r) => {
    const p = byId.get(r.id);
    return {
      id: r.id,
      section: r.section,
      sectionHeading: headings.get(r.section) ?? '',
      order: r.order,
      text: r.text,
      stance: p?.stance ?? 'mixed',
      themes: p?.themes ?? [],
      passages: Object.keys(p?.relations ?? {}),
      relations: p?.relations ?? {},
      chapters: p?.chapters ?? [],
      layers: p ? layersOf(p) : [],
    };
  });
  const passages = passageRecords(src, labels, paragraphs);
  const chapters = chapterRecords(src, paragraphs, passages);
  const layers: LayerRecord[] = layerSources.map((l, order) => ({ ...l, order }));
  const body = {
    review: reviewSource(review),
    paragraphs,
    chapters,
    passages,
    quoteChecks: quoteSources,
    layers,
  };
  return { format: 1, version: `1-${fnvHex(JSON.stringify(body))}`, ...body };
}

function reviewSource(review: SplitReview) {
  const [author, publication, , date] = review.byline.replace(/^By /, '').split(' | ');
  return { title: review.title, byline: review.byline, author, publication, date, url: REVIEW_URL };
}

function passageRecords(
  src: DatasetSources,
  labels: Record<string, string>,
  paragraphs: ReviewParagraph[],
): PassageRecord[] {
  const sections = new Map(src.referencePassages.map((p) => [p.id, p.review_section]));
  const titles = new Map(src.chapters.map((c) => [c.id, titleOf(c)]));
  return src.fingerprints.entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    chapter: e.chapter,
    label: e.kind === 'passage' ? labels[e.id] : `Opening of ${titles.get(e.id) ?? e.id}`,
    reviewSection: e.kind === 'passage' ? (sections.get(e.id) ?? null) : null,
    words: e.words,
    hashes: e.hashes,
    paragraphs:
      e.kind === 'passage'
        ? paragraphs.filter((p) => p.passages.includes(e.id)).map((p) => p.id)
        : [],
  }));
}

/** The reference leaves one title unknown; say so rather than guess. */
function titleOf(c: ReferenceChapter): string {
  return c.title ?? `Chapter ${c.number} (title not confirmed)`;
}

function chapterRecords(
  src: DatasetSources,
  paragraphs: ReviewParagraph[],
  passages: PassageRecord[],
): ChapterRecord[] {
  const passageChapter = new Map(
    passages.filter((p) => p.kind === 'passage').map((p) => [p.id, p.chapter]),
  );
  return src.chapters.map((c) => {
    const placed = paragraphs.filter(
      (p) => p.chapters.includes(c.id) || p.passages.some((id) => passageChapter.get(id) === c.id),
    );
    return {
      id: c.id,
      kind: c.kind,
      volume: c.volume,
      number: c.number,
      title: titleOf(c),
      titleVariants: c.title_variants ?? [],
      volumeTitle: c.volume_title ?? null,
      url: c.url,
      urlPatterns: chapterUrlPatterns(src.sites, c.url, c.volume, c.number, c.kind),
      sections: [...new Set(placed.map((p) => p.section))],
      paragraphs: placed.map((p) => p.id),
    };
  });
}

const countBy = <T>(items: T[], key: (t: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

function coverageOf(
  d: Dataset,
  chaptersLeftEmpty: string[],
  quotedPhrases: Coverage['quotedPhrases'],
): Coverage {
  const passages = d.passages.filter((p) => p.kind === 'passage');
  const links = d.paragraphs.flatMap((p) => Object.entries(p.relations ?? {}));
  return {
    paragraphs: d.paragraphs.length,
    placed: d.paragraphs.filter((p) => p.chapters.length > 0).length,
    passages: passages.length,
    passagesUsed: passages.filter((p) => p.paragraphs.length > 0).length,
    unusedPassages: passages.filter((p) => p.paragraphs.length === 0).map((p) => p.id),
    chapters: d.chapters.length,
    chaptersWithCritique: d.chapters.filter((c) => c.paragraphs.length > 0).length,
    chaptersLeftEmpty,
    links: countBy(links, ([, l]) => l.relation),
    answeredPassages: new Set(links.filter(([, l]) => l.relation === 'answers').map(([id]) => id))
      .size,
    quoteChecks: countBy(d.quoteChecks, (q) => q.verdict),
    quotedPhrases,
  };
}

// The order a passage's card shows its review paragraphs in, taken from the
// product's own rule (src/shared/grouping.ts, bundled here with esbuild) so the
// suites never keep a second copy of it: one page per review section, the
// section whose paragraph Trotsky's text answers first.
import { readFileSync } from 'node:fs';
import { importTs } from '../../../scripts/lib/import-ts.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));

const { cardGroups } = await importTs('src/shared/grouping.ts');

/** The card's pages for a passage: one per review section, each with its paragraphs in card order. */
export const cardPagesOf = (id) =>
  cardGroups(
    DATASET.paragraphs.filter((p) => p.passages.includes(id)),
    id,
  );

/** Every paragraph on a passage, in the order its card shows them (the first is on the card's first page). */
export const paragraphsOn = (id) => cardPagesOf(id).flatMap((g) => g.paragraphs);

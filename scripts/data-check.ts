// npm run data:check — coverage of the dataset and every gap: unplaced
// paragraphs, unknown ids, review text that differs from the seed, stale
// fingerprints or dataset. Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildDataset } from '../src/data/dataset-build';
import { datasetSources, freshFingerprints, readReview } from './lib/dataset-sources';

const problems: string[] = [];
const fresh = freshFingerprints();
const committedFingerprints = JSON.parse(readFileSync('src/data/fingerprints.json', 'utf8'));
if (!isDeepStrictEqual(committedFingerprints, fresh)) problems.push('src/data/fingerprints.json is stale against ../shared/reference (run npm run data:build)');
if (readFileSync('src/data/review/review.txt', 'utf8') !== readReview()) problems.push('src/data/review/review.txt differs from the seed in ../shared/seed');

const { dataset, problems: buildProblems, coverage } = buildDataset(datasetSources(fresh));
problems.push(...buildProblems);
if (dataset && !isDeepStrictEqual(JSON.parse(readFileSync('src/data/dataset.json', 'utf8')), dataset)) {
  problems.push('src/data/dataset.json is stale against its sources (run npm run data:build)');
}
if (coverage) {
  const q = coverage.quoteChecks;
  console.log(`paragraphs placed: ${coverage.placed} / ${coverage.paragraphs}`);
  console.log(`passages used: ${coverage.passagesUsed} / ${coverage.passages}${coverage.unusedPassages.length ? ` (unused: ${coverage.unusedPassages.join(', ')})` : ''}`);
  console.log(`chapters with critique: ${coverage.chaptersWithCritique} / ${coverage.chapters}`);
  console.log(`quote checks: ${Object.values(q).reduce((a, b) => a + b, 0)} (found ${q.found ?? 0}, close ${q.close ?? 0}, not located ${q['not-found'] ?? 0})`);
  for (const id of coverage.unusedPassages) problems.push(`passage ${id} is not used by any paragraph`);
}
for (const p of problems) console.log(`problem: ${p}`);
console.log(problems.length ? `data:check: ${problems.length} problem(s)` : 'data:check: no gap');
process.exitCode = problems.length ? 1 : 0;

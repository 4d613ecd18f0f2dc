// npm run data:check — coverage of the dataset and every gap: unplaced
// paragraphs, chapters left empty without a reason, unknown ids, quoted
// phrases nobody checked, review text that differs from the seed, stale
// fingerprints or dataset. Exits 1 on any problem. A passage may stay
// unlinked: one that does not bear on a paragraph carries none.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildDataset } from '../src/data/dataset-build';
import { datasetSources, freshFingerprints, readReview } from './lib/dataset-sources';

const problems: string[] = [];
const fresh = freshFingerprints();
const committedFingerprints = JSON.parse(readFileSync('src/data/fingerprints.json', 'utf8'));
if (!isDeepStrictEqual(committedFingerprints, fresh))
  problems.push(
    'src/data/fingerprints.json is stale against ../shared/reference (run npm run data:build)',
  );
if (readFileSync('src/data/review/review.txt', 'utf8') !== readReview())
  problems.push('src/data/review/review.txt differs from the seed in ../shared/seed');

const { dataset, problems: buildProblems, coverage } = buildDataset(datasetSources(fresh));
problems.push(...buildProblems);
if (
  dataset &&
  !isDeepStrictEqual(JSON.parse(readFileSync('src/data/dataset.json', 'utf8')), dataset)
) {
  problems.push('src/data/dataset.json is stale against its sources (run npm run data:build)');
}
if (coverage) {
  const q = coverage.quoteChecks;
  const l = coverage.links;
  console.log(`paragraphs placed: ${coverage.placed} / ${coverage.paragraphs}`);
  console.log(
    `chapters with critique: ${coverage.chaptersWithCritique} / ${coverage.chapters} (left empty, each with its reason: ${coverage.chaptersLeftEmpty.join(', ')})`,
  );
  console.log(
    `links: ${Object.values(l).reduce((a, b) => a + b, 0)} (subject ${l.subject ?? 0}, answers ${l.answers ?? 0}, quoted ${l.quoted ?? 0}); passages where Trotsky answers: ${coverage.answeredPassages}`,
  );
  console.log(
    `passages used: ${coverage.passagesUsed} / ${coverage.passages}${coverage.unusedPassages.length ? ` (not linked, by choice: ${coverage.unusedPassages.join(', ')})` : ''}`,
  );
  console.log(
    `quote checks: ${Object.values(q).reduce((a, b) => a + b, 0)} (found ${q.found ?? 0}, close ${q.close ?? 0}, not located ${q['not-found'] ?? 0})`,
  );
  console.log(
    `phrases in quotation marks: ${coverage.quotedPhrases.checked + coverage.quotedPhrases.terms} (quote-checked ${coverage.quotedPhrases.checked}, terms and scare quotes ${coverage.quotedPhrases.terms})`,
  );
}
for (const p of problems) console.log(`problem: ${p}`);
console.log(problems.length ? `data:check: ${problems.length} problem(s)` : 'data:check: no gap');
process.exitCode = problems.length ? 1 : 0;

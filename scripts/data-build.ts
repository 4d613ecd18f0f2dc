// npm run data:build — regenerate the committed data from ../shared/reference/hrr
// and the sources in src/data: fingerprints.json, then dataset.json.
import { writeFileSync } from 'node:fs';
import { buildDataset } from '../src/data/dataset-build';
import { datasetSources, freshFingerprints } from './lib/dataset-sources';

const fingerprints = freshFingerprints();
writeFileSync('src/data/fingerprints.json', JSON.stringify(fingerprints, null, 1) + '\n');
const words = fingerprints.entries.reduce((n, e) => n + e.words, 0);
console.log(
  `data:build: ${fingerprints.entries.length} fingerprints (${fingerprints.entries.filter((e) => e.kind === 'passage').length} passages), ${words} word hashes → src/data/fingerprints.json`,
);

const { dataset, problems } = buildDataset(datasetSources(fingerprints));
for (const p of problems) console.error(`data:build: ${p}`);
if (!dataset || problems.length) {
  console.error(
    'data:build: dataset.json not written; run `npm run data:check` for the full report',
  );
  process.exit(1);
}
writeFileSync('src/data/dataset.json', JSON.stringify(dataset, null, 1) + '\n');
console.log(
  `data:build: dataset ${dataset.version}: ${dataset.paragraphs.length} paragraphs, ${dataset.chapters.length} chapters, ${dataset.quoteChecks.length} quote checks, ${dataset.layers.length} layers → src/data/dataset.json`,
);

// npm run data:build — regenerate src/data/fingerprints.json from ../shared/reference/hrr.
import { writeFileSync } from 'node:fs';
import { buildFingerprintFile } from '../src/data/fingerprint-build';
import { readChapters, readOpenings, readPassages } from './lib/reference';

const file = buildFingerprintFile(readPassages(), readOpenings(), new Set(readChapters().map((c) => c.id)));
writeFileSync('src/data/fingerprints.json', JSON.stringify(file, null, 1) + '\n');
const words = file.entries.reduce((n, e) => n + e.words, 0);
console.log(`data:build: ${file.entries.length} entries (${file.entries.filter((e) => e.kind === 'passage').length} passages), ${words} word hashes → src/data/fingerprints.json`);

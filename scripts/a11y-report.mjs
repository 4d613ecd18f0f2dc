// Writes docs/accessibility.md: the accessibility audit of tests/e2e/a11y.e2e.mjs
// (axe-core on every extension page and an open card, Chromium and Firefox,
// light and dark; keyboard order and focus; announcements), with the counts
// per page × browser × scheme by impact and the rules that fired.
// `npm run build` first. Exits 1 (after writing) if a serious or critical violation remains.
import { writeFileSync } from 'node:fs';
import { BROWSERS, auditBrowser, blocking, markdownReport } from '../tests/e2e/lib/a11y-audit.mjs';

const only = process.argv.slice(2).filter((a) => BROWSERS.includes(a));
const results = [];
for (const name of only.length ? only : BROWSERS)
  results.push(await auditBrowser(name, { log: (l) => console.log(l) }));
writeFileSync('docs/accessibility.md', markdownReport(results));
const json = process.argv.indexOf('--json');
if (json > 0) writeFileSync(process.argv[json + 1], JSON.stringify(results, null, 2));
console.log('wrote docs/accessibility.md');
const found = blocking(results);
if (found.length) {
  console.error(`serious or critical violations:\n${found.join('\n')}`);
  process.exitCode = 1;
}

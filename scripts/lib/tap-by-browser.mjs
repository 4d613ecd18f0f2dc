// node scripts/lib/tap-by-browser.mjs FILE.tap
// Counts the browser suites' test cases (node --test's TAP) per browser, so the
// summary shows how many Firefox and Chromium cases ran, passed and were skipped.
// A case belongs to the browser its own name or an enclosing suite's starts with
// ("firefox: …", "chromium: …", "chrome: …"); anything else is "other".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BROWSER = /^(chromium|chrome|firefox):/;

/** { browser: { passed, failed, skipped } } from TAP text. */
export function countByBrowser(tap) {
  const lines = tap.split('\n');
  const names = []; // names[depth]: the subtest being reported at that depth
  const counts = {};
  lines.forEach((line, i) => {
    const sub = /^(\s*)# Subtest: (.*)$/.exec(line);
    if (sub) {
      names[sub[1].length / 4] = sub[2];
      names.length = sub[1].length / 4 + 1;
      return;
    }
    const result = /^(\s*)(not )?ok \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
    if (!result) return;
    // A suite's own line is followed by a YAML block naming it a suite: only cases count.
    const yaml = lines.slice(i + 1, i + 6).join('\n');
    if (/type: 'suite'/.test(yaml.split('...')[0])) return;
    const depth = result[1].length / 4;
    const path = [...names.slice(0, depth), result[3]];
    const browser = path.map((n) => BROWSER.exec(n)?.[1]).find(Boolean);
    const key = browser === 'chrome' ? 'chromium' : (browser ?? 'other');
    counts[key] ??= { passed: 0, failed: 0, skipped: 0 };
    if (result[4]) counts[key].skipped += 1;
    else if (result[2]) counts[key].failed += 1;
    else counts[key].passed += 1;
  });
  return counts;
}

/** "chromium 101 passed; firefox 97 passed, 1 skipped; other 5 passed" */
export function describeCounts(counts) {
  return Object.entries(counts)
    .map(
      ([browser, c]) =>
        `${browser} ${c.passed} passed` +
        (c.failed ? `, ${c.failed} failed` : '') +
        (c.skipped ? `, ${c.skipped} skipped` : ''),
    )
    .join('; ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let tap = '';
  try {
    tap = readFileSync(process.argv[2], 'utf8');
  } catch {
    /* no browser run: nothing to count */
  }
  console.log(`browser cases: ${describeCounts(countByBrowser(tap)) || 'none ran'}`);
}

// Accessibility, Chromium and Firefox: axe-core (WCAG 2.x A/AA) on the popup,
// side panel, options, library and an open critique card (light and dark
// pages), each in the light and dark colour schemes; Tab order and visible
// focus on the popup and the options page; the card's dialog semantics and
// the side panel's list. Fails on any serious or critical violation, listing
// them. The report (JSON and Markdown) goes to a temp dir only; `npm run
// a11y:report` writes docs/accessibility.md from the same checks.
// The extension is the plain build (dist/): run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { BROWSERS, auditBrowser, blocking, markdownReport } from './lib/a11y-audit.mjs';

describe('accessibility (axe-core, keyboard, announcements)', { timeout: 900_000 }, () => {
  const results = [];

  after(() => {
    if (!results.length) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-a11y-'));
    writeFileSync(path.join(dir, 'a11y.json'), JSON.stringify(results, null, 2));
    writeFileSync(path.join(dir, 'accessibility.md'), markdownReport(results));
    console.log(`accessibility report: ${dir}/accessibility.md`);
  });

  for (const name of BROWSERS) {
    let result;

    it(`${name}: no serious or critical axe violation on any page, light or dark`, async () => {
      for (const dir of ['dist/chrome', 'dist/firefox'])
        assert.ok(
          existsSync(path.join(dir, 'manifest.json')),
          `${dir} is missing: run \`npm run build\` first`,
        );
      result = await auditBrowser(name, { log: (l) => console.log(l) });
      results.push(result);
      for (const r of result.runs)
        assert.ok(r.passes > 0, `${r.page} (${r.scheme}): axe checked nothing`);
      const found = blocking([result]);
      assert.equal(found.length, 0, `serious or critical violations:\n${found.join('\n')}`);
    });

    it(`${name}: Tab reaches every control of the popup and the options page in visual order, each with a visible focus indicator`, () => {
      assert.ok(result, 'the audit did not run');
      for (const f of result.focus) {
        assert.ok(f.reached > 0, `${f.page} (${f.scheme}): Tab reached nothing`);
        assert.deepEqual(f.problems, [], `${f.page} (${f.scheme})`);
      }
    });

    it(`${name}: the card is a named and described dialog; the side panel's passages are a labelled list of named entries`, () => {
      assert.ok(result, 'the audit did not run');
      for (const s of result.semantics) assert.deepEqual(s.problems, [], `${s.page} (${s.scheme})`);
    });
  }
});

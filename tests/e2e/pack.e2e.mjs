// npm run pack (scripts/pack.mjs), run twice into two fresh folders: the two
// runs give byte-identical zips; no source map and no sourceMappingURL is in
// them; each zip's manifest is its browser's (scripts/build.mjs manifestFor);
// every entry is a regular 0644 file with the one fixed date, in sorted order;
// both manifests carry the CSP that keeps extension pages off the network
// (tests/e2e/csp.e2e.mjs shows the browsers enforce it).
// Not a browser test, but it needs the build and web-ext (about 10 s).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { manifestFor } from '../../scripts/build.mjs';
import { ZIP_DATE } from '../../scripts/pack.mjs';

const SOURCE = JSON.parse(readFileSync('manifest.json', 'utf8'));
/** Nothing but the extension's own scripts, stylesheets and images; connections only for the PDF viewer (each other page adds connect-src 'none'). */
const EXTENSION_PAGES_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; connect-src 'self' http: https:";
const NAMES = {
  chrome: `counterpoint-chrome-${SOURCE.version}.zip`,
  firefox: `counterpoint-firefox-${SOURCE.version}.zip`,
};

describe('npm run pack', { timeout: 180_000 }, () => {
  const dirs = [];
  const output = [];
  before(() => {
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), `counterpoint-pack-${i}-`));
      dirs.push(dir);
      output.push(
        execFileSync(process.execPath, ['scripts/pack.mjs'], {
          env: { ...process.env, COUNTERPOINT_OUT: dir },
          encoding: 'utf8',
        }),
      );
    }
  });
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: two runs give the same bytes`, () => {
      const [a, b] = dirs.map((d) => readFileSync(path.join(d, NAMES[browser])));
      assert.ok(a.length > 100_000, `${NAMES[browser]} has the extension in it`);
      assert.ok(a.equals(b), `${NAMES[browser]} differs between two runs`);
    });

    it(`${browser}: no source maps, the browser's own manifest, fixed entries`, async () => {
      const zip = await JSZip.loadAsync(readFileSync(path.join(dirs[0], NAMES[browser])));
      const entries = Object.values(zip.files);
      const names = entries.map((e) => e.name);
      assert.deepEqual(names, [...names].sort(), 'entries in sorted order');
      assert.equal(names.filter((n) => n.endsWith('.map')).length, 0, 'no .map file');
      for (const name of [
        'manifest.json',
        'background.js',
        'content.js',
        'popup.js',
        'welcome.html',
        'welcome.js',
        '_locales/en/messages.json',
      ]) {
        assert.ok(names.includes(name), `${name} is packed`);
      }
      for (const e of entries) {
        assert.equal(e.dir, false, `${e.name}: no directory entries`);
        assert.equal(e.date.getTime(), ZIP_DATE.getTime(), `${e.name}: the fixed date`);
        assert.equal(e.unixPermissions, 0o100644, `${e.name}: a regular 0644 file`);
        if (/\.(js|css|html)$/.test(e.name))
          assert.doesNotMatch(
            await e.async('string'),
            /sourceMappingURL/,
            `${e.name} refers to no source map`,
          );
      }
      const manifest = JSON.parse(await zip.file('manifest.json').async('string'));
      assert.deepEqual(manifest, manifestFor(browser, SOURCE));
      assert.deepEqual(manifest.content_security_policy, { extension_pages: EXTENSION_PAGES_CSP });
      if (browser === 'chrome') {
        assert.equal(manifest.background.service_worker, 'background.js');
        assert.equal(manifest.browser_specific_settings, undefined);
        assert.ok(manifest.permissions.includes('sidePanel'));
      } else {
        assert.deepEqual(manifest.background, { scripts: ['background.js'] });
        // The add-on id is final: Firefox keys the reader's storage on it and AMO keeps it forever.
        assert.equal(
          manifest.browser_specific_settings.gecko.id,
          '{aed6c71a-2520-4506-95ad-32298d690615}',
        );
        assert.equal(
          manifest.browser_specific_settings.gecko.strict_min_version,
          '140.0',
          'Firefox 140 ESR installs it',
        );
        assert.equal(manifest.browser_specific_settings.gecko_android.strict_min_version, '142.0');
        assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, {
          required: ['none'],
        });
        assert.equal(manifest.minimum_chrome_version, undefined);
        assert.equal(manifest.side_panel, undefined);
      }
    });
  }

  it('lists each package with its files and sizes', () => {
    for (const name of Object.values(NAMES))
      assert.match(
        output[0],
        new RegExp(`${name.replace(/\./g, '\\.')}  \\(\\d+ bytes, \\d+ files`),
      );
    assert.match(output[0], /^\s+\d+ {2}manifest\.json$/m);
    assert.match(output[0], /sha256 [0-9a-f]{64}/);
  });
});

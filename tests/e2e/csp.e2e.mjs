// "Nothing leaves the browser", enforced by the browser: the CSP of extension
// pages, in Chromium and Firefox. On every extension page but the PDF viewer a
// fetch, an image and a stylesheet aimed at a local server are refused (the
// manifest's policy for images and style sheets, each page's own
// `connect-src 'none'` for connections; a securitypolicyviolation names the
// directive) and the server receives no request at all, while the page itself
// renders whole: its stylesheets, images and style properties all apply. The
// viewer fetches the PDF it was opened on (its images and style sheets are
// still refused). The background has no page to hold a policy: its bundle, as
// built, names no network API at all (ESLint keeps src/ from using one).
// The extension is the plain build (dist/…): run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

/** Each page, the element that shows it rendered, and how many constructed stylesheets it adopts (src/sidepanel/index.tsx). */
const PAGES = [
  { path: 'popup.html?tab=-1', ready: '.pp-swatch[style]', adopted: 0 },
  { path: 'sidepanel.html?tab=-1', ready: '.sp-empty', adopted: 1 },
  { path: 'options.html', ready: '.opt-sample[style]', adopted: 0 },
  { path: 'library.html', ready: 'h1', adopted: 0 },
  { path: 'welcome.html', ready: '.wl-figure img', adopted: 0 },
];
const slug = (pagePath) => pagePath.replace(/\W/g, '-');
/** What the local server answers, each of which would load without the CSP: a CORS-open text, an SVG image, a stylesheet. */
const ANSWERS = {
  fetch: {
    html: 'answered',
    headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' },
  },
  'image.svg': {
    html: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
    headers: { 'content-type': 'image/svg+xml' },
  },
  'sheet.css': { html: 'body { --reached: 1; }', headers: { 'content-type': 'text/css' } },
};

/** In an extension page: tries a fetch, an image and a stylesheet from `base`; how each ended and the directives the CSP reported. */
async function reachOutInPage(base) {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(e.effectiveDirective),
  );
  const loads = (el) =>
    new Promise((resolve) => {
      el.onload = () => resolve('loaded');
      el.onerror = () => resolve('refused');
    });
  const fetched = await fetch(`${base}/fetch`).then(
    (r) => r.text(),
    (e) => `refused (${e.name})`,
  );
  const image = new Image();
  const imageDone = loads(image);
  image.src = `${base}/image.svg`;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet' });
  const linkDone = loads(link);
  link.href = `${base}/sheet.css`;
  document.head.append(link);
  const [img, sheet] = await Promise.all([imageDone, linkDone]);
  link.remove();
  // Violation events are queued as tasks: give them one before reading.
  await new Promise((r) => setTimeout(r, 100));
  return { fetch: fetched, image: img, stylesheet: sheet, violations };
}

/** In an extension page, once `ready` is there: what did not apply (empty lists when the page rendered whole); null before. */
function unrenderedInPage(ready) {
  if (!document.querySelector(ready)) return null;
  return {
    sheets: [...document.querySelectorAll('link[rel="stylesheet"]')]
      .filter((l) => !(l.sheet?.cssRules.length > 0))
      .map((l) => l.getAttribute('href')),
    adopted: document.adoptedStyleSheets.map((s) => s.cssRules.length > 0),
    images: [...document.images]
      .filter((i) => !(i.complete && i.naturalWidth > 0))
      .map((i) => i.getAttribute('src')),
    // Preact sets style through the CSSOM, which the CSP allows; a refused style attribute would be left empty.
    styles: [...document.querySelectorAll('[style]')]
      .filter((el) => el.style.length === 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  };
}

for (const browserName of BROWSERS) defineCspScenarios(browserName);

function defineCspScenarios(browserName) {
  describe(`${browserName}: extension pages cannot reach the network`, { timeout: 240_000 }, () => {
    let b, server;

    before(async () => {
      server = await servePages({
        ...Object.fromEntries(
          PAGES.flatMap(({ path: p }) =>
            Object.entries(ANSWERS).map(([file, answer]) => [`/${slug(p)}/${file}`, answer]),
          ),
        ),
        ...Object.fromEntries(
          Object.entries(ANSWERS).map(([file, answer]) => [`/viewer/${file}`, answer]),
        ),
      });
      b = await adapterFor(browserName)({});
    });
    after(async () => {
      await b?.close();
      await server?.close();
    });

    for (const { path: pagePath, ready, adopted } of PAGES) {
      it(`${pagePath}: a fetch, an image and a stylesheet are refused; the page renders whole`, async () => {
        const page = await b.open(b.extUrl(pagePath));
        // Images may still be loading when the page first shows: wait for them too.
        const rendered = await until(`${pagePath} to render (${ready})`, async () => {
          const r = await page.evaluate(unrenderedInPage, ready);
          return r && r.images.length === 0 ? r : null;
        });
        assert.deepEqual(rendered, {
          sheets: [],
          adopted: Array(adopted).fill(true),
          images: [],
          styles: [],
        });

        const seen = server.requests.length;
        const result = await page.evaluate(
          reachOutInPage,
          `http://127.0.0.1:${server.port}/${slug(pagePath)}`,
        );
        assert.deepEqual(server.requests.slice(seen), [], 'the local server received no request');
        assert.deepEqual(
          { ...result, violations: [...new Set(result.violations)].sort() },
          {
            fetch: 'refused (TypeError)',
            image: 'refused',
            stylesheet: 'refused',
            violations: ['connect-src', 'img-src', 'style-src-elem'],
          },
        );
        await page.close();
      });
    }

    it('the PDF viewer fetches (its PDF); an image and a stylesheet are refused', async () => {
      const page = await b.open(b.extUrl('pdf.html'));
      await until('the viewer', () =>
        page.evaluate(() => document.querySelector('.cp-notice') !== null),
      );
      const result = await page.evaluate(reachOutInPage, `http://127.0.0.1:${server.port}/viewer`);
      assert.deepEqual(
        { ...result, violations: [...new Set(result.violations)].sort() },
        {
          fetch: 'answered',
          image: 'refused',
          stylesheet: 'refused',
          violations: ['img-src', 'style-src-elem'],
        },
      );
      await page.close();
    });
  });
}

describe('the bundles as built', () => {
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    it(`${dir}/pdfjs: pdf.js as published, byte for byte (web-ext lint passes over it)`, async () => {
      const { PDFJS_FILES } = await import('../../scripts/build.mjs');
      const files = (from) =>
        statSync(from).isDirectory() ? readdirSync(from).map((f) => path.join(from, f)) : [from];
      let compared = 0;
      for (const [from, to] of PDFJS_FILES) {
        for (const file of files(from)) {
          const shipped = path.join(dir, to, path.relative(from, file));
          assert.ok(
            readFileSync(shipped).equals(readFileSync(file)),
            `${shipped} differs from ${file}`,
          );
          compared += 1;
        }
      }
      assert.ok(compared > 10, `${compared} files compared`);
    });
  }
  /** Every way a script could connect: none of them appears in a bundle but the viewer's. */
  const NETWORK =
    /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|WebTransport/g;
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    it(`${dir}: the background and every page but the viewer name no network API`, () => {
      const named = readdirSync(dir)
        .filter((f) => f.endsWith('.js') && f !== 'viewer.js')
        .flatMap((f) =>
          [...readFileSync(path.join(dir, f), 'utf8').matchAll(NETWORK)].map(
            (m) => `${f}: ${m[0]}`,
          ),
        );
      assert.deepEqual(named, []);
      assert.ok(readdirSync(dir).includes('background.js'));
    });
  }
});

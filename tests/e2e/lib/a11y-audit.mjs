// The accessibility audit shared by tests/e2e/a11y.e2e.mjs (which fails on any
// serious or critical violation and writes its report to a temp dir) and
// scripts/a11y-report.mjs (which writes docs/accessibility.md).
//
// For each browser (Chromium through playwright-core, firefox-esr through
// puppeteer-core over BiDi) and colour scheme (Chromium: emulateMedia;
// Firefox: the ui.systemUsesDarkTheme pref, one launch per scheme, since
// emulateMediaFeatures needs CDP) it opens the demo chapter (light) and the
// dark mirror page, then runs axe-core (WCAG 2.x A/AA tags) on:
//   popup.html?tab=<chapter tab>, sidepanel.html?tab=<chapter tab>, options,
//   library (seeded with tests/fixtures/exchange/library-seed.json),
//   an open critique card on the light page and on the dark page (context:
//   the overlay's shadow root content).
// It also Tabs through the popup and the options page (every control shows a
// visible focus indicator, the order runs top to bottom, left to right in a
// row, column by column), and checks the card's dialog semantics and the side panel's list.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  FIREFOX_UUID,
  TEST_HOST,
  gotoExtensionPage,
  launchChromium,
  launchFirefox,
  setFirefoxViewport,
} from './browsers.mjs';
import { loadOverlayFixtures } from './overlay-fixtures.mjs';
import { servePages } from './server.mjs';
import { until } from './wait.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = JSON.parse(
  readFileSync(require.resolve('axe-core/package.json'), 'utf8'),
).version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'];
const SCHEMES = ['light', 'dark'];
export const BROWSERS = ['chromium', 'firefox'];
const PAGES = ['popup', 'sidepanel', 'options', 'library', 'card (light page)', 'card (dark page)'];
const SEED = JSON.parse(
  readFileSync(new URL('../../fixtures/exchange/library-seed.json', import.meta.url), 'utf8'),
).highlights;
const MIRROR_HOST = 'www.marxists.info';

// ---- in-page functions (self-contained: serialised by the driver) ----

/** Runs axe on `include` (an axe context) or the whole document. */
function axeInPage({ include, tags }) {
  return globalThis.axe
    .run(include ? { include } : document, { runOnly: { type: 'tag', values: tags } })
    .then((r) => ({
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          summary: n.failureSummary,
          html: n.html.slice(0, 240),
        })),
      })),
      passes: r.passes.length,
      incomplete: r.incomplete.map((v) => ({
        id: v.id,
        nodes: v.nodes.length,
        why: [...new Set(v.nodes.map((n) => n.any[0]?.message ?? ''))].filter(Boolean),
      })),
    }));
}

/** Marks every tabbable control with its index and its unfocused look; blurs. Returns their count. */
function markFocusablesInPage() {
  const look = (el) => {
    const parts = [];
    for (const e of [el, el.parentElement, el.nextElementSibling]) {
      if (!e) continue;
      const s = getComputedStyle(e);
      parts.push(
        s.outlineStyle,
        s.outlineWidth,
        s.outlineColor,
        s.boxShadow,
        s.borderTopColor,
        s.backgroundColor,
      );
    }
    return parts.join('|');
  };
  const sel =
    'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
  const els = [...document.querySelectorAll(sel)].filter(
    (el) =>
      !el.disabled &&
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  document.activeElement?.blur?.();
  els.forEach((el, i) => {
    el.dataset.a11yI = String(i);
    el.dataset.a11yRest = look(el);
  });
  window.__a11yLook = look;
  return els.map((el) => ({
    i: Number(el.dataset.a11yI),
    tag: el.tagName.toLowerCase(),
    type: el.type ?? '',
    radio: el.type === 'radio' && !el.checked,
  }));
}

/** The focused control: index, name, place in the document, and whether it looks different from unfocused. */
function focusedInPage() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const name = (
    el.getAttribute('aria-label') ||
    el.labels?.[0]?.textContent ||
    el.textContent ||
    el.getAttribute('title') ||
    el.name ||
    el.id ||
    ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return {
    i: el.dataset.a11yI === undefined ? null : Number(el.dataset.a11yI),
    tag: el.tagName.toLowerCase(),
    name,
    top: r.top + scrollY,
    left: r.left + scrollX,
    width: r.width,
    height: r.height,
    visible: el.dataset.a11yRest !== undefined && window.__a11yLook(el) !== el.dataset.a11yRest,
  };
}

/** Opens the card of the first marker; resolves when it is there. */
function openCardInPage() {
  const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
  const marker = root?.querySelector('[data-marker]');
  if (!marker) return false;
  // Focus, which opens the card as the keyboard does: the overlay ignores clicks a script makes up.
  marker.focus();
  return !!root.querySelector('[role="dialog"]');
}

/** The open card's dialog semantics: problems found (empty when right). */
function cardSemanticsInPage() {
  const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
  const card = root?.querySelector('.cp-card');
  if (!card) return ['no open card'];
  const problems = [];
  const text = (ids) =>
    (ids ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  if (card.getAttribute('role') !== 'dialog')
    problems.push(`role is ${card.getAttribute('role')}, not dialog`);
  if (!text(card.getAttribute('aria-labelledby')) && !card.getAttribute('aria-label'))
    problems.push('no accessible name');
  if (!text(card.getAttribute('aria-describedby'))) problems.push('no accessible description');
  for (const b of card.querySelectorAll('button, a[href]')) {
    if (!(b.getAttribute('aria-label') || b.textContent.trim()))
      problems.push(`unnamed control: ${b.outerHTML.slice(0, 80)}`);
  }
  return problems;
}

/** The side panel's passage list: a labelled list whose entries each have a named control. */
function panelSemanticsInPage() {
  const list = document.querySelector('.sp-list');
  if (!list) return ['no passage list'];
  const problems = [];
  const role = list.getAttribute('role') ?? { OL: 'list', UL: 'list' }[list.tagName];
  if (!['list', 'listbox'].includes(role)) problems.push(`the passage list has role ${role}`);
  const label =
    list.getAttribute('aria-label') ||
    (list.getAttribute('aria-labelledby') &&
      document.getElementById(list.getAttribute('aria-labelledby'))?.textContent);
  if (!label?.trim()) problems.push('the passage list has no label');
  const entries = [...list.children];
  if (entries.length === 0) problems.push('the passage list is empty');
  for (const li of entries) {
    if (li.tagName !== 'LI' && li.getAttribute('role') !== 'option')
      problems.push(`a child of the list is a ${li.tagName}`);
    const button = li.querySelector('button');
    if (!button?.textContent.trim() && !button?.getAttribute('aria-label'))
      problems.push(`entry without a named control: ${li.textContent.slice(0, 60)}`);
  }
  return problems;
}

/** Writes the records into the extension's highlights store (from an extension page: same origin as the background). */
function seedInPage(records) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage({ method: 'listHighlights', args: [] }).then(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('counterpoint');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('highlights', 'readwrite');
          for (const r of records) tx.objectStore('highlights').put(r);
          tx.oncomplete = () => {
            db.close();
            resolve(records.length);
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

// ---- browsers ----

async function chromiumSession(scheme, hosts) {
  const b = await launchChromium({ viewport: { width: 1280, height: 900 }, hosts });
  const base = `chrome-extension://${b.extId}/`;
  const wrap = (page) => ({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    evaluateSource: (src) => page.evaluate(src),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  return {
    async open(url, viewport) {
      const page = await b.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url.startsWith('ext:') ? base + url.slice(4) : url);
      return wrap(page);
    },
    sessionStorage: () => b.sw.evaluate(() => chrome.storage.session.get(null)),
    async version() {
      const p = await b.context.newPage();
      // The user agent string is reduced (156.0.0.0); the browser's own version is not.
      const { product } = await (await b.context.newCDPSession(p)).send('Browser.getVersion');
      await p.close();
      return `Chromium ${product.replace(/^[^/]*\//, '')}`;
    },
    close: () => b.context.close(),
  };
}

async function firefoxSession(scheme) {
  const { browser } = await launchFirefox({
    prefs: { 'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0 },
  });
  const base = `moz-extension://${FIREFOX_UUID}/`;
  let extPage = null;
  const wrap = (page) => ({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    evaluateSource: (src) => page.evaluate(src),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  return {
    async open(url, viewport) {
      const page = await browser.newPage();
      await setFirefoxViewport(page, viewport ?? { width: 1280, height: 900 });
      if (url.startsWith('ext:')) await gotoExtensionPage(page, base + url.slice(4));
      else await page.goto(url);
      await page.bringToFront();
      return wrap(page);
    },
    async sessionStorage() {
      if (!extPage) {
        extPage = await browser.newPage();
        await gotoExtensionPage(extPage, `${base}popup.html`);
      }
      return extPage.evaluate(() => browser.storage.session.get(null));
    },
    async version() {
      const v = await browser.version();
      return `Firefox ${v.replace(/^firefox\//i, '')}`;
    },
    close: () => browser.close(),
  };
}

// ---- the audit ----

const countImpacts = (violations) =>
  Object.fromEntries(IMPACTS.map((k) => [k, violations.filter((v) => v.impact === k).length]));

async function axe(page, include) {
  await page.evaluateSource(AXE_SOURCE);
  const r = await page.evaluate(axeInPage, { include, tags: AXE_TAGS });
  return { ...r, counts: countImpacts(r.violations) };
}

/** Tabs through a page: every control reached, with its look and place; problems found. */
async function tabThrough(page) {
  const controls = await page.evaluate(markFocusablesInPage);
  const steps = [];
  for (let n = 0; n < controls.length + 5; n++) {
    await page.press('Tab');
    const f = await page.evaluate(focusedInPage);
    if (!f || (steps.length && f.i !== null && f.i === steps[0].i)) break;
    steps.push(f);
  }
  const problems = [];
  for (const s of steps)
    if (!s.visible) problems.push(`no visible focus indicator on ${s.tag} “${s.name}”`);
  for (let k = 1; k < steps.length; k++) {
    const a = steps[k - 1],
      b = steps[k];
    const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
    const sameRow = overlap > 0.5 * Math.min(a.height, b.height);
    // Up again is right only into a column to the right (a side navigation, then the content).
    const nextColumn = b.left >= a.left + a.width - 1;
    if (sameRow ? b.left < a.left - 1 : b.top < a.top - 1 && !nextColumn) {
      problems.push(
        `focus moves back from ${a.tag} “${a.name}” (${Math.round(a.left)},${Math.round(a.top)}) to ${b.tag} “${b.name}” (${Math.round(b.left)},${Math.round(b.top)})`,
      );
    }
  }
  const reached = new Set(steps.map((s) => s.i));
  for (const c of controls)
    if (!c.radio && !reached.has(c.i))
      problems.push(`not reached by Tab: control ${c.i} (${c.tag}${c.type ? ` ${c.type}` : ''})`);
  return { controls: controls.length, reached: steps.length, problems };
}

/**
 * Audits one browser in both colour schemes.
 * @returns {Promise<{ browser: string, version: string, runs: object[], focus: object[], semantics: object[] }>}
 */
export async function auditBrowser(name, { log = () => {} } = {}) {
  const fx = await loadOverlayFixtures();
  const server = await servePages({
    [fx.chapter.host + fx.chapter.path]: fx.chapter.html,
    [fx.dark.host + fx.dark.path]: fx.dark.html,
  });
  const out = { browser: name, version: '', runs: [], focus: [], semantics: [] };
  try {
    for (const scheme of SCHEMES) {
      const s =
        name === 'chromium'
          ? await chromiumSession(scheme, [TEST_HOST, MIRROR_HOST])
          : await firefoxSession(scheme);
      try {
        out.version ||= await s.version();
        const tabOf = async (url) =>
          until(
            `the report for ${url}`,
            async () => {
              const all = await s.sessionStorage();
              const e = Object.entries(all).find(
                ([k, v]) => k.startsWith('report:') && v?.url === url,
              );
              return e && Number(e[0].slice('report:'.length));
            },
            60_000,
          ); // a fresh profile seeds the dataset first, on a shared machine
        const record = (page, r) => {
          out.runs.push({
            page,
            scheme,
            counts: r.counts,
            violations: r.violations,
            passes: r.passes,
            incomplete: r.incomplete,
          });
          log(`${name} ${scheme} ${page}: ${IMPACTS.map((k) => `${k} ${r.counts[k]}`).join(', ')}`);
        };

        // The chapter tab first: the popup and the side panel read its report.
        const lightUrl = server.url(TEST_HOST, fx.chapter.path);
        const chapter = await s.open(lightUrl);
        const tabId = await tabOf(lightUrl);
        await until(
          'the overlay markers',
          () =>
            chapter.evaluate(
              () =>
                !!document
                  .querySelector('counterpoint-overlay')
                  ?.shadowRoot.querySelector('[data-marker]'),
            ),
          60_000,
        );

        const popup = await s.open(`ext:popup.html?tab=${tabId}`, { width: 372, height: 600 });
        await until('the popup', () =>
          popup.evaluate(() => document.querySelectorAll('[role="switch"]').length > 2),
        );
        await new Promise((r) => setTimeout(r, 400)); // past colour transitions
        record('popup', await axe(popup));
        out.focus.push({ page: 'popup', scheme, ...(await tabThrough(popup)) });
        await popup.close();

        const panel = await s.open(`ext:sidepanel.html?tab=${tabId}`, { width: 400, height: 900 });
        await until('the side panel list', () =>
          panel.evaluate(() => document.querySelectorAll('.sp-entry').length > 0),
        );
        await new Promise((r) => setTimeout(r, 400));
        record('sidepanel', await axe(panel));
        out.semantics.push({
          page: 'sidepanel',
          scheme,
          problems: await panel.evaluate(panelSemanticsInPage),
        });
        await panel.close();

        const options = await s.open('ext:options.html');
        await until('the options page', () =>
          options.evaluate(() => document.querySelectorAll('input, button, select').length > 5),
        );
        await new Promise((r) => setTimeout(r, 400));
        record('options', await axe(options));
        out.focus.push({ page: 'options', scheme, ...(await tabThrough(options)) });
        await options.close();

        const seeder = await s.open('ext:popup.html');
        await seeder.evaluate(seedInPage, SEED);
        await seeder.close();
        const library = await s.open('ext:library.html');
        await until('the library', () =>
          library.evaluate(() => document.querySelectorAll('button, input').length > 0),
        ).catch(() => null);
        await new Promise((r) => setTimeout(r, 600));
        record('library', await axe(library));
        await library.close();

        for (const [page, p, host] of [
          ['card (light page)', fx.chapter, TEST_HOST],
          ['card (dark page)', fx.dark, MIRROR_HOST],
        ]) {
          const tab =
            page === 'card (light page)' ? chapter : await s.open(server.url(host, p.path));
          await tab.bringToFront(); // focus opens the card, and focus needs the focused window (Firefox: one window per page)
          await until(`a card on the ${page}`, () => tab.evaluate(openCardInPage));
          await new Promise((r) => setTimeout(r, 400));
          record(
            page,
            await axe(tab, [{ fromShadowDom: ['counterpoint-overlay', '.cp-overlay'] }]),
          );
          out.semantics.push({ page, scheme, problems: await tab.evaluate(cardSemanticsInPage) });
          await tab.close();
        }
      } finally {
        await s.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

/** Serious and critical violations, one line each. */
export function blocking(results) {
  const lines = [];
  for (const b of results) {
    for (const r of b.runs) {
      for (const v of r.violations.filter(
        (x) => x.impact === 'serious' || x.impact === 'critical',
      )) {
        lines.push(
          `${b.browser} ${r.scheme} ${r.page}: [${v.impact}] ${v.id} — ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.summary?.replace(/\s+/g, ' ')}`).join('\n')}`,
        );
      }
    }
  }
  return lines;
}

/** The Markdown report. */
export function markdownReport(results, { date = new Date() } = {}) {
  const L = [];
  L.push('# Accessibility', '');
  L.push(
    `Generated by \`npm run a11y:report\` (scripts/a11y-report.mjs; the same checks run in \`tests/e2e/a11y.e2e.mjs\`, which fails on any serious or critical violation) on ${date.toISOString().slice(0, 10)}.`,
    '',
  );
  L.push(`- axe-core ${AXE_VERSION}, rules tagged ${AXE_TAGS.map((t) => `\`${t}\``).join(', ')}`);
  for (const b of results) L.push(`- ${b.version}`);
  L.push(
    "- Pages: the popup and the side panel for the demo chapter's tab, the options page, the library (seeded with the highlights of tests/fixtures/exchange/library-seed.json), and an open critique card on a light page (the demo chapter under www.marxists.org) and on a dark one (the dark mirror fixture), axe's context being the overlay's shadow root content. Each in the light and the dark colour scheme (Chromium: `emulateMedia`; Firefox: the `ui.systemUsesDarkTheme` pref). The card follows the page's own background, not the colour scheme.",
    '',
  );
  L.push('## Violations by impact', '');
  L.push(
    '| page | browser | scheme | critical | serious | moderate | minor |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const page of PAGES) {
    for (const b of results) {
      for (const scheme of SCHEMES) {
        const r = b.runs.find((x) => x.page === page && x.scheme === scheme);
        L.push(
          r
            ? `| ${page} | ${b.browser} | ${scheme} | ${IMPACTS.map((k) => r.counts[k]).join(' | ')} |`
            : `| ${page} | ${b.browser} | ${scheme} | – | – | – | – |`,
        );
      }
    }
  }
  L.push('');
  const fired = new Map();
  for (const b of results) {
    for (const r of b.runs) {
      for (const v of r.violations) {
        const e = fired.get(v.id) ?? { impact: v.impact, help: v.help, where: new Set(), nodes: 0 };
        e.where.add(`${r.page} (${b.browser}, ${r.scheme})`);
        e.nodes += v.nodes.length;
        fired.set(v.id, e);
      }
    }
  }
  L.push('## Rules that fired', '');
  if (fired.size === 0) L.push('None.', '');
  else {
    L.push('| rule | impact | what | nodes | where |', '| --- | --- | --- | ---: | --- |');
    for (const [id, e] of fired)
      L.push(`| \`${id}\` | ${e.impact} | ${e.help} | ${e.nodes} | ${[...e.where].join('; ')} |`);
    L.push('');
  }
  const review = new Map();
  for (const b of results) {
    for (const r of b.runs) {
      for (const v of r.incomplete) {
        const e = review.get(v.id) ?? { nodes: 0, where: new Set(), why: new Set() };
        e.nodes += v.nodes;
        for (const w of v.why) e.why.add(w);
        e.where.add(r.page);
        review.set(v.id, e);
      }
    }
  }
  L.push('## Needs review (axe could not decide)', '');
  if (review.size === 0) L.push('None.', '');
  else {
    L.push('| rule | nodes (all runs) | pages | axe says |', '| --- | ---: | --- | --- |');
    for (const [id, e] of review)
      L.push(
        `| \`${id}\` | ${e.nodes} | ${[...e.where].join('; ')} | ${[...e.why].join('; ').replace(/\|/g, '\\|')} |`,
      );
    L.push('');
  }
  L.push('## Keyboard: focus order and visible focus', '');
  L.push(
    'Tab from the top of the page to the last control: every control reached must look different when focused (outline, box shadow, border or background of the control, its parent or its next sibling), and the order must run top to bottom (left to right within a row; column by column where the page has columns).',
    '',
  );
  L.push(
    '| page | browser | scheme | controls | reached by Tab | problems |',
    '| --- | --- | --- | ---: | ---: | --- |',
  );
  for (const b of results)
    for (const f of b.focus)
      L.push(
        `| ${f.page} | ${b.browser} | ${f.scheme} | ${f.controls} | ${f.reached} | ${f.problems.length ? f.problems.join('; ') : 'none'} |`,
      );
  L.push('', '## Announcements', '');
  L.push(
    "The critique card is a `dialog` named by its title and described by the review's paragraph; the side panel's passages are a labelled list whose every entry has a named button.",
    '',
  );
  L.push('| what | browser | scheme | problems |', '| --- | --- | --- | --- |');
  for (const b of results)
    for (const s of b.semantics)
      L.push(
        `| ${s.page} | ${b.browser} | ${s.scheme} | ${s.problems.length ? s.problems.join('; ') : 'none'} |`,
      );
  L.push('', '## Colour contrast by script', '');
  L.push(
    "`tests/unit/a11y/contrast.test.ts` checks, from `src/data/layers.json`, the overlay's tokens (`src/ui/overlay/styles/base.ts`) and the highlight generator (`scripts/lib/highlight-css.mjs`): page text over every layer's highlight tint (light and dark pages) ≥ 4.5:1; card text and muted text ≥ 4.5:1; focus ring and layer colours (underlines, markers) ≥ 3:1 against their backgrounds (WCAG 1.4.11).",
    '',
  );
  L.push('## Not covered here', '');
  L.push(
    '- The section reader, the note editor and the save button are not opened by this audit (the card, markers, bucket bar and banner are).',
  );
  L.push(
    '- The reader\'s own layer ("mine") draws no line or marker: its highlight is a tint, checked for the text\'s contrast only; its amber (#c79a00 on light pages) is used elsewhere only as decoration.',
  );
  L.push(
    '- axe\'s "needs review" items above are not failures; most are text over gradients or pseudo-elements, which the contrast script covers from the tokens.',
    '',
  );
  return `${L.join('\n')}\n`;
}

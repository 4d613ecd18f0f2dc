// The bar: every reference passage, in every kind of variation seen on
// the web, inside realistic markup, is recognised (recall ≥ 99 %), and pages of
// unrelated prose or of the review itself match nothing.

import { buildIndex, detect } from '../../src/engine';
import { bundledEntries } from '../../src/data/fingerprints';
import { extractPageText } from '../../src/dom/page-text';
import { readReview } from '../../scripts/lib/reference';
import { unrelatedSentences } from '../fixtures/unrelated';
import { VARIANT_NAMES, variantPage } from '../fixtures/variant-pages';

const index = buildIndex(bundledEntries());

function detectHtml(html: string) {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const page = extractPageText(document.body);
  return detect(index, page.text).map((m) => ({ ...m, text: page.text.slice(m.start, m.end) }));
}

const results = VARIANT_NAMES.map((variant) => {
  const page = variantPage(variant);
  const found = new Set(detectHtml(page.html).map((m) => m.passage));
  return { variant, planted: page.planted, missed: page.planted.filter((id) => !found.has(id)) };
});

describe('recall on pages built from all 78 reference passages', () => {
  test.each(results.map((r) => [r.variant, r]))('%s: every passage found', (_name, r) => {
    expect(r.missed).toEqual([]);
  });

  test('overall recall ≥ 99 %', () => {
    const planted = results.reduce((n, r) => n + r.planted.length, 0);
    const missed = results.reduce((n, r) => n + r.missed.length, 0);
    expect((planted - missed) / planted).toBeGreaterThanOrEqual(0.99);
  });
});

describe('no match where the History is not quoted', () => {
  test.each([0, 1, 2, 3, 4, 5, 6, 7])('unrelated prose, document %i', (doc) => {
    const html = unrelatedSentences(doc)
      .map((s) => `<p>${s}</p>`)
      .join('');
    expect(detectHtml(html)).toEqual([]);
  });

  test("the review's own text", () => {
    const html = readReview()
      .split(/\n+/)
      .map((s) => `<p>${s}</p>`)
      .join('');
    expect(detectHtml(html)).toEqual([]);
  });
});

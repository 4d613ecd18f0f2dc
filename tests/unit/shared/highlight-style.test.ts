// The generated highlight rules per browser: on :root in Chromium (an unscoped
// ::highlight() rule is resolved on every element at each style recalc; the
// highlight cascade carries a :root rule to every descendant), unscoped in
// Firefox 140, which has no highlight inheritance. The same rule serves the
// background's CSS for packs and restyled layers, and the options samples.
import layers from '../../../src/data/layers.json';
import type { LayerRecord } from '../../../src/shared/dataset';
import { extraHighlightCss } from '../../../src/background/styles';
import {
  HIGHLIGHT_SCOPE,
  highlightCss,
  highlightDeclarations,
} from '../../../src/shared/highlight-style';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { sampleStyle } from '../../../src/ui/options/AppearanceSection';

const rules = (css: string) => css.split('\n').filter((line) => line.includes('::highlight('));
/** Each layer: its light and dark name, and a stance layer its two "-line" names as well. */
const expectedRules = layers.reduce((n, l) => n + (l.kind === 'stance' ? 4 : 2), 0);

describe.each([
  ['chrome', ':root::highlight('],
  ['firefox', '::highlight('],
] as const)('%s build', (browser, start) => {
  const css = highlightCss(layers as LayerRecord[], HIGHLIGHT_SCOPE[browser]);

  it(`starts every rule with ${start}`, () => {
    expect(rules(css)).toHaveLength(expectedRules);
    for (const rule of rules(css)) expect(rule.startsWith(start)).toBe(true);
  });

  it('names the same highlights with the same declarations as the other build', () => {
    const other = highlightCss(
      layers as LayerRecord[],
      HIGHLIGHT_SCOPE[browser === 'chrome' ? 'firefox' : 'chrome'],
    );
    const unscoped = (c: string) => rules(c).map((r) => r.slice(r.indexOf('::highlight(')));
    expect(unscoped(css)).toEqual(unscoped(other));
  });
});

describe('one rule for the build, the background and the options sample', () => {
  const bundled = layers as LayerRecord[];
  const critique = bundled.find((l) => l.id === 'critique')!;
  const restyled = {
    ...DEFAULT_SETTINGS,
    appearance: {
      ...DEFAULT_SETTINGS.appearance,
      layers: { critique: { color: '#123456', underline: 'wavy' as const } },
    },
  };

  it("the background's rules for a restyled layer are content.css's rules with the reader's colour", () => {
    const expected = rules(
      highlightCss(
        [{ ...critique, color: { light: '#123456', dark: '#123456' }, underline: 'wavy' }],
        '',
      ),
    );
    expect(extraHighlightCss(bundled, restyled).split('\n')).toEqual(expected);
  });

  it('a bundled layer nobody restyled gets no extra rule', () => {
    expect(extraHighlightCss(bundled, DEFAULT_SETTINGS)).toBe('');
  });

  it.each([
    ['stance', 'background-color'],
    ['theme', 'text-decoration'],
    ['sources', 'text-decoration'],
  ] as const)("the options sample of a %s layer draws the page's declarations", (kind, first) => {
    const declarations = highlightDeclarations(kind, '#aa0000', 'solid', 'light');
    expect(declarations[0][0]).toBe(first);
    expect(Object.values(sampleStyle(kind, '#aa0000', 'solid', 'light'))).toEqual(
      declarations.map(([, v]) => v),
    );
  });
});

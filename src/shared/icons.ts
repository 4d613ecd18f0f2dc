// The icons a layer may name. Layers (bundled and imported packs) carry one of
// these names, never a character: a font glyph renders as an empty box where
// the reader's system lacks it, and a name cannot smuggle markup or text.

export const ICON_NAMES = [
  'slash-circle',
  'check',
  'reply',
  'bolt',
  'scales',
  'infinity',
  'mountain',
  'stopwatch',
  'flag',
  'arrow-right',
  'pen',
  'half-circle',
  'quote',
  'star',
  'dot',
  'square',
  'diamond',
  'triangle',
  'book',
  'approx',
  'empty-set',
  'target',
  'chevron-up',
  'chevron-down',
  'panel',
  'list',
  'underline',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

/** What an unknown name (a layer stored by an older version) is drawn as. */
export const FALLBACK_ICON: IconName = 'dot';

export const isIconName = (name: unknown): name is IconName =>
  typeof name === 'string' && (ICON_NAMES as readonly string[]).includes(name);

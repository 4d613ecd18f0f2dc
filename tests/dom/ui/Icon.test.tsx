// Icons are inline SVG drawn from a fixed set of names: every name has a
// drawing, every bundled layer names one, and an unknown name (a layer stored
// by an older version) draws the fallback instead of text.

import { render } from '@testing-library/preact';
import { FALLBACK_ICON, ICON_NAMES } from '../../../src/shared/icons';
import { ICON_SHAPES } from '../../../src/ui/icon-shapes';
import { Icon } from '../../../src/ui/Icon';
import layers from '../../../src/data/layers.json';

test.each(ICON_NAMES.map((n) => [n]))(
  '%s: an aria-hidden svg with its parts and no text',
  (name) => {
    const { container } = render(<Icon name={name} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('data-icon')).toBe(name);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('path, circle')).toHaveLength(ICON_SHAPES[name].length);
    expect(svg.textContent).toBe('');
  },
);

test.each(layers.map((l) => [l.id, l.icon]))(
  'bundled layer %s names a drawn icon (%s)',
  (_id, icon) => {
    expect(ICON_NAMES).toContain(icon);
  },
);

test.each(['⛰', '<b>', ''])('the unknown name %p draws the fallback, never the string', (name) => {
  const { container } = render(<Icon name={name} />);
  expect(container.querySelector('svg')!.getAttribute('data-icon')).toBe(FALLBACK_ICON);
  expect(container.textContent).toBe('');
});

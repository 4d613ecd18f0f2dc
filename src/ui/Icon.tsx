// An icon drawn as inline SVG in the current text colour: the same on every
// system, where a font glyph may be missing and render as an empty box.

import { FALLBACK_ICON, isIconName } from '../shared/icons';
import { ICON_SHAPES, type IconPart } from './icon-shapes';

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.6,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;
const FILL = { fill: 'currentColor', stroke: 'none' } as const;

function Part({ part }: { part: IconPart }) {
  const paint = part.fill ? FILL : STROKE;
  return part.tag === 'path' ? (
    <path d={part.d} {...paint} />
  ) : (
    <circle cx={part.cx} cy={part.cy} r={part.r} {...paint} />
  );
}

/** A decorative icon (aria-hidden): the text beside it names the thing. Unknown names draw the fallback. */
export function Icon({
  name,
  class: className,
  size = 16,
}: {
  name: string;
  class?: string;
  size?: number;
}) {
  const shape = ICON_SHAPES[isIconName(name) ? name : FALLBACK_ICON];
  return (
    <svg
      class={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-icon={isIconName(name) ? name : FALLBACK_ICON}
    >
      {shape.map((part, i) => (
        <Part key={i} part={part} />
      ))}
    </svg>
  );
}

// Renders the toolbar/store icons. Browsers want PNGs at fixed sizes (the manifest's
// "icons" and "action.default_icon"), but the drawing lives as hand-written SVG in icons/;
// this turns icon.svg (and the pixel-hinted icon-16.svg) into icons/icon-{16,32,48,128}.png,
// plus a greyed icon-disabled-*.png set shown when Counterpoint is off for a page.
// Run with `npm run icons` after editing the SVGs; the PNGs are committed.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../icons/', import.meta.url));
// Toolbar sizes (16, and 32 = 16 at 2x DPI) use the pixel-hinted drawing; 48/128 the full one.
const SOURCE = { 16: 'icon-16.svg', 32: 'icon-16.svg', 48: 'icon.svg', 128: 'icon.svg' };

// Disabled: same drawing, each colour swapped for a lighter grey that keeps the two voices
// apart by lightness alone.
const GREY = { '#2b3440': '#9096a0', '#b3261e': '#bababa', '#f4efe6': '#f5f5f5' };
const disable = (svg) => svg.replace(/#[0-9a-f]{6}\b/gi, (c) => GREY[c.toLowerCase()] ?? c);

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

for (const [size, file] of Object.entries(SOURCE).map(([k, v]) => [+k, v])) {
  const svg = readFileSync(dir + file, 'utf8');
  writeFileSync(`${dir}icon-${size}.png`, render(svg, size));
  writeFileSync(`${dir}icon-disabled-${size}.png`, render(disable(svg), size));
  console.log(`icons/icon-${size}.png, icons/icon-disabled-${size}.png`);
}

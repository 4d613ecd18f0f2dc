// Where a passage on a page far from view lies, without laying that page out.
// Pages far from view are skipped by `content-visibility: auto`; measuring a
// range on one makes the browser lay its text layer out, and the overlay
// measures every passage (markers, bucket bar): 300–470 ms in one task on a
// 384-page PDF (bench/pdf.mjs). A run's place is in its own style, in page
// units, and the page's box costs nothing to read, so the line is placed from
// those; once the page comes near, the passage is measured.

import type { Box, Placer } from '../content/geometry';
import type { PageViews } from './pages';
import { runSize } from './text-layer';

/** The page units in a position the text layer wrote as `calc(var(--scale) * Npx)`. */
export function unitsIn(value: string): number | null {
  const m = /\*\s*(-?\d+(?:\.\d+)?)px\)$/.exec(value);
  return m ? Number(m[1]) : null;
}

const runOf = (node: Node): HTMLElement | null =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.cp-run') ?? null;

export function farPagePlacer(views: PageViews, view: Window): Placer {
  return {
    place(range: Range): Box[] | undefined {
      const run = runOf(range.startContainer);
      const shell = run?.closest<HTMLElement>('.cp-page');
      const index = Number(shell?.dataset.pageNumber) - 1;
      if (!run || !shell || views.shells[index]?.visible !== false) return undefined;
      const [top, left] = [run.style.top, run.style.left].map(unitsIn);
      const size = runSize(run);
      if (top === null || left === null || size === null) return undefined;
      const page = shell.getBoundingClientRect();
      const scale = views.scale;
      const y = page.top + view.scrollY + top * scale;
      return [
        {
          top: y,
          bottom: y + size * scale,
          left: page.left + view.scrollX + left * scale,
          right: page.right + view.scrollX,
        },
      ];
    },
  };
}

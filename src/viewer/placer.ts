// Where a passage on a page far from view lies, without laying that page out.
// Pages far from view are skipped by `content-visibility: auto`; measuring a
// range on one makes the browser lay its text layer out, and the overlay
// measures every passage (markers, bucket bar): 300–470 ms in one task on a
// 384-page PDF (bench/pdf.mjs). A run's place is in its own style, in page
// units, and the page's box costs nothing to read, so the line is placed from
// those; once the page comes near, the passage is measured. A page that has
// no runs (text-layers.ts) has its lines' places in its model: a range into
// its read text is placed from those, near or not (a page coming near is
// placed so until its runs are in and the scan has made its ranges anew).

import type { Box, Placer } from '../content/geometry';
import { perTask } from '../content/schedule';
import type { LinePlace } from './page-model';
import type { PageViews } from './pages';
import { runSize } from './text-layer';
import type { TextLayers } from './text-layers';

/** The page units in a position the text layer wrote as `calc(var(--scale) * Npx)`. */
export function unitsIn(value: string): number | null {
  const m = /\*\s*(-?\d+(?:\.\d+)?)px\)$/.exec(value);
  return m ? Number(m[1]) : null;
}

const runOf = (node: Node): HTMLElement | null =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.cp-run') ?? null;

/** A page's box in document coordinates. */
type PageBox = { top: number; left: number; right: number };

/**
 * Page boxes read once a task: a scan places a thousand passages of a whole book in one, and
 * each read of a box was a call into the layout (170 ms over eight jumps across a 1,440-page
 * book, profiled). Within a task only a zoom moves the pages: a new scale reads them again.
 */
function pageBoxes(views: PageViews, view: Window): (index: number) => PageBox {
  const boxes = perTask((index: number): PageBox => {
    const r = views.shells[index].element.getBoundingClientRect();
    return {
      top: r.top + view.scrollY,
      left: r.left + view.scrollX,
      right: r.right + view.scrollX,
    };
  });
  let scale = views.scale;
  return (index) => {
    if (views.scale !== scale) {
      scale = views.scale;
      boxes.clear();
    }
    return boxes.get(index);
  };
}

/** A line's box, from its place in page units on a page. */
function lineBox(page: PageBox, scale: number, line: LinePlace): Box[] {
  const y = page.top + line.top * scale;
  return [
    {
      top: y,
      bottom: y + line.size * scale,
      left: page.left + line.left * scale,
      right: page.right,
    },
  ];
}

export function farPagePlacer(views: PageViews, view: Window, layers: TextLayers): Placer {
  const pageBox = pageBoxes(views, view);
  return {
    place(range: Range): Box[] | undefined {
      const inText = layers.placeInText(range.startContainer, range.startOffset);
      if (inText && views.shells[inText.index])
        return lineBox(pageBox(inText.index), views.scale, inText);
      const run = runOf(range.startContainer);
      const shell = run?.closest<HTMLElement>('.cp-page');
      const index = Number(shell?.dataset.pageNumber) - 1;
      if (!run || !shell || views.shells[index]?.visible !== false) return undefined;
      const [top, left] = [run.style.top, run.style.left].map(unitsIn);
      const size = runSize(run);
      if (top === null || left === null || size === null) return undefined;
      return lineBox(pageBox(index), views.scale, { top, left, size });
    },
  };
}

// The overlay's fixture pages (tests/fixtures/overlay-pages.ts and the demo
// chapter), bundled with esbuild in memory and built at run time from
// ../shared/reference. Used by the overlay suite and scripts/screenshots.mjs.
import { importTs } from '../../../scripts/lib/import-ts.mjs';

export async function loadOverlayFixtures() {
  const bundle = (entry) => importTs(entry, { packages: 'external' });
  const [pages, demo] = await Promise.all([
    bundle('tests/fixtures/overlay-pages.ts'),
    bundle('scripts/lib/demo-chapter.ts'),
  ]);
  const chapter = demo.demoChapter('ch26');
  return {
    pages,
    chapter: {
      host: '',
      path: chapter.path,
      html: chapter.html,
      planted: chapter.expectedPassageIds,
    },
    blog: pages.blogPage(),
    dark: pages.darkChapter(),
    frames: pages.framePages(),
    spa: pages.spaPage(),
    late: pages.latePage(),
    long: pages.longPage(),
  };
}

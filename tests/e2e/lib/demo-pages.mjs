// The demo chapter pages (scripts/lib/demo-chapter.ts, assembled from
// ../shared/reference/hrr at run time) and an unrelated page, served under
// www.marxists.org for the browser suites.
import { importTs } from '../../../scripts/lib/import-ts.mjs';
import { TEST_HOST } from './browsers.mjs';
import { servePages } from './server.mjs';

/** The default demo chapter (all passages inside its opening) and one whose passages also stand in their own paragraphs. */
export const SCENARIO_CHAPTERS = ['ch26', 'ch27'];

/** scripts/lib/demo-chapter.ts, bundled by esbuild in memory. */
export function loadDemoModule() {
  return importTs('scripts/lib/demo-chapter.ts', { packages: 'external' });
}

/** The fixture pages and a server for them. */
export async function serveFixtures(chapterIds = SCENARIO_CHAPTERS) {
  const demo = await loadDemoModule();
  const chapters = chapterIds.map((id) => demo.demoChapter(id));
  const negative = demo.negativePage();
  const pages = Object.fromEntries([...chapters, negative].map((p) => [p.path, p.html]));
  const server = await servePages(pages);
  return { server, chapters, negative, urlOf: (p) => server.url(TEST_HOST, p.path) };
}

/** Whitespace (incl. NBSP) removed and edge punctuation trimmed: detection spans run from first to last word. */
export const squash = (s) =>
  s.replace(/[\s\u00a0]+/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
export const oneLine = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

// Every extension page mounts its root through mountPage (src/ui/ErrorBoundary.tsx),
// so a render error anywhere shows a message with Reload instead of a blank page.

import { readFileSync } from 'node:fs';

const PAGES = ['popup', 'sidepanel', 'options', 'library', 'welcome', 'viewer'];

test.each(PAGES)('src/%s/index.tsx mounts through mountPage, never render() itself', (page) => {
  const source = readFileSync(`src/${page}/index.tsx`, 'utf8');
  expect(source).toMatch(/\bmountPage\(\s*document\.getElementById\('root'\)!,\s*</);
  expect(source).not.toMatch(/\brender\(/);
});

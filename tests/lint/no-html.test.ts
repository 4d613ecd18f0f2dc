// Counterpoint renders text, never HTML: no source under src/ uses
// dangerouslySetInnerHTML, innerHTML, outerHTML or insertAdjacentHTML; lint
// reports each; and the build compiles Preact's innerHTML branch out
// (scripts/lib/preact-no-innerhtml.mjs), so web-ext lint has nothing to flag.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripInnerHtml } from '../../scripts/lib/preact-no-innerhtml.mjs';

const HTML_SINKS = /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

test('no source under src/ names an HTML sink', () => {
  const files = sources('src');
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter((f) => HTML_SINKS.test(readFileSync(f, 'utf8')))).toEqual([]);
});

test('lint reports dangerouslySetInnerHTML and innerHTML in src/', () => {
  const cases = [
    {
      filePath: 'src/ui/x.tsx',
      code: 'export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
    },
    {
      filePath: 'src/ui/x.ts',
      code: 'export const f = (el: Element, s: string) => { el.innerHTML = s; };',
    },
  ];
  const messages: string[] = JSON.parse(
    execFileSync('node', ['tests/lint/lint-texts.mjs'], {
      input: JSON.stringify(cases),
      encoding: 'utf8',
    }),
  );
  expect(messages[0]).toContain('Render text, never HTML.');
  expect(messages[1]).toContain('Render text, never HTML.');
});

describe("the build compiles Preact's innerHTML branch out", () => {
  const preact = readFileSync('node_modules/preact/dist/preact.mjs', 'utf8');

  test('preact itself assigns innerHTML (what web-ext lint flagged)', () => {
    expect(preact).toMatch(/\.innerHTML=/);
  });

  test('the plugin leaves no innerHTML assignment, and the rest of preact as it was', () => {
    const out = stripInnerHtml(preact);
    expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(out.length).toBeGreaterThan(preact.length - 200);
    expect(out).toContain('dangerouslySetInnerHTML');
  });

  test('a preact whose branch changed fails the build instead of shipping it', () => {
    expect(() => stripInnerHtml('t.innerHTML=h.__html')).toThrow(/not found/);
  });
});

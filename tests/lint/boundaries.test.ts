// The dependency direction is enforced by ESLint: each forbidden import below
// must be reported, and the allowed ones must not.

import { execFileSync } from 'node:child_process';

const FORBIDDEN: [string, string, string][] = [
  [
    'src/engine/x.ts',
    "import { handlers } from '../background/handlers'; export const a = handlers;",
    'src/engine may import only',
  ],
  [
    'src/shared/x.ts',
    "import { detect } from '../engine'; export const a = detect;",
    'src/shared may import only',
  ],
  [
    'src/content/x.ts',
    "import { handlers } from '../background/handlers'; export const a = handlers;",
    'src/content may import only',
  ],
  [
    'src/ui/x.ts',
    "import { t } from '../platform/i18n'; export const a = t;",
    'src/ui may import only',
  ],
  [
    'src/background/x.ts',
    "import { paint } from '../content/highlighter'; export const a = paint;",
    'src/background may import only',
  ],
  [
    'src/content/x.ts',
    "import browser from 'webextension-polyfill'; export const a = browser;",
    'not for src/content',
  ],
  [
    'src/engine/x.ts',
    "import { render } from 'preact'; export const a = render;",
    'not for src/engine',
  ],
  [
    'src/platform/x.ts',
    "import browser from 'webextension-polyfill'; export const a = browser;",
    'a default import copies every API binding',
  ],
  ['src/engine/x.ts', 'export const a = () => document.title;', 'pure: no DOM'],
  ['src/shared/x.ts', 'export const a = () => chrome.runtime.id;', 'pure: no DOM'],
  [
    'src/engine/x.ts',
    "import { readFileSync } from 'node:fs'; export const a = readFileSync;",
    'Node built-ins',
  ],
  ['src/background/x.ts', "export const a = () => fetch('https://example.org/');", 'No network'],
  ['src/content/x.ts', 'export const a = () => new XMLHttpRequest();', 'No network'],
  ['src/viewer/x.ts', "export const a = () => fetch('https://example.org/');", 'No network'],
  ['src/shared/x.ts', "export const a = () => new WebSocket('wss://x');", 'No network'],
  [
    'src/popup/x.ts',
    "import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'; export const a = getDocument;",
    'not for src/popup',
  ],
  [
    'src/viewer/x.ts',
    "import { handlers } from '../background/handlers'; export const a = handlers;",
    'src/viewer may import only',
  ],
  [
    'src/viewer/x.ts',
    "import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'; export const a = getDocument;",
    'not for src/viewer',
  ],
  [
    'src/pdf-host/x.ts',
    "import { ContentApp } from '../content/app'; export const a = ContentApp;",
    'src/pdf-host may import only',
  ],
];
const ALLOWED: [string, string][] = [
  [
    'src/content/x.ts',
    "import { detect } from '../engine'; import { extractPageText } from '../dom/page-text'; export const a = [detect, extractPageText];",
  ],
  [
    'src/cli/x.ts',
    "import { JSDOM } from 'jsdom'; import { readFileSync } from 'node:fs'; export const a = [JSDOM, readFileSync];",
  ],
  [
    'src/cli/x.ts',
    "import { render } from 'preact'; import { NoteText } from '../ui/library'; export const a = [render, NoteText];",
  ],
  [
    'src/platform/x.ts',
    "import type Browser from 'webextension-polyfill'; import { browser } from './browser'; export const a: Browser.Browser = browser;",
  ],
  [
    'src/pdf-host/x.ts',
    "import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'; import type { PdfItem } from '../shared/pdf-host'; export const a: [typeof getDocument, PdfItem[]] = [getDocument, []];",
  ],
  [
    'src/viewer/fetch-pdf.ts',
    "import { ContentApp } from '../content/app'; export const a = [ContentApp, () => fetch('https://example.org/a.pdf')];",
  ],
];

const cases = [...FORBIDDEN, ...ALLOWED].map(([filePath, code]) => ({ filePath, code }));
const messages: string[] = JSON.parse(
  execFileSync('node', ['tests/lint/lint-texts.mjs'], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
  }),
);
const lint = (filePath: string, code: string) =>
  messages[cases.findIndex((c) => c.filePath === filePath && c.code === code)];

describe('forbidden imports are reported', () => {
  test.each(FORBIDDEN)('%s: %s', (file, code, message) => {
    expect(lint(file, code)).toContain(message);
  });
});

describe('allowed imports are not', () => {
  test.each(ALLOWED)('%s', (file, code) => {
    expect(lint(file, code)).toBe('');
  });
});

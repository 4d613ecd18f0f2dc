// Lint, with the dependency direction of docs/architecture.md enforced per folder:
// an import that crosses a boundary is an error (tests/lint proves each rule fires).
import tseslint from 'typescript-eslint';

const FOLDERS = [
  'shared',
  'engine',
  'data',
  'platform',
  'dom',
  'ui',
  'background',
  'content',
  'popup',
  'sidepanel',
  'options',
  'library',
  'welcome',
  'editor',
  'viewer',
  'pdf-host',
  'cli',
];
const PAGES = ['popup', 'sidepanel', 'options', 'library', 'welcome', 'editor'];

/** Folder → the src/ folders it may import. */
const MAY_IMPORT = {
  shared: [],
  engine: ['shared'],
  data: ['shared', 'engine'],
  platform: ['shared'],
  dom: ['shared', 'engine'],
  ui: ['shared'],
  background: ['shared', 'engine', 'data', 'platform'],
  content: ['shared', 'engine', 'dom', 'platform', 'ui'],
  cli: ['shared', 'engine', 'data', 'dom', 'ui'],
  // The PDF viewer is an extension page that runs the page side over its text layers.
  viewer: ['shared', 'dom', 'platform', 'ui', 'content'],
  // The viewer's worker, where pdf.js runs: it answers the viewer (src/shared/pdf-host.ts).
  'pdf-host': ['shared'],
  ...Object.fromEntries(PAGES.map((p) => [p, ['shared', 'platform', 'ui']])),
};

/** Packages allowed only in some folders. */
const PACKAGE_HOMES = {
  'webextension-polyfill': ['platform'],
  idb: ['background'],
  preact: ['ui', 'content', 'cli', 'viewer', ...PAGES],
  jsdom: ['cli'],
  'pdfjs-dist': ['pdf-host'],
};

function boundaryRule(folder) {
  const forbidden = FOLDERS.filter((f) => f !== folder && !MAY_IMPORT[folder].includes(f));
  const packages = Object.entries(PACKAGE_HOMES)
    .filter(([, homes]) => !homes.includes(folder))
    .map(([p]) => p);
  const patterns = [
    {
      regex: `^\\.\\.?/(\\.\\./)*(${forbidden.join('|')})(/|$)`,
      message: `src/${folder} may import only: ${MAY_IMPORT[folder].join(', ') || 'nothing'} (docs/architecture.md).`,
    },
    {
      regex: `^(${packages.join('|')})(/|$)`,
      message: `this package is not for src/${folder} (docs/architecture.md).`,
    },
  ];
  if (folder !== 'cli')
    patterns.push({ regex: '^node:', message: 'Node built-ins belong in src/cli and scripts/.' });
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const PURE_GLOBALS = [
  'window',
  'document',
  'chrome',
  'browser',
  'navigator',
  'location',
  'localStorage',
  'indexedDB',
].map((name) => ({
  name,
  message: 'src/engine and src/shared are pure: no DOM or browser globals.',
}));

/** Counterpoint connects nowhere: the one read from the network is the PDF the viewer opens. */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map(
  (name) => ({
    name,
    message:
      'No network: only src/viewer/fetch-pdf.ts fetches (the PDF the reader opened; docs/architecture.md).',
  }),
);

const NO_HTML = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Render text, never HTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text, never HTML.',
  },
];

/** The polyfill's object is taken once, as it is (src/platform/browser.ts says why). */
const POLYFILL_ONCE = {
  selector: "ImportDeclaration[source.value='webextension-polyfill'][importKind='value']",
  message:
    "Use `browser` from './browser' (a default import copies every API binding at start-up).",
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web-ext-artifacts/**', 'out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...NO_HTML],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    ignores: ['src/platform/browser.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML, POLYFILL_ONCE] },
  },
  ...FOLDERS.map(boundaryRule),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/viewer/fetch-pdf.ts'],
    rules: { 'no-restricted-globals': ['error', ...NETWORK_GLOBALS] },
  },
  {
    files: ['src/engine/**/*.ts', 'src/shared/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...PURE_GLOBALS, ...NETWORK_GLOBALS] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

// The extension API, once, for every module of src/platform.
//
// Why not `import browser from 'webextension-polyfill'`: esbuild wraps a default import of a
// CommonJS module in its `__toESM` helper, which reads every property of the module's object.
// Where the browser has a promise-based `browser` of its own (Firefox; Chrome since 2025), that
// object is the browser's, and each API binding is made on first read: every page paid for all
// of them at start-up (20–40 ms of the PDF viewer's first task, measured), once per importing
// module. A `require` takes the object as it is.
import type Browser from 'webextension-polyfill';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const browser: Browser.Browser = require('webextension-polyfill');

// The viewer page's copy of extension/pdf-polyfills.mjs (the worker loads that
// file): imported first by the viewer's entry, before pdf.js is evaluated.
import '../../extension/pdf-polyfills.mjs';

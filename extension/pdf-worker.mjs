// pdf.js's worker as published (pdfjs/pdf.worker.min.mjs), after the polyfills
// it needs on the oldest browsers Counterpoint supports. Module imports run in
// order: the polyfills first.
import './pdf-polyfills.mjs';
import './pdfjs/pdf.worker.min.mjs';

// Reading a PDF's text when the PDF is closed midway (another PDF opened in
// the viewer): the reading stops quietly; a page the host cannot read while
// the PDF is open is the reading's failure, which the viewer shows.

import { extractText } from '../../../src/viewer/extract';
import type { PageViews } from '../../../src/viewer/pages';
import type { PdfDocument } from '../../../src/viewer/pdf-document';
import { TextLayers } from '../../../src/viewer/text-layers';

const PAGE = { size: { width: 400, height: 600 }, items: [] };

/** A three-page PDF whose first page comes at once and the others only as `later` says. */
function fakePdf(later: 'on close' | 'broken') {
  let closed = false;
  const waiting: ((e: Error) => void)[] = [];
  return {
    pages: 3,
    get closed() {
      return closed;
    },
    page: (n: number) =>
      n === 1
        ? Promise.resolve(PAGE)
        : new Promise((_, reject) =>
            later === 'broken' ? reject(new Error('bad xref')) : waiting.push(reject),
          ),
    destroy() {
      closed = true;
      for (const reject of waiting) reject(new Error('The PDF was closed'));
    },
  };
}

function fakeViews(): PageViews {
  const container = document.createElement('main');
  return {
    container,
    shellFor: () => container.appendChild(document.createElement('span')),
    resize: () => undefined,
  } as unknown as PageViews;
}

const layersFor = (pdf: ReturnType<typeof fakePdf>) =>
  new TextLayers(
    document,
    pdf as unknown as PdfDocument,
    () => 0,
    () => false,
  );

// jsdom has no canvas (the measure falls back to a width per character) and no user timing.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = () => null;
  if (typeof performance.mark !== 'function')
    Object.assign(performance, { mark: () => undefined, measure: () => undefined });
});

test('closed while the next page is asked for: the reading ends, with no error', async () => {
  const pdf = fakePdf('on close');
  let read = 0;
  const extraction = extractText(
    pdf as unknown as PdfDocument,
    fakeViews(),
    layersFor(pdf),
    (done) => {
      read = done;
    },
  );
  while (read < 1) await new Promise((r) => setTimeout(r, 1));
  extraction.cancel();
  pdf.destroy();
  await expect(extraction.done).resolves.toBeUndefined();
  expect(read).toBe(1);
});

test('a page the host cannot read while the PDF is open fails the reading', async () => {
  const pdf = fakePdf('broken');
  const extraction = extractText(
    pdf as unknown as PdfDocument,
    fakeViews(),
    layersFor(pdf),
    () => undefined,
  );
  await expect(extraction.done).rejects.toThrow('bad xref');
});

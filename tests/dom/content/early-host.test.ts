// The content script loads at document_start: it waits for the parser, and puts its (empty)
// host into the page while the page parses, right after <body> is made, so the host ends
// <html> as before and its insertion rides on the browser's own first layout.

import { attachHostEarly, discardEarlyHost } from '../../../src/content/overlay/host';
import { documentParsed } from '../../../src/content/schedule';

const HOST = 'COUNTERPOINT-OVERLAY';
const childrenOf = (doc: Document) => [...doc.documentElement.children].map((e) => e.tagName);
const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A document as the parser leaves it before <body>: <html><head></head>. */
function parsingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('A chapter');
  doc.body.remove();
  return doc;
}

afterEach(() => discardEarlyHost());

describe('documentParsed', () => {
  it('resolves at once on a parsed document (a script injected after the load)', async () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'readyState', { value: 'complete', configurable: true });
    let done = false;
    void documentParsed(doc).then(() => (done = true));
    await microtasks();
    expect(done).toBe(true);
  });

  it('waits for DOMContentLoaded while the parser runs', async () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    let done = false;
    void documentParsed(doc).then(() => (done = true));
    await microtasks();
    expect(done).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await microtasks();
    expect(done).toBe(true);
  });
});

describe('attachHostEarly', () => {
  it('waits for <body>, then ends <html> with the host: head, body, host', async () => {
    const doc = parsingDocument();
    attachHostEarly(doc);
    expect(childrenOf(doc)).toEqual(['HEAD']);
    doc.documentElement.append(doc.createElement('body'));
    await microtasks();
    expect(childrenOf(doc)).toEqual(['HEAD', 'BODY', HOST]);
  });

  it('on a document that has its <body> already, goes in at once', () => {
    const doc = document.implementation.createHTMLDocument('x');
    attachHostEarly(doc);
    expect(childrenOf(doc)).toEqual(['HEAD', 'BODY', HOST]);
  });

  it('makes one host, however often it is called', () => {
    const doc = document.implementation.createHTMLDocument('x');
    attachHostEarly(doc);
    attachHostEarly(doc);
    expect(doc.querySelectorAll('counterpoint-overlay')).toHaveLength(1);
  });

  it('is gone when the site turns out to be off, and a <body> made later brings no host', async () => {
    const doc = parsingDocument();
    attachHostEarly(doc);
    discardEarlyHost();
    doc.documentElement.append(doc.createElement('body'));
    await microtasks();
    expect(childrenOf(doc)).toEqual(['HEAD', 'BODY']);
  });

  it('leaves no readable shadow root to page script', () => {
    const doc = document.implementation.createHTMLDocument('x');
    attachHostEarly(doc);
    expect(doc.querySelector('counterpoint-overlay')!.shadowRoot).toBeNull();
  });
});

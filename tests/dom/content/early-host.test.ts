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

/** Whether `promise` has settled after the pending tasks run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await microtasks();
  return done;
}

/** A document whose parser is in the given state. */
function documentIn(readyState: DocumentReadyState): Document {
  const doc = document.implementation.createHTMLDocument('x');
  Object.defineProperty(doc, 'readyState', { value: readyState, configurable: true });
  return doc;
}

describe('documentParsed', () => {
  it('resolves at once on a parsed document (a script injected after the load)', async () => {
    expect(await settled(documentParsed(documentIn('complete')))).toBe(true);
  });

  it('waits for DOMContentLoaded while the parser runs', async () => {
    const doc = documentIn('loading');
    const parsed = documentParsed(doc);
    expect(await settled(parsed)).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(parsed)).toBe(true);
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

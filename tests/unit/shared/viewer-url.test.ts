// The viewer's address and the PDF redirect: which URL a viewer reads for,
// which links count as PDFs, and the redirect rule that sends a PDF on an
// enabled site to the viewer with its URL whole.

import { PDF_URL, pdfRedirectRule } from '../../../src/shared/pdf-rule';
import {
  fileParam,
  isLocalPdfUrl,
  isPdfUrl,
  localPdfUrl,
  viewerDocumentUrl,
  viewerUrlFor,
} from '../../../src/shared/viewer-url';

const PDF = 'https://www.marxists.org/archive/trotsky/1930/hrr/hrr-vol2.pdf';
const BASE = 'chrome-extension://ours/';

describe('fileParam: the PDF a viewer address names', () => {
  test.each([
    ['percent-encoded', `?file=${encodeURIComponent(PDF)}`, PDF],
    ['as a redirect appends it', `?file=${PDF}`, PDF],
    ['its own query kept whole', `?file=${PDF}?download=1&lang=en`, `${PDF}?download=1&lang=en`],
    ['after another parameter', `?tab=3&file=${PDF}`, PDF],
    ['no file', '?tab=3', null],
    ['a file: URL', '?file=file:///home/r/hrr.pdf', null],
    ['a javascript: URL', '?file=javascript:alert(1)', null],
    ['an extension URL', `?file=${BASE}pdf.html`, null],
    ['a data: URL', '?file=data:application/pdf;base64,JVBERi0=', null],
    ['bad escapes', '?file=https%3A%2F%2F%E0%A4%A', null],
    ['a parameter named like it', `?notfile=${PDF}`, null],
  ])('%s', (_name, search, expected) => {
    expect(fileParam(search)).toBe(expected);
  });

  test('round trip through viewerUrlFor and viewerDocumentUrl', () => {
    const tricky = `${PDF}?a=1&b=two words#page=4`;
    expect(viewerDocumentUrl(viewerUrlFor(BASE, tricky))).toBe(
      tricky.replace(/#.*$/, '') + '#page=4',
    );
  });
});

describe('PDFs by URL and local PDFs', () => {
  test.each([
    [PDF, true],
    [`${PDF}?download=1`, true],
    ['https://example.org/READER.PDF', true],
    ['https://example.org/reader.pdf.html', false],
    ['https://example.org/pdf/', false],
    ['file:///home/r/hrr.pdf', false],
  ])('isPdfUrl(%j) is %s', (url, expected) => {
    expect(isPdfUrl(url)).toBe(expected);
  });

  test('a local PDF goes by its fingerprint, and only that shape passes', () => {
    const url = localPdfUrl('3c5f0e9d1a2b4c6d8e0f1a2b3c4d5e6f');
    expect(url).toBe('pdf:3c5f0e9d1a2b4c6d8e0f1a2b3c4d5e6f');
    expect(isLocalPdfUrl(url)).toBe(true);
    expect(isLocalPdfUrl('pdf:../../etc')).toBe(false);
    expect(isLocalPdfUrl(localPdfUrl(''))).toBe(true);
  });
});

describe('the redirect rule', () => {
  const regex = new RegExp(PDF_URL);
  test.each([
    [PDF, true],
    [`${PDF}?download=1`, true],
    [`${PDF}#page=3`, true],
    ['https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm', false],
    ['https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm?f=a.pdf', false],
    ['https://www.marxists.org/a.pdf.htm', false],
  ])('%s is redirected: %s', (url, expected) => {
    expect(regex.test(url)).toBe(expected);
  });

  test('on the enabled sites, the sites turned off excluded; none: no rule', () => {
    const rule = pdfRedirectRule(`${BASE}pdf.html`, {
      domains: ['marxists.org', 'library.example.edu'],
      excluded: ['www.marxists.info'],
    });
    expect(rule?.condition).toEqual({
      regexFilter: PDF_URL,
      resourceTypes: ['main_frame'],
      requestDomains: ['library.example.edu', 'marxists.org'],
      excludedRequestDomains: ['www.marxists.info'],
    });
    expect(rule?.action.redirect.regexSubstitution).toBe(`${BASE}pdf.html?file=\\0`);
    expect(pdfRedirectRule(`${BASE}pdf.html`, { domains: [], excluded: [] })).toBeNull();
    expect(
      pdfRedirectRule(`${BASE}pdf.html`, { domains: 'all', excluded: [] })?.condition
        .requestDomains,
    ).toBeUndefined();
  });
});

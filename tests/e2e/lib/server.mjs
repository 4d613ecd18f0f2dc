// A tiny static server for the browser suites: node:http on 127.0.0.1 with an
// ephemeral port, serving a fixed map of path → HTML. Browsers reach it under
// a marxists.org host name that their resolver maps to 127.0.0.1. A page is
// found by host and path ('www.marxists.info/archive/…') or by path alone
// ('/archive/…', any host); 404 otherwise.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

/**
 * @param {Record<string, string | { html: string, headers?: Record<string, string> }>} pages path ('/archive/…/ch26.htm')
 *   or host + path → HTML, or { html, headers } for a page that needs its own response headers (e.g. a CSP)
 * @param {{ tls?: boolean }} [options] tls: serve https with the suites' self-signed certificate (tests/fixtures/tls)
 * @returns {Promise<{ port: number, url: (host: string, path: string) => string, requests: string[], close: () => Promise<void> }>}
 */
export async function servePages(pages, { tls = false } = {}) {
  const requests = [];
  const handler = (req, res) => {
    // A proxy-style absolute URL ("http://host:port/path") or a plain path.
    const pathname = new URL(req.url ?? '/', 'http://placeholder').pathname;
    requests.push(`${req.method} ${req.headers.host ?? ''}${pathname}`);
    if (pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = [host + pathname, pathname].find((k) => Object.hasOwn(pages, k));
    const body = key === undefined ? null : pages[key];
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const page = typeof body === 'string' ? { html: body, headers: {} } : body;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    res.end(page.html);
  };
  const server = tls
    ? https.createServer(
        {
          key: readFileSync(new URL('../../fixtures/tls/key.pem', import.meta.url)),
          cert: readFileSync(new URL('../../fixtures/tls/cert.pem', import.meta.url)),
        },
        handler,
      )
    : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port,
    url: (host, path) => `${tls ? 'https' : 'http'}://${host}:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

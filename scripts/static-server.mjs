// scripts/static-server.mjs: a tiny static file server on 127.0.0.1 for the demo and e2e tests (no dependencies).
import http from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1. `headers(url)` may add response headers (a CSP, say); `onRequest(url)`
 * sees every request, so tests can assert what was (not) fetched. `render(url)` may return an HTML
 * string to serve instead of a file (generated test pages). All three get a URL object.
 */
export function serve(root, { port = 0, headers = () => ({}), onRequest = () => {}, render = () => undefined } = {}) {
  const base = resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    onRequest(url);
    const page = render(url);
    if (page !== undefined) {
      return void res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers(url) }).end(page);
    }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(url) });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

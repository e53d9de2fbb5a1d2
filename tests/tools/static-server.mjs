// A plain static file server like a CDN: no rewrites, no single-page fallback; `dir/` serves `dir/index.html`;
// text is sent gzip-compressed to clients that accept it, as every CDN does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` under the URL prefix `base` (e.g. "/news/2026/sp500-7000/") on 127.0.0.1.
 * Returns { url, close, requests } where `requests` logs every path asked for, with its status.
 */
export async function startStaticServer({ root, base = '/', port = 0 }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let status = 404;
    try {
      if (path.startsWith(prefix)) {
        let file = normalize(join(root, path.slice(prefix.length)));
        if (!file.startsWith(normalize(root))) throw new Error('outside root');
        if (path.endsWith('/')) file = join(file, 'index.html');
        const info = await stat(file);
        if (info.isFile()) {
          let body = await readFile(file);
          status = 200;
          const type = TYPES[extname(file)] ?? 'application/octet-stream';
          const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
          if (gzip) body = gzipSync(body);
          res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }) });
          res.end(req.method === 'HEAD' ? undefined : body);
        }
      }
    } catch {
      // falls through to 404
    }
    if (status === 404) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
    requests.push({ path, status });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// `node tests/tools/static-server.mjs [dir] [base] [port]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', base = process.env.SITE_BASE || '/', port = '4321'] = process.argv.slice(2);
  const s = await startStaticServer({ root: dir, base, port: Number(port) });
  console.log(`Serving ${dir} at ${s.url}`);
}

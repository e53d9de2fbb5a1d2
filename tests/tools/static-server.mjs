// A plain static file server like a CDN: no rewrites, no single-page fallback; `dir/` serves `dir/index.html`,
// a missing file gets 404.html (with status 404) when the build has one, `headers: true` sends the rules of
// the build's `_headers` file (Netlify / Cloudflare Pages format) as a host reading that file would, and
// text is sent gzip-compressed to clients that accept it, as every CDN does.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
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
 * Parses a `_headers` file: blocks of a URL pattern (`*` matches anything, `:name` one path segment)
 * followed by indented `Name: value` lines. Returns [{ pattern, test(path), headers: [[name, value]] }].
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ pattern, test: (path) => new RegExp(`^${source}$`).test(path), headers: [] });
    } else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (!m || !rules.length) throw new Error(`_headers: cannot read the line "${line}"`);
      rules.at(-1).headers.push([m[1].trim(), m[2].trim()]);
    }
  }
  return rules;
}

/**
 * The headers `rules` give `path`; a name set by several rules gets its values joined with ", " (as Cloudflare Pages does).
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.test(path)) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/**
 * Serves `root` under the URL prefix `base` (e.g. "/news/2026/sp500-7000/") on 127.0.0.1.
 * Returns { url, close, requests } where `requests` logs every path asked for, with its status.
 */
export async function startStaticServer({ root, base = '/', port = 0, headers = false }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests = [];
  const headersPath = join(root, '_headers');
  if (headers && !existsSync(headersPath)) throw new Error(`${headersPath} is missing: the build writes it (src/site/headers/static-headers.ts)`);
  const rules = headers ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFoundPage = join(root, '404.html');
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
          res.writeHead(200, { ...headersFor(rules, path), 'Content-Type': type, 'Content-Length': body.length, ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }) });
          res.end(req.method === 'HEAD' ? undefined : body);
        }
      }
    } catch {
      // falls through to 404
    }
    if (status === 404) {
      // Like Netlify and Cloudflare Pages: the site's own 404 page, with the headers every path gets.
      const page = existsSync(notFoundPage) ? await readFile(notFoundPage) : undefined;
      res.writeHead(404, { ...headersFor(rules, path), 'Content-Type': page ? TYPES['.html'] : 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : (page ?? 'Not found'));
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

// `node tests/tools/static-server.mjs [dir] [base] [port] [--headers]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== '--headers');
  const [dir = 'dist', base = process.env.SITE_BASE || '/', port = '4321'] = args;
  const s = await startStaticServer({ root: dir, base, port: Number(port), headers: process.argv.includes('--headers') });
  console.log(`Serving ${dir} at ${s.url}${process.argv.includes('--headers') ? ' with the headers of its _headers file' : ''}`);
}

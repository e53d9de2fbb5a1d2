/**
 * A host page on another origin (its own port), like an editor's site embedding a chapter: it serves the real
 * parent scripts of @newswire/frames and pym.js from node_modules, and whatever page HTML a test sets.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { ROOT } from './servers';

/** First port for host pages: E2E_HOST_PORT, else two above the site's (4392 by default); each test worker adds its index. */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT) || (Number(process.env.E2E_PORT) || 4390) + 2;

const VENDOR: Record<string, string> = {
  '/vendor/frames.umd.js': 'node_modules/@newswire/frames/dist/frames.umd.js',
  '/vendor/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
};

/** Prose around the embed, so the host page scrolls past it like a real article. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Host article paragraph ${i + 1}. ${'The host page has its own text around the embed. '.repeat(6)}</p>`).join('\n');

/** A host article holding `snippet`, then the parent `scripts` (paths under /vendor/ or inline code). */
export function hostPage(snippet: string, scripts: { src?: string; code?: string }[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px/1.5 sans-serif}main{max-width:760px;margin:0 auto;padding:0 16px}</style></head>
<body><main><h1>A host article</h1>${filler(3)}
<div id="embed-slot">${snippet}</div>
${filler(12)}</main>
${scripts.map((s) => (s.src ? `<script src="${s.src}"></script>` : `<script>${s.code}</script>`)).join('\n')}
</body></html>`;
}

export interface HostServer {
  origin: string;
  /** Serves `html` at `path` (e.g. "/pym/the-climb/") and returns its absolute URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

/** Starts the host server for test worker `worker` (its parallel index), on HOST_PORT + worker. */
export async function startHostServer(worker: number): Promise<HostServer> {
  const port = HOST_PORT + worker;
  const origin = `http://127.0.0.1:${port}`;
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    const vendor = VENDOR[path];
    if (vendor) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(`${ROOT}/${vendor}`));
    } else if (pages.has(path)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(pages.get(path));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

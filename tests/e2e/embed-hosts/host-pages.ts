/**
 * Host pages on a second origin, one per kind of host, each holding every chapter's embed the way that host would:
 * pym.js and @newswire/frames (their published parent scripts, served from node_modules), a WordPress-style post
 * (sanitised oEmbed html and wp-embed behaviour), the oEmbed html pasted as is with no host script, and the same
 * in a frame sandboxed with no script at all. Each page records when each frame first spoke to it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { framesSnippet, pymSnippet, type EmbedTarget } from '../../../src/site/embed-snippets';
import { sanitiseLikeWordPress, WP_HOST_SCRIPT, wpSecret } from './wordpress';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export const HOST_KINDS = ['pym', 'frames', 'wordpress', 'bare', 'no-script'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

/** Hosts that resize the frame to what the embed asks (WordPress within its limits). */
export const RESIZES: Record<HostKind, boolean> = { pym: true, frames: true, wordpress: true, bare: false, 'no-script': false };

const VENDOR: Record<string, string> = {
  '/vendor/frames.umd.js': 'node_modules/@newswire/frames/dist/frames.umd.js',
  '/vendor/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
};

/** One chapter on a host page: its slug, title, embed address on the site, and its oEmbed html (with the site's test origin). */
export interface Chapter {
  slug: string;
  title: string;
  embedUrl: string;
  pageUrl: string;
  oembedHtml: string;
}

/** Records, per frame, the host's time of its first message (epoch ms, comparable with the frame's own clock). */
const FIRST_MESSAGE = `window.__firstMessage = new Map();
addEventListener('message', (e) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
  const slot = frame && frame.closest('[data-slug]');
  if (slot && !window.__firstMessage.has(slot.dataset.slug)) window.__firstMessage.set(slot.dataset.slug, performance.timeOrigin + performance.now());
});`;

const para = (i: number) => `<p>Host paragraph ${i}. The host page has its own text around the embeds, as an article would.</p>`;

function embedFor(kind: HostKind, c: Chapter, i: number): string {
  const target: EmbedTarget = { slug: c.slug, title: c.title, embedUrl: c.embedUrl, pageUrl: c.pageUrl };
  switch (kind) {
    case 'pym':
      return pymSnippet(target);
    case 'frames':
      return framesSnippet(target);
    case 'wordpress':
      return `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${sanitiseLikeWordPress(c.oembedHtml, wpSecret(i))}</div></figure>`;
    case 'bare':
      return c.oembedHtml;
    case 'no-script':
      return c.oembedHtml.replace('<iframe ', '<iframe sandbox="" ');
  }
}

const SCRIPTS: Record<HostKind, string> = {
  pym: '<script src="/vendor/pym.v1.min.js"></script>',
  frames: '<script src="/vendor/frames.umd.js"></script><script>newswireFrames.autoInitFrames();</script>',
  wordpress: `<script>${WP_HOST_SCRIPT}</script>`,
  bare: '',
  'no-script': '',
};

/** The host page of `kind` holding every chapter's embed, one under another between paragraphs of its own. */
export function hostPage(kind: HostKind, chapters: Chapter[]): string {
  const slots = chapters.map((c, i) => `${para(i * 2 + 1)}\n<div class="slot" data-slug="${c.slug}">${embedFor(kind, c, i)}</div>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page: ${kind}</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px/1.5 sans-serif}p{margin:1rem 8px}figure{margin:0}.slot{margin:0}</style>
<script>${FIRST_MESSAGE}</script></head>
<body><h1 style="margin:8px">A host article (${kind})</h1>
${slots}
${para(99)}
${SCRIPTS[kind]}
</body></html>`;
}

export interface HostServer {
  origin: string;
  /** Serves `html` at `path` and returns its address. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

/** A plain server for host pages and the parent scripts, on `port` (another origin than the site's). */
export async function startHostServer(port: number): Promise<HostServer> {
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

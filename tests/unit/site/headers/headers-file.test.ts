// Covers src/site/headers/headers-file.ts: per-page CSP from the meta tag narrowed to the page's hashes, frame-ancestors except embeds, caching rules.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { headerPolicy, headersFile, inlineHashes, metaCsp } from '../../../../src/site/headers/headers-file';
import { headersFor, parseHeadersFile } from '../../../tools/static-server.mjs';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const SCRIPT = 'console.log(1)';
const STYLE = 'body{margin:0}';
const meta = `default-src 'self';img-src 'self' data:; script-src 'self' ${sha(SCRIPT)} 'sha256-other='; style-src 'self' ${sha(STYLE)} 'sha256-unused=';`;
const page = (body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${meta.replace(/'/g, '&#39;')}"><style>${STYLE}</style></head><body><script type="module">${SCRIPT}</script><script type="application/json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>${body}</body></html>`;

test('reads the meta policy into directives', () => {
  expect(metaCsp(page(), 'p')).toEqual(["default-src 'self'", "img-src 'self' data:", `script-src 'self' ${sha(SCRIPT)} 'sha256-other='`, `style-src 'self' ${sha(STYLE)} 'sha256-unused='`]);
  expect(() => metaCsp('<html></html>', '/x/')).toThrow(/\/x\/: no Content-Security-Policy meta tag/);
});

test('hashes only inline code that runs: not data blocks, not external scripts', () => {
  expect(inlineHashes(page())).toEqual({ scripts: [sha(SCRIPT)], styles: [sha(STYLE)] });
});

describe('the header policy', () => {
  test("keeps the page's own hashes and adds frame-ancestors 'self'", () => {
    expect(headerPolicy(page(), '/the-climb/', '/')).toBe(`default-src 'self'; img-src 'self' data:; script-src 'self' ${sha(SCRIPT)}; style-src 'self' ${sha(STYLE)}; frame-ancestors 'self'`);
  });

  test('embeds may be framed by any site, under any base', () => {
    expect(headerPolicy(page(), '/embed/the-climb/', '/')).not.toContain('frame-ancestors');
    expect(headerPolicy(page(), '/news/embed/the-climb/', '/news/')).not.toContain('frame-ancestors');
    expect(headerPolicy(page(), '/news/the-climb/', '/news/')).toContain("frame-ancestors 'self'");
  });

  test('an inline script Astro did not hash fails the build', () => {
    expect(() => headerPolicy(page('<script>alert(1)</script>'), '/x/', '/')).toThrow(/\/x\/: an inline script with hash 'sha256-[^']+' is not in Astro's script-src/);
  });
});

describe('the _headers file', () => {
  const text = headersFile({
    base: '/news/',
    pages: [
      { path: '/news/', html: page() },
      { path: '/news/embed/the-climb/', html: page() },
    ],
    files: ['/news/data/a.csv', '/news/data/b.csv', '/news/favicon.svg', '/news/share/the-climb.png'],
    assets: ['/news/_astro/', '/news/scenes/'],
    cors: ['/news/_astro/embed.js', '/news/scenes/*'],
  });
  const rules = parseHeadersFile(text);

  test('every path gets nosniff and a referrer policy; no header is given twice', () => {
    for (const path of ['/news/', '/news/embed/the-climb/', '/news/_astro/x.js', '/news/data/a.csv', '/news/favicon.svg', '/news/missing']) {
      const h = headersFor(rules, path);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      for (const v of Object.values(h)) expect(v, `${path}: a header set by two rules`).not.toMatch(/max-age=\d+.*max-age|default-src.*default-src/);
    }
  });

  test('caching: immutable hashed assets, short HTML, an hour for the rest', () => {
    expect(headersFor(rules, '/news/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/news/scenes/climb-0123456789.json')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/news/')['Cache-Control']).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/news/data/a.csv')['Cache-Control']).toBe('public, max-age=3600');
    expect(headersFor(rules, '/news/favicon.svg')['Cache-Control']).toBe('public, max-age=3600');
    expect(text).toContain('/news/data/*');
  });

  test("what embeds fetch with CORS, and nothing else, may be read by any origin (a sandboxed frame's is null)", () => {
    expect(headersFor(rules, '/news/_astro/embed.js')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(rules, '/news/scenes/climb-0123456789.json')['Access-Control-Allow-Origin']).toBe('*');
    for (const path of ['/news/_astro/x.js', '/news/', '/news/embed/the-climb/', '/news/data/a.csv']) expect(headersFor(rules, path)['Access-Control-Allow-Origin'], path).toBeUndefined();
    // A folder's splat joins the rule that already names it.
    expect(rules.filter((r) => r.pattern === '/news/scenes/*')).toHaveLength(1);
  });

  test('more rules than Cloudflare Pages reads fail the build', () => {
    const pages = Array.from({ length: 100 }, (_, i) => ({ path: `/p${i}/`, html: page() }));
    expect(() => headersFile({ base: '/', pages, files: [], assets: [] })).toThrow(/_headers: 101 rules, more than the 100 Cloudflare Pages reads/);
  });

  test('pages carry their CSP', () => {
    expect(headersFor(rules, '/news/')['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, '/news/embed/the-climb/')['Content-Security-Policy']).not.toContain('frame-ancestors');
  });
});

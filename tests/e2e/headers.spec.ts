/**
 * The build's `_headers`, sent by the static server as Netlify or Cloudflare Pages would: every page's CSP
 * allows exactly what the page loads (no hash for anything the page lacks; that no violation is reported while
 * a page is read through is crawl.spec.ts's), only embeds may be framed by other sites, hashed assets are immutable and HTML is cached briefly.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { ORIGIN } from './helpers/servers';
import { hostPage, startHostServer, type HostServer } from './helpers/host-page';
import { chapterSlugs } from './helpers/site';

let host: HostServer;
let pages: string[] = [];

test.beforeAll(async ({ browser }, info) => {
  host = await startHostServer(info.parallelIndex);
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${ORIGIN}/`);
  const slugs = await chapterSlugs(page);
  await page.close();
  pages = ['/', ...slugs.map((s) => `/${s}/`), ...slugs.map((s) => `/embed/${s}/`)];
});
test.afterAll(async () => host?.close());

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Whether a <script> with these attributes is run as script (no type, a JavaScript MIME type, or "module"). */
const runs = (attributes: string) => {
  const type = /(?:^|\s)type=["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript)$/.test(type);
};

/** Parses a policy into directive name -> sources. */
const parse = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [k, ...v] = d.split(/\s+/); return [k!, v]; }));

test('each page is sent a CSP that allows its own inline scripts and styles and nothing else', async ({ request }) => {
  for (const path of pages) {
    const res = await request.get(`${ORIGIN}${path}`);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expect(headers['x-content-type-options'], `${path}: nosniff`).toBe('nosniff');
    expect(headers['referrer-policy'], `${path}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
    expect(headers['cache-control'], `${path}: short caching for HTML`).toMatch(/max-age=300\b/);
    const policy = parse(headers['content-security-policy'] ?? '');
    expect(policy.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
    expect(policy.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
    const html = await res.text();
    // Inline scripts the browser runs: data blocks (JSON, JSON-LD: any type but JavaScript's or "module") run
    // nothing, and CSP has no say over them.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, a]) => !/\bsrc=/.test(a!) && runs(a!))
      .map(([, , body]) => sha(body!));
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => sha(body!));
    // Exactly the page's own hashes: 'self' for its files, no 'unsafe-inline', no other origin, no wildcard.
    expect(new Set(policy.get('script-src')), `${path}: script-src`).toEqual(new Set(["'self'", ...scripts]));
    expect(new Set(policy.get('style-src')), `${path}: style-src`).toEqual(new Set(["'self'", ...styles]));
    const embed = path.startsWith('/embed/');
    if (embed) expect(policy.has('frame-ancestors'), `${path}: embeds may be framed anywhere`).toBe(false);
    else expect(policy.get('frame-ancestors'), `${path}: only the site may frame it`).toEqual(["'self'"]);
  }
});

test('hashed assets are cached for a year as immutable; data, share cards and oEmbed for an hour', async ({ request, page }) => {
  await page.goto(`${ORIGIN}/`);
  const script = await page.locator('script[src]').first().getAttribute('src');
  expect(script, 'a hashed script').toMatch(/\/_astro\//);
  expect((await request.get(`${ORIGIN}${script}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const slug = (await chapterSlugs(page))[0]!;
  for (const file of [`/share/${slug}.png`, `/oembed/${slug}.json`, '/favicon.png', '/sitemap.xml', '/robots.txt']) {
    const res = await request.get(`${ORIGIN}${file}`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['cache-control'], file).toBe('public, max-age=3600');
    expect(res.headers()['x-content-type-options'], file).toBe('nosniff');
  }
});

test('another site can frame an embed but not a chapter page', async ({ browser }) => {
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  const chapter = pages.find((p) => !p.startsWith('/embed/') && p !== '/')!;
  const embed = `/embed${chapter}`;
  await page.goto(
    host.page(
      '/framing/',
      hostPage(`<iframe id="a" src="${ORIGIN}${embed}" title="embed"></iframe><iframe id="b" src="${ORIGIN}${chapter}" title="page"></iframe>`, []),
    ),
  );
  const embedFrame = (await (await page.waitForSelector('#a')).contentFrame())!;
  await expect.poll(() => embedFrame.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '')).not.toBe('');
  await expect.poll(() => refused.length, { message: 'Chromium refuses to frame the chapter page (frame-ancestors)' }).toBeGreaterThan(0);
  expect(refused.join('\n')).toContain(ORIGIN);
  const pageFrame = (await (await page.waitForSelector('#b')).contentFrame())!;
  const shown = await pageFrame.evaluate(() => !!document.querySelector('article.chapter')).catch(() => false);
  expect(shown, 'the chapter page is not shown inside the other site').toBe(false);
  await page.close();
});

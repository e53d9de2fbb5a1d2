/**
 * The sub-folder build (SITE_BASE=/news/2026/sp500-7000/), served under that prefix by the plain static
 * server: every same-origin link, script, stylesheet, icon and download from the article, chapter and embed
 * pages and the 404 page resolves inside the sub-folder, nothing 404s, and fragment links point at ids that
 * exist; the absolute URLs (canonical, share images, oEmbed, sitemap) name the sub-folder and resolve.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { ROOT, SUB_BASE, SUB_BUILD_HELP, SUB_DIR, SUB_ORIGIN } from './helpers/servers';
import { allSteps, chapterSlugs, expectStepShown, guard, scrollStepToTrigger, waitForFigures } from './helpers/site';

const HOME = `${SUB_ORIGIN}${SUB_BASE}`;

test.beforeEach(() => {
  if (!existsSync(`${ROOT}/${SUB_DIR}/index.html`)) throw new Error(SUB_BUILD_HELP);
});

interface Ref {
  url: string;
  /** Where it was found, for messages. */
  from: string;
  kind: string;
}

/** Every URL an HTML page refers to: attributes, srcset, inline-style url(…), plus all its element ids. */
async function pageRefs(page: Page): Promise<{ refs: Omit<Ref, 'from'>[]; ids: string[] }> {
  return page.evaluate(() => {
    const refs: { url: string; kind: string }[] = [];
    const add = (raw: string | null, kind: string) => {
      if (raw === null || raw.trim() === '') return;
      refs.push({ url: new URL(raw.trim(), document.baseURI).href, kind });
    };
    for (const el of document.querySelectorAll('[href], [src], [action], [poster], [data]')) {
      const tag = el.tagName.toLowerCase();
      const rel = el.getAttribute('rel');
      for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
        if (el.hasAttribute(attr)) add(el.getAttribute(attr), `<${tag}${rel ? ` rel="${rel}"` : ''} ${attr}>`);
      }
      // SVG links may use xlink:href.
      const xlink = el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
      if (xlink) add(xlink, `<${tag} xlink:href>`);
    }
    for (const el of document.querySelectorAll('[srcset]')) {
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0] ?? '', `<${el.tagName.toLowerCase()} srcset>`);
    }
    for (const style of document.querySelectorAll('style')) {
      for (const m of (style.textContent ?? '').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (!m[2]!.startsWith('data:')) add(m[2]!, '<style> url()');
      }
    }
    const meta = document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content');
    if (meta && /url=/i.test(meta)) add(meta.replace(/^.*url=/i, ''), '<meta refresh>');
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    ids.push(...[...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? ''));
    return { refs, ids };
  });
}

const withoutHash = (u: string) => u.replace(/#.*$/, '');

test('every link, asset and download of the sub-folder build resolves, with no 404 and no dangling fragment', async ({ browser, request }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();

  await page.goto(HOME);
  const slugs = await chapterSlugs(page);
  const seeds = [HOME, ...slugs.map((s) => `${HOME}${s}/`), ...slugs.map((s) => `${HOME}embed/${s}/`), `${HOME}no-such-page/`];
  const pagesToVisit = [...seeds];
  const visited = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const refs: Ref[] = [];
  const status = new Map<string, number>();
  const problems: string[] = [];

  // Crawl the HTML pages reachable on the site, starting from the article and the chapter pages.
  while (pagesToVisit.length) {
    const url = pagesToVisit.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const res = await page.goto(url);
    status.set(url, res?.status() ?? 0);
    // A missing page gets the site's 404 page, whose own links must work from any address.
    const missing = url.endsWith('/no-such-page/');
    if (missing) expect(res?.status(), 'a missing page answers 404').toBe(404);
    if (!res || res.status() !== (missing ? 404 : 200)) continue;
    if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const found = await pageRefs(page);
    idsByPage.set(url, new Set(found.ids));
    for (const r of found.refs) {
      refs.push({ ...r, from: url });
      const target = new URL(r.url);
      if (target.origin !== SUB_ORIGIN) continue;
      const bare = withoutHash(r.url);
      // Follow links to pages (directories or .html) on the site.
      if (r.kind.startsWith('<a') && (bare.endsWith('/') || bare.endsWith('.html')) && !visited.has(bare)) pagesToVisit.push(bare);
    }
  }
  expect(visited.size, 'pages crawled').toBeGreaterThanOrEqual(seeds.length);

  // Every same-origin reference stays inside the sub-folder and resolves.
  const sameOrigin = refs.filter((r) => new URL(r.url).origin === SUB_ORIGIN);
  expect(sameOrigin.some((r) => /rel="icon"/.test(r.kind)), 'a favicon is referenced').toBe(true);
  expect(sameOrigin.some((r) => r.kind.startsWith('<script') && /\/embed\//.test(r.from)), 'the embeds were crawled with their scripts').toBe(true);
  expect(sameOrigin.some((r) => r.from.endsWith('/no-such-page/')), 'the 404 page was crawled').toBe(true);
  expect(sameOrigin.some((r) => r.kind.startsWith('<script')), 'a script is referenced').toBe(true);
  expect(sameOrigin.some((r) => /\.csv$/.test(withoutHash(r.url))), 'CSV downloads are referenced').toBe(true);
  for (const r of sameOrigin) {
    const bare = withoutHash(r.url);
    // The 404 page's links to itself (the skip link) are fragments on whatever address was missing.
    if (bare === r.from && r.from.endsWith('/no-such-page/')) continue;
    if (!new URL(bare).pathname.startsWith(SUB_BASE)) problems.push(`${r.kind} on ${r.from} points outside ${SUB_BASE}: ${r.url}`);
    if (!status.has(bare)) status.set(bare, (await request.get(bare)).status());
    const code = status.get(bare)!;
    if (code !== 200) problems.push(`HTTP ${code} for ${r.kind} on ${r.from}: ${r.url}`);
  }

  // Stylesheets and scripts may refer on to more files (fonts, images, chunks).
  for (const url of [...status.keys()].filter((u) => /\.(css|js|mjs)$/.test(u))) {
    const text = await (await request.get(url)).text();
    const more = url.endsWith('.css')
      ? [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'))
      : [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
    for (const ref of more) {
      const abs = new URL(ref, url).href;
      if (new URL(abs).origin !== SUB_ORIGIN) continue;
      if (!new URL(abs).pathname.startsWith(SUB_BASE)) problems.push(`${url} refers outside ${SUB_BASE}: ${ref}`);
      if (!status.has(abs)) status.set(abs, (await request.get(abs)).status());
      if (status.get(abs) !== 200) problems.push(`HTTP ${status.get(abs)} for ${ref} referred to by ${url}`);
    }
  }

  // Fragment links point at ids that exist on their target page.
  for (const r of sameOrigin.filter((r) => r.kind.startsWith('<a') && r.url.includes('#'))) {
    const hash = decodeURIComponent(new URL(r.url).hash.slice(1));
    if (!hash) continue;
    const target = withoutHash(r.url);
    if (!idsByPage.has(target)) {
      await page.goto(target);
      idsByPage.set(target, new Set((await pageRefs(page)).ids));
    }
    if (!idsByPage.get(target)!.has(hash)) problems.push(`fragment link on ${r.from} points at a missing id: ${r.url}`);
  }

  // Canonical links name the page's own path under the sub-folder (an embed's names its chapter page).
  for (const url of visited) {
    if (status.get(url) !== 200) continue;
    await page.goto(url);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const own = new URL(url).pathname.replace(`${SUB_BASE}embed/`, SUB_BASE);
    if (canonical && new URL(canonical).pathname !== own) problems.push(`canonical link of ${url} is ${canonical}`);
  }

  for (const [url, code] of status) if (code !== 200 && !url.endsWith('/no-such-page/') && !problems.some((p) => p.includes(url))) problems.push(`HTTP ${code}: ${url}`);
  await ctx.close();
  console.log(`sub-folder crawl: ${visited.size} pages, ${status.size} URLs checked, ${problems.length} problems`);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('with script, the sub-folder pages load every file without error and the sticky figure follows the steps', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  const { problems } = guard(page, SUB_ORIGIN);
  const outside: string[] = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin === SUB_ORIGIN && !u.pathname.startsWith(SUB_BASE)) outside.push(req.url());
  });
  await page.goto(HOME);
  const paths = ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)];
  for (const path of paths) {
    await page.goto(`${HOME}${path}`);
    await waitForFigures(page);
    const steps = await allSteps(page);
    // The article's walk through every step loads every figure's files; a chapter page shows its first state.
    for (const step of path === '' ? steps : steps.slice(0, 1)) {
      await scrollStepToTrigger(page, step.id);
      await expectStepShown(page, step, `${SUB_BASE}${path}`);
    }
    // And a deep link to the last step.
    const last = steps[steps.length - 1]!;
    await page.goto('about:blank');
    await page.goto(`${HOME}${path}#${last.id}`);
    await waitForFigures(page);
    await expectStepShown(page, last, `deep link ${SUB_BASE}${path}#${last.id}`);
    await page.waitForLoadState('networkidle');
  }
  await ctx.close();
  expect([...problems, ...outside.map((u) => `request outside ${SUB_BASE}: ${u}`)], problems.join('\n')).toEqual([]);
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString() === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('absolute URLs of the sub-folder build (canonical, share images, oEmbed, sitemap, robots) name the sub-folder and resolve', async ({ browser, request }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(HOME);
  // The build's configured origin (SITE_ORIGIN) is served here by the test server.
  const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  const problems: string[] = [];
  const local = (u: string, where: string) => {
    const url = new URL(u);
    if (url.origin !== site) problems.push(`${where}: ${u} is not on the configured origin ${site}`);
    if (!url.pathname.startsWith(SUB_BASE)) problems.push(`${where}: ${u} is outside ${SUB_BASE}`);
    return `${SUB_ORIGIN}${url.pathname}`;
  };
  const expectOk = async (u: string, where: string, type: RegExp) => {
    const res = await request.get(u);
    if (res.status() !== 200) problems.push(`${where}: HTTP ${res.status()} for ${u}`);
    else if (!type.test(res.headers()['content-type'] ?? '')) problems.push(`${where}: ${u} is ${res.headers()['content-type']}`);
    return res;
  };

  const sitemap = await (await expectOk(`${HOME}sitemap.xml`, 'sitemap', /xml/)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const slugs = await chapterSlugs(page);
  expect(locs.map((l) => new URL(l).pathname).sort(), 'the sitemap lists the article and every chapter').toEqual([SUB_BASE, ...slugs.map((s) => `${SUB_BASE}${s}/`)].sort());
  const robots = await (await expectOk(`${HOME}robots.txt`, 'robots.txt', /text\/plain/)).text();
  expect(robots, 'robots.txt names the sitemap on the configured origin').toContain(`Sitemap: ${site}${SUB_BASE}sitemap.xml`);

  for (const loc of locs) {
    const url = local(loc, 'sitemap');
    await page.goto(url);
    const where = new URL(url).pathname;
    const images = new Set<string>();
    for (const sel of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const content = await page.locator(sel).getAttribute('content');
      if (!content) problems.push(`${where}: no ${sel}`);
      else images.add(local(content, `${where} ${sel}`));
    }
    const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
    if (ogUrl !== loc) problems.push(`${where}: og:url is ${ogUrl}, expected ${loc}`);
    const oembedLink = page.locator('link[type="application/json+oembed"]');
    const oembed = (await oembedLink.count()) ? await oembedLink.getAttribute('href') : null;
    if (oembed) {
      const json = (await (await expectOk(local(oembed, `${where} oEmbed link`), `${where} oEmbed`, /json/)).json()) as Record<string, string>;
      images.add(local(json['thumbnail_url']!, `${where} oEmbed thumbnail`));
      const src = /src="([^"]+)"/.exec(json['html']!)?.[1] ?? '';
      await expectOk(local(src, `${where} oEmbed iframe`), `${where} oEmbed iframe`, /text\/html/);
      local(json['provider_url']!, `${where} oEmbed provider_url`);
    } else if (where !== SUB_BASE) problems.push(`${where}: no oEmbed discovery link`);
    for (const image of images) {
      const size = pngSize(await (await expectOk(image, `${where} share image`, /image\/png/)).body());
      if (size.width !== 1200 || size.height !== 630 || !size.png) problems.push(`${where}: ${image} is ${size.width}x${size.height}, expected a 1200x630 PNG`);
    }
  }
  await page.close();
  expect(problems, problems.join('\n')).toEqual([]);
});

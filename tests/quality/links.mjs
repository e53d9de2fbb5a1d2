// Gate: a crawl of the served site (the root build and the sub-folder build) finds no broken link, asset or fragment.
// `node tests/quality/links.mjs [--report=file.json]`
import { chromium } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/browser.mjs';
import { runGate } from './gate.mjs';
import { SUB_BASE, SUB_DIR, serveBuild, sitePages } from './site-pages.mjs';

/** Every URL a page refers to (attributes, srcset, url() in styles, absolute URLs in meta tags), and its ids. */
function pageRefs() {
  const refs = [];
  const add = (raw, kind) => {
    if (raw === null || raw === undefined || raw.trim() === '') return;
    try {
      refs.push({ url: new URL(raw.trim(), document.baseURI).href, kind });
    } catch {
      refs.push({ url: raw, kind: `${kind} (not a URL)` });
    }
  };
  for (const el of document.querySelectorAll('[href], [src], [action], [poster], [data], [cite]')) {
    const tag = el.tagName.toLowerCase();
    const rel = el.getAttribute('rel');
    for (const attr of ['href', 'src', 'action', 'poster', 'data', 'cite']) if (el.hasAttribute(attr)) add(el.getAttribute(attr), `<${tag}${rel ? ` rel="${rel}"` : ''} ${attr}>`);
  }
  for (const el of document.querySelectorAll('*')) {
    const xlink = el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (xlink) add(xlink, `<${el.tagName.toLowerCase()} xlink:href>`);
    for (const m of (el.getAttribute('style') ?? '').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (!m[2].startsWith('data:')) add(m[2], 'style="url()"');
  }
  for (const el of document.querySelectorAll('[srcset], [imagesrcset]')) {
    for (const part of (el.getAttribute('srcset') ?? el.getAttribute('imagesrcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0], `<${el.tagName.toLowerCase()} srcset>`);
  }
  for (const style of document.querySelectorAll('style')) {
    for (const m of (style.textContent ?? '').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (!m[2].startsWith('data:')) add(m[2], '<style> url()');
  }
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? '';
    if (/^refresh$/i.test(name) && /url=/i.test(content)) add(content.replace(/^.*url=/i, ''), '<meta refresh>');
    else if (/^https?:\/\//.test(content)) add(content, `<meta ${name}>`);
  }
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  for (const a of document.querySelectorAll('a[name]')) ids.push(a.getAttribute('name'));
  return { refs, ids };
}

const bare = (u) => u.replace(/#.*$/, '');
const isPage = (u) => /\/$|\.html$/.test(new URL(u).pathname);

/** Crawls one served build; returns a list of problems per page and the crawl's counts. */
async function crawl(browser, dist, base) {
  const server = await serveBuild(dist, base);
  const origin = new URL(server.url).origin;
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const status = new Map();
  const idsOf = new Map();
  /** Origins that mean "this site": the server's, and the one canonical links are written with (SITE_ORIGIN). */
  const siteOrigins = new Set([origin]);
  const local = (u) => {
    const url = new URL(u);
    return siteOrigins.has(url.origin) ? `${origin}${url.pathname}${url.search}${url.hash}` : undefined;
  };
  const get = async (u) => {
    if (!status.has(u)) {
      const res = await fetch(u);
      status.set(u, { code: res.status, type: res.headers.get('content-type') ?? '', text: /^(text\/|application\/(json|xml|javascript))/.test(res.headers.get('content-type') ?? '') ? await res.text() : '' });
    }
    return status.get(u);
  };
  const seeds = (await sitePages(dist)).map((p) => server.url + p.path);
  const queue = [...seeds];
  const pages = new Map();
  /** Fragment links per page, checked once every page's ids are known. */
  const fragments = [];
  const external = new Set();
  let refCount = 0;
  let fragmentCount = 0;
  while (queue.length) {
    const url = queue.shift();
    if (pages.has(url)) continue;
    const problems = [];
    pages.set(url, problems);
    const res = await get(url);
    if (res.code !== 200 && !(url.endsWith('404.html') && res.code === 404)) {
      problems.push(`HTTP ${res.code} for the page itself`);
      continue;
    }
    await page.goto(url);
    const { refs, ids } = await page.evaluate(pageRefs);
    idsOf.set(url, new Set(ids));
    const canonical = refs.find((r) => r.kind === '<link rel="canonical" href>');
    if (canonical) siteOrigins.add(new URL(canonical.url).origin);
    for (const ref of refs) {
      refCount++;
      if (ref.kind.endsWith('(not a URL)')) {
        problems.push(`${ref.kind}: ${ref.url}`);
        continue;
      }
      const target = new URL(ref.url);
      if (!/^https?:$/.test(target.protocol)) continue; // mailto:, data:
      const here = local(ref.url);
      if (!here) {
        // Another origin: readers may follow a link, but the page must not load anything from there.
        if (ref.kind.startsWith('<a ') || ref.kind.startsWith('<meta') || ref.kind.startsWith('<blockquote') || ref.kind.startsWith('<q ')) external.add(ref.url);
        else problems.push(`${ref.kind} loads from another origin: ${ref.url}`);
        continue;
      }
      if (!new URL(here).pathname.startsWith(base)) problems.push(`${ref.kind} points outside the base ${base}: ${ref.url}`);
      const file = bare(here);
      const got = await get(file);
      if (got.code !== 200) problems.push(`HTTP ${got.code} for ${ref.kind}: ${ref.url}`);
      else if (ref.kind.startsWith('<a ') && isPage(file) && !pages.has(file)) queue.push(file);
      // Stylesheets and scripts may refer on to more files (chunks, fonts, images).
      if (got.code === 200 && /\.(css|m?js)$/.test(file)) {
        const more = file.endsWith('.css')
          ? [...got.text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]).filter((u) => !u.startsWith('data:'))
          : [...got.text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1]);
        for (const m of more) {
          const abs = new URL(m, file).href;
          refCount++;
          if (!new URL(abs).pathname.startsWith(base)) problems.push(`${file} refers outside the base ${base}: ${m}`);
          const code = (await get(bare(abs))).code;
          if (code !== 200) problems.push(`HTTP ${code} for ${m}, referred to by ${file}`);
        }
      }
      if (target.hash.length > 1 && got.code === 200 && isPage(file)) fragments.push({ problems, ref, file, id: decodeURIComponent(target.hash.slice(1)) });
    }
  }
  // Text files the site publishes for machines (robots.txt, sitemaps, oEmbed JSON) name URLs of the site too.
  const machineFiles = [...status.keys()].filter((u) => /\.(json|xml|txt)$/.test(u));
  for (const name of ['robots.txt', 'sitemap.xml', 'sitemap-index.xml']) if (existsSync(`${dist}/${name}`)) machineFiles.push(server.url + name);
  for (const url of new Set(machineFiles)) {
    if (pages.has(url)) continue;
    const problems = [];
    pages.set(url, problems);
    const got = await get(url);
    if (got.code !== 200) problems.push(`HTTP ${got.code} for the file itself`);
    for (const m of got.text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)) {
      const here = local(m[0]);
      if (!here) continue;
      refCount++;
      if (!new URL(here).pathname.startsWith(base)) problems.push(`a URL outside the base ${base}: ${m[0]}`);
      const code = (await get(bare(here))).code;
      if (code !== 200) problems.push(`HTTP ${code} for ${m[0]}`);
    }
  }
  // `#top` needs no id: it is HTML's "top of the document".
  for (const { problems, ref, file, id } of fragments) {
    fragmentCount++;
    if (!idsOf.has(file)) {
      await page.goto(file);
      idsOf.set(file, new Set((await page.evaluate(pageRefs)).ids));
    }
    if (id !== 'top' && !idsOf.get(file).has(id)) problems.push(`${ref.kind} points at a missing id: ${ref.url}`);
  }
  await ctx.close();
  await server.close();
  return { origin, pages, external, refCount, fragmentCount, urls: status.size };
}

await runGate('links', async (gate) => {
  const builds = [{ dist: 'dist', base: '/' }];
  if (existsSync(`${SUB_DIR}/index.html`)) builds.push({ dist: SUB_DIR, base: SUB_BASE });
  else gate.check(`the sub-folder build exists (${SUB_DIR})`, false, `build it with: SITE_BASE=${SUB_BASE} SITE_OUT_DIR=./${SUB_DIR} npx astro build`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const { dist, base } of builds) {
      const r = await crawl(browser, dist, base);
      for (const [url, problems] of r.pages) {
        const path = new URL(url).pathname;
        gate.check(`${dist} ${path}: ${/\.(json|xml|txt)$/.test(path) ? 'the URLs it names resolve' : 'links, assets and fragments resolve'}`, problems.length === 0, problems.slice(0, 25).join('\n') + (problems.length > 25 ? `\n… and ${problems.length - 25} more` : ''));
      }
      const files = readdirSync(dist, { recursive: true }).length;
      gate.figure(`${dist} (base ${base}): ${r.pages.size} pages and files crawled, ${r.refCount} references, ${r.urls} URLs fetched, ${r.fragmentCount} fragment links checked, ${r.external.size} links to other sites (not fetched: no network), ${files} files in the build`);
    }
  } finally {
    await browser.close();
  }
});

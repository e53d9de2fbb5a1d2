// The pages of a build, found in its output folder (never listed by hand), and a plain server for them on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { startStaticServer } from '../tools/static-server.mjs';

/** The sub-folder the test build is made for (tests/tools/run-all.mjs builds it into SUB_DIR). */
export const SUB_BASE = '/news/2026/sp500-7000/';
export const SUB_DIR = 'tests/.output/dist-sub';

/**
 * @typedef {{ path: string, kind: 'article' | 'chapter' | 'embed' | 'not-found' | 'other', file: string }} SitePage
 * `path` is relative to the base ('' for the article, 'the-climb/', 'embed/the-climb/', '404.html').
 */

/** Every .html file under `dir`. */
export async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** What a page is, from its path: the article, a chapter, a chapter embed, the 404 page, or something else. */
export function kindOf(path) {
  if (path === '') return 'article';
  if (path === '404.html') return 'not-found';
  if (/^embed\/[^/]+\/$/.test(path)) return 'embed';
  if (/^[^/]+\/$/.test(path)) return 'chapter';
  return 'other';
}

/** Every HTML page in `dist`, article first, then in path order. */
export async function sitePages(dist = 'dist') {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the site first (npx astro build)`);
  const pages = (await htmlFiles(dist)).map((file) => {
    const path = relative(dist, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');
    return { path, kind: kindOf(path), file };
  });
  const order = { article: 0, chapter: 1, embed: 2, 'not-found': 3, other: 4 };
  return pages.sort((a, b) => order[a.kind] - order[b.kind] || a.path.localeCompare(b.path));
}

/** Serves a build under its base on a free port, with the build's `_headers` rules when it has that file. */
export function serveBuild(dist = 'dist', base = '/') {
  return startStaticServer({ root: dist, base, headers: existsSync(join(dist, '_headers')) });
}

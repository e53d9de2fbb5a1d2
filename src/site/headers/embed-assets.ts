/**
 * The files an embed page fetches in CORS mode, which a frame sandboxed without `allow-same-origin` (WordPress's
 * sandbox, an opaque "null" origin) can read only with `Access-Control-Allow-Origin`: its module scripts and every
 * module they import, and the chart scenes its figures fetch. The chart images it shows go with them: plain <img>
 * loads need no CORS, but a host reading them with CORS (a canvas, a crossorigin attribute) should not find them closed.
 */

/** Static and dynamic imports of a built module that name a sibling file ("./x.js"). */
const IMPORTS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `path` (a URL path) resolved against the URL path `from`. */
const resolvePath = (path: string, from: string): string => new URL(path, `http://x${from}`).pathname;

/**
 * The URL paths the embed page at `pagePath` fetches with CORS, and its chart images. `readScript` gives a built
 * script's text by URL path (undefined when there is no such file, which fails: the page would break).
 */
export function embedAssets(html: string, pagePath: string, readScript: (path: string) => string | undefined): string[] {
  const found = new Set<string>();
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => resolvePath(m[1]!, pagePath));
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => resolvePath(m[1]!, pagePath));
  const queue = [...scripts, ...preloads];
  while (queue.length) {
    const path = queue.shift()!;
    if (found.has(path)) continue;
    const text = readScript(path);
    if (text === undefined) throw new Error(`${pagePath}: the embed loads ${path}, which the build did not write`);
    found.add(path);
    for (const m of text.matchAll(IMPORTS)) queue.push(resolvePath(m[1]!, path));
  }
  for (const m of html.matchAll(/\bdata-scenes="([^"]+)"/g)) found.add(resolvePath(m[1]!, pagePath));
  for (const m of html.matchAll(/\b(?:src|srcset)="([^"]+\.svg)"/g)) {
    const path = resolvePath(m[1]!, pagePath);
    if (/\/charts\/[^/]+$/.test(path)) found.add(path);
  }
  return [...found].sort();
}

/**
 * The `_headers` patterns covering exactly `cors` among `files` (all the build's files, as URL paths): a folder's
 * splat where every file in that folder is in `cors`, else each file, so no other file gets the header and the
 * file stays within Cloudflare Pages' 100 rules.
 */
export function corsPatterns(cors: string[], files: string[]): string[] {
  const want = new Set(cors);
  const all = [...new Set([...files, ...cors])];
  const folder = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const dir of [...new Set(cors.map(folder))].sort()) {
    const wanted = cors.filter((f) => folder(f) === dir).sort();
    // A splat also covers sub-folders: only where every file under the folder is wanted.
    const under = all.filter((f) => f.startsWith(dir));
    if (wanted.length > 1 && under.every((f) => want.has(f))) out.push(`${dir}*`);
    else out.push(...new Set(wanted));
  }
  return out;
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for a built site: each page's
 * Content-Security-Policy from Astro's meta tag, narrowed to the hashes of what that page holds, plus
 * `frame-ancestors 'self'` everywhere but the embeds; immutable caching for hashed assets, short
 * caching for HTML; nosniff and Referrer-Policy.
 */
import { createHash } from 'node:crypto';

export interface BuiltPage {
  /** URL path with the base, e.g. "/news/2026/sp500-7000/the-climb/". */
  path: string;
  html: string;
}

export const CACHE = {
  hashed: 'public, max-age=31536000, immutable',
  html: 'public, max-age=300, must-revalidate',
  other: 'public, max-age=3600',
} as const;

export const EVERYWHERE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** The policy in a page's `<meta http-equiv="content-security-policy">`, as a list of directives. */
export function metaCsp(html: string, where: string): string[] {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  if (!tag) throw new Error(`${where}: no Content-Security-Policy meta tag; is security.csp set in astro.config.mjs?`);
  const policy = tag[1]!.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Embeds may be framed by any site; every other page only by the site itself (a meta tag cannot say this, a header can). */
export const isEmbed = (path: string, base: string) => path.startsWith(`${base.replace(/\/?$/, '/')}embed/`);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the page's inline scripts (data blocks excepted: they never run) and inline styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc=/i.test(attrs!) && (!/\btype=/i.test(attrs!) || /\btype="(module|text\/javascript)"/i.test(attrs!)))
    .map(([, , body]) => sha256(body!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body!));
  return { scripts, styles };
}

/**
 * The page's header policy: Astro's directives with each hash list narrowed to the page's own inline
 * scripts and styles (Astro's meta lists the whole build's), and frame-ancestors. An inline script or
 * style that Astro's policy does not allow fails the build, since the page would break.
 */
export function headerPolicy(html: string, path: string, base: string): string {
  const directives = metaCsp(html, path);
  if (directives.some((d) => d.startsWith('frame-ancestors'))) throw new Error(`${path}: the meta CSP already names frame-ancestors, which only a header can enforce`);
  const own = inlineHashes(html);
  const narrowed = directives.map((d) => {
    const [name, ...sources] = d.split(' ');
    const mine = name === 'script-src' ? own.scripts : name === 'style-src' ? own.styles : undefined;
    if (!mine) return d;
    for (const h of mine) if (!sources.includes(h)) throw new Error(`${path}: an inline ${name === 'script-src' ? 'script' : 'style'} with hash ${h} is not in Astro's ${name}`);
    return [name, ...sources.filter((s) => !s.startsWith("'sha") || mine.includes(s))].join(' ');
  });
  return [...narrowed, ...(isEmbed(path, base) ? [] : ["frame-ancestors 'self'"])].join('; ');
}

export interface HeadersInput {
  base: string;
  pages: BuiltPage[];
  /** Other built files as URL paths with the base (data, share cards, oEmbed, icons…), hashed assets excepted. */
  files: string[];
  /** Folders whose file names are content-hashed, as URL paths: Astro's assets ("/_astro/") and the chart scenes. */
  assets: string[];
  /** Patterns (files or folder splats) of what embeds fetch with CORS (embed-assets.ts): they get `Access-Control-Allow-Origin: *`. */
  cors?: string[];
}

/** Any origin may read an embed's scripts, scenes and chart images: a sandboxed frame's origin is "null". */
export const CORS = { 'Access-Control-Allow-Origin': '*' } as const;

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/** One rule per path pattern, with no header given twice for any URL (Cloudflare would join the values). */
export function headersFile(input: HeadersInput): string {
  const rules: [string, Record<string, string>][] = [];
  const base = input.base.replace(/\/?$/, '/');
  rules.push([`${base}*`, { ...EVERYWHERE }]);
  for (const folder of input.assets) rules.push([`${folder.replace(/\/?$/, '/')}*`, { 'Cache-Control': CACHE.hashed }]);
  for (const page of [...input.pages].sort((a, b) => a.path.localeCompare(b.path))) {
    rules.push([page.path, { 'Cache-Control': CACHE.html, 'Content-Security-Policy': headerPolicy(page.html, page.path, base) }]);
  }
  // Other files: a splat per top-level folder that holds no page, else the file itself.
  const pageDirs = new Set(input.pages.map((p) => p.path.slice(base.length).split('/')[0]));
  const patterns = new Set<string>();
  for (const file of input.files) {
    const rest = file.slice(base.length);
    const top = rest.split('/')[0]!;
    patterns.add(rest.includes('/') && !pageDirs.has(top) ? `${base}${top}/*` : file);
  }
  for (const p of [...patterns].sort()) rules.push([p, { 'Cache-Control': CACHE.other }]);
  // CORS joins a rule of the same pattern where there is one (a folder's caching), else comes as its own.
  for (const p of input.cors ?? []) {
    const same = rules.find(([pattern]) => pattern === p);
    if (same) Object.assign(same[1], CORS);
    else rules.push([p, { ...CORS }]);
  }
  if (rules.length > MAX_RULES) throw new Error(`_headers: ${rules.length} rules, more than the ${MAX_RULES} Cloudflare Pages reads`);
  return (
    [
      '# Response headers for Netlify and Cloudflare Pages (written by src/site/headers/static-headers.ts at build time).',
      ...rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')),
    ].join('\n\n') + '\n'
  );
}

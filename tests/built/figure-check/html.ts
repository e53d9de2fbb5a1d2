// Reads a built HTML page into text segments (visible text, heard text and share-card text), each with where it sits.
import { CHAPTER_FILES, CHART_FILES } from './scopes';

/** What kind of place on the page a piece of text occupies. */
export type Place =
  | 'page-title'
  | 'meta'
  | 'json-ld'
  | 'oembed'
  | 'heading'
  | 'dek'
  | 'prose'
  | 'chart-title'
  | 'chart-subtitle'
  | 'chart-label'
  | 'axis-tick'
  | 'table-cell'
  | 'table-head'
  | 'table-caption'
  | 'figcaption'
  | 'aria-label'
  | 'alt'
  | 'title-attr'
  | 'contents'
  | 'controls'
  | 'code';

export interface Segment {
  page: string;
  place: Place;
  text: string;
  /** Chapter slug the text belongs to ('notes' for the notes section, undefined for site furniture). */
  chapter?: string;
  chart?: string;
  state?: string;
  /** Context, innermost first: the element's row (table row, SVG, heading item, list item), its figure or table, the table's wrapper with its download link, its step. */
  scopes: Scope[];
  /** For a table cell: the text of its column's header. */
  columnHead?: string;
  /** Addresses of the links inside the text (a download link's CSV). */
  links?: string[];
  /** Inside a table wrapper marked data-withheld: a table whose rows the site does not offer for download. */
  withheld?: boolean;
  /** In the notes, the data set entry (div.notes-item) the text belongs to: its heading names the file it speaks for. */
  entry?: string;
  /** JSON-LD and oEmbed: the member the string is the value of ("headline", "temporalCoverage", "position") and its path in the document. */
  jsonKey?: string;
  jsonPath?: string;
}

export interface Scope {
  kind: 'row' | 'group' | 'wrap' | 'state';
  key: string;
}

/** A chart image file (dist/charts/*.svg) a page shows through an <img> or <source>, with the context of the element that shows it. */
export interface ImageRef {
  /** Path under dist/, e.g. "charts/climb-jan28-wide-cf1bfa302a.svg". */
  file: string;
  page: string;
  chapter?: string;
  chart?: string;
  state?: string;
  scopes: Scope[];
}

/** The chart image file a URL of an <img src> or a <source srcset> candidate points at (base-aware: anything up to "charts/"), if any. */
export function chartImageFile(url: string): string | undefined {
  return /(?:^|\/)(charts\/[^/?#\s]+\.svg)(?:[?#].*)?$/.exec(url.trim())?.[1];
}

interface El {
  tag: string;
  attrs: Record<string, string>;
  id: number;
  text?: string[];
  links?: string[];
  col?: number;
}

const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);
/** Text in these elements flows into the nearest enclosing non-inline element. */
const INLINE = new Set(['a', 'span', 'time', 'strong', 'em', 'b', 'i', 'small', 'sup', 'sub', 'abbr', 'code', 'cite', 'q', 'mark', 'tspan', 'kbd', 'bdi', 'data', 's', 'u']);
/** Elements whose whole text is read as one context row: a chart image's <picture> holds its alt text and, read with it, the image file's labels. */
const ROW_SCOPES = new Set(['tr', 'svg', 'picture', 'li', 'dd', 'dt']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', copy: '©', times: '×', minus: '−' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const squash = (s: string) => s.replace(/[\u2060\u200b\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of src.matchAll(/([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

const hasClass = (el: El, c: string) => (el.attrs.class ?? '').split(/\s+/).includes(c);

/** The chapter a page's head and share text speak for: its slug, or undefined for the whole story and site pages. */
export function pageChapter(page: string): string | undefined {
  const m = /^(?:embed\/)?([a-z0-9-]+)\/index\.html$/.exec(page);
  return m ? m[1] : undefined;
}

const META_TEXT = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']);

/** A string (or number) inside a JSON value: its key path, its member name, and the chapter and chart the object holding it speaks for. */
interface JsonString {
  path: string;
  key: string;
  text: string;
  /** The chapter of the nearest object whose address is a chapter page; null where that address is the whole story's. */
  chapter?: string | null;
  chart?: string;
}

/** The chapter a page address points at ("http://host/base/the-climb/"), null for any other page (the article); undefined for a file. */
export function chapterOfAddress(address: string): string | null | undefined {
  if (!/\/$/.test(address)) return undefined;
  const last = address.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return last in CHAPTER_FILES ? last : null;
}

/** The chart a JSON-LD object describes: its own or its isBasedOn's address of the chart's data description ("data/climb.metadata.json"). */
function chartOfObject(o: Record<string, unknown>): string | undefined {
  const based = o.isBasedOn && typeof o.isBasedOn === 'object' ? (o.isBasedOn as Record<string, unknown>) : {};
  for (const a of [o['@id'], o.url, based['@id'], based.url]) {
    const chart = typeof a === 'string' ? /\/data\/([a-z0-9-]+)\.metadata\.json$/.exec(a)?.[1] : undefined;
    if (chart && chart in CHART_FILES) return chart;
  }
  return undefined;
}

/** Every string and number inside a JSON value, with its key path, member name, chapter and chart (inherited from the enclosing objects). */
function jsonStrings(v: unknown, path = '', key = '', ctx: Pick<JsonString, 'chapter' | 'chart'> = {}): JsonString[] {
  if (typeof v === 'string' || typeof v === 'number') return [{ path, key, text: String(v), ...ctx }];
  if (Array.isArray(v)) return v.flatMap((x, i) => jsonStrings(x, `${path}[${i}]`, key, ctx));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const here = { ...ctx };
    const page = [o.url, o['@id']].map((a) => (typeof a === 'string' ? chapterOfAddress(a) : undefined)).find((c) => c !== undefined);
    if (page !== undefined) here.chapter = page;
    const chart = chartOfObject(o);
    if (chart) here.chart = chart;
    return Object.entries(o).flatMap(([k, x]) => jsonStrings(x, path ? `${path}.${k}` : k, k, here));
  }
  return [];
}

/** Keys of JSON-LD and oEmbed objects whose strings are not reader-facing text (addresses, types, sizes of the frame). */
const JSON_SKIP = /(^|\.)(@context|@type|@id|url|.*_url|contentUrl|thumbnailUrl|version|type|width|height|cache_age|thumbnail_width|thumbnail_height|inLanguage|encodingFormat)$/;

/**
 * A JSON document's reader-facing strings. Each speaks for the chapter and chart of the object holding it: in the article's JSON-LD a
 * chapter part's strings are that chapter's, and a chart's image and data set are that chart's; else the given chapter (the page's).
 */
export function jsonSegments(page: string, json: unknown, place: 'json-ld' | 'oembed', chapter?: string): Segment[] {
  return jsonStrings(json)
    .filter((s) => !JSON_SKIP.test(s.path))
    .flatMap((s) => {
      // An oEmbed "html" member is markup: its reader-facing text is the iframe's title.
      if (s.path.endsWith('html')) return [...s.text.matchAll(/\btitle="([^"]*)"/g)].map((m) => ({ ...s, path: `${s.path} title`, text: decodeEntities(m[1]!) }));
      return [s];
    })
    .map((s) => ({
      page,
      place,
      text: squash(s.text),
      chapter: s.chapter === null ? undefined : (s.chapter ?? chapter),
      ...(s.chart ? { chart: s.chart } : {}),
      jsonKey: s.key,
      jsonPath: s.path,
      scopes: [{ kind: 'row' as const, key: `${page}#${s.path}` }],
    }));
}

/** Splits a built page into segments. */
export function extractSegments(page: string, html: string): Segment[] {
  return extractPage(page, html).segments;
}

/** Splits a built page into segments, and lists the chart image files it shows with the context of each showing. */
export function extractPage(page: string, html: string): { segments: Segment[]; images: ImageRef[] } {
  const out: Segment[] = [];
  const images: ImageRef[] = [];
  const stack: El[] = [];
  let nextId = 0;
  const headChapter = pageChapter(page);

  const find = (pred: (el: El) => boolean) => {
    for (let k = stack.length - 1; k >= 0; k--) if (pred(stack[k]!)) return stack[k];
    return undefined;
  };
  const inTag = (tag: string) => stack.some((e) => e.tag === tag);
  const context = () => {
    const chapterEl = find((e) => e.tag === 'article' && hasClass(e, 'chapter'));
    const notes = find((e) => hasClass(e, 'notes'));
    const chapter = chapterEl?.attrs.id ?? (notes ? 'notes' : inTag('body') ? undefined : headChapter);
    const chart = find((e) => e.attrs['data-chart'] !== undefined)?.attrs['data-chart'];
    const state = find((e) => e.attrs['data-state'] !== undefined)?.attrs['data-state'];
    const scopes: Scope[] = [];
    const row = find((e) => ROW_SCOPES.has(e.tag) || hasClass(e, 'chart-heading-item') || hasClass(e, 'notes-item'));
    if (row) scopes.push({ kind: 'row', key: `${page}#${row.id}` });
    const group = find((e) => e.tag === 'figure' || e.tag === 'table' || hasClass(e, 'step-text') || e.tag === 'figcaption');
    if (group) scopes.push({ kind: 'group', key: `${page}#${group.id}` });
    const wrap = find((e) => hasClass(e, 'table-wrap'));
    if (wrap) scopes.push({ kind: 'wrap', key: `${page}#${wrap.id}` });
    if (chapter && chart && state) scopes.push({ kind: 'state', key: `${page}#state:${chapter}:${chart}:${state}` });
    const withheld = find((e) => e.attrs['data-withheld'] !== undefined) ? { withheld: true } : {};
    const item = find((e) => hasClass(e, 'notes-item'));
    return { chapter, chart, state, scopes, ...withheld, ...(item ? { entry: `${page}#${item.id}` } : {}) };
  };

  const placeOf = (el: El): Place => {
    const svg = find((e) => e.tag === 'svg');
    if (el.tag === 'title' && !svg) return 'page-title';
    if (svg) return hasClass(el, 'tick') ? 'axis-tick' : 'chart-label';
    if (inTag('textarea') || inTag('pre') || el.tag === 'textarea') return 'code';
    if (find((e) => hasClass(e, 'chart-title'))) return 'chart-title';
    if (find((e) => hasClass(e, 'chart-subtitle'))) return 'chart-subtitle';
    if (inTag('caption')) return 'table-caption';
    if (inTag('th')) return 'table-head';
    if (inTag('td')) return 'table-cell';
    if (find((e) => hasClass(e, 'chapter-dek') || hasClass(e, 'article-dek'))) return 'dek';
    if (/^h[1-6]$/.test(el.tag) || hasClass(el, 'chapter-kicker')) return 'heading';
    if (inTag('nav') || find((e) => hasClass(e, 'reader-toc'))) return 'contents';
    if (inTag('figcaption')) return 'figcaption';
    if (inTag('button') || inTag('label') || inTag('legend') || find((e) => hasClass(e, 'step-nav') || e.tag === 'step-controls' || e.tag === 'form')) return 'controls';
    return 'prose';
  };

  const emit = (place: Place, text: string, extra: Partial<Segment> = {}) => {
    const t = squash(text);
    if (t) out.push({ page, place, text: t, ...context(), ...extra });
  };

  /** Text held in attributes: read with the element itself on the stack, so an SVG's label shares the SVG's row and state. */
  const attrSegments = (tag: string, attrs: Record<string, string>) => {
    if (attrs['aria-label']) emit('aria-label', attrs['aria-label']);
    if (attrs.alt) emit('alt', attrs.alt);
    if (attrs.title && tag !== 'link') emit('title-attr', attrs.title);
    if (tag === 'meta') {
      const key = attrs.name ?? attrs.property;
      if (key && META_TEXT.has(key) && attrs.content) emit('meta', attrs.content);
    }
  };

  // Header cells of the table being read, by column, to give each data cell its column's heading.
  let heads: string[] = [];
  const TOKEN = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html))) {
    if (m[4] !== undefined) {
      const owner = find((e) => !INLINE.has(e.tag));
      if (owner?.text) {
        const chunk = decodeEntities(m[4]);
        // Words from two elements that touch ("Seven Thousand" + "Wednesday 28 January 2026" in the masthead) are shown apart.
        const last = owner.text.at(-1) ?? '';
        if (owner.text.length && /[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(chunk)) owner.text.push(' ');
        owner.text.push(chunk);
      }
      continue;
    }
    if (m[2] === undefined) continue;
    const tag = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing) {
      const rawAttrs = m[3] ?? '';
      const attrs = parseAttrs(rawAttrs.replace(/\/\s*$/, ''));
      if (tag === 'script' || tag === 'style') {
        const end = html.toLowerCase().indexOf(`</${tag}>`, TOKEN.lastIndex);
        const body = html.slice(TOKEN.lastIndex, end < 0 ? html.length : end);
        TOKEN.lastIndex = end < 0 ? html.length : end + tag.length + 3;
        if (tag === 'script' && attrs.type === 'application/ld+json') {
          const c = context();
          out.push(...jsonSegments(page, JSON.parse(body), 'json-ld', c.chapter ?? headChapter));
        }
        continue;
      }
      const el: El = { tag, attrs, id: nextId++ };
      if (tag === 'table') heads = [];
      if (tag === 'th' || tag === 'td') {
        const tr = find((e) => e.tag === 'tr');
        if (tr) {
          tr.col = (tr.col ?? -1) + 1;
          el.col = tr.col;
        }
      }
      if (tag === 'a' && attrs.href) {
        const owner = find((e) => !INLINE.has(e.tag));
        if (owner) (owner.links ??= []).push(attrs.href);
      }
      if (!INLINE.has(tag)) el.text = [];
      stack.push(el);
      attrSegments(tag, attrs);
      if (tag === 'img' || tag === 'source') {
        const urls = [attrs.src ?? '', ...(attrs.srcset ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')];
        for (const file of urls.map(chartImageFile)) if (file) images.push({ file, page, ...context() });
      }
      if (/\/\s*$/.test(rawAttrs) || VOID.has(tag)) stack.pop();
      continue;
    }
    // Closing tag: pop to the matching element, emitting each block's text.
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.tag !== tag) k--;
    if (k < 0) continue;
    while (stack.length > k) {
      const el = stack[stack.length - 1]!;
      if (el.text) {
        const text = el.text.join('');
        const place = placeOf(el);
        const extra: Partial<Segment> = el.links ? { links: el.links } : {};
        if (el.tag === 'th' && inTag('thead')) heads[el.col ?? 0] = squash(text);
        if (el.tag === 'td' && el.col !== undefined && heads[el.col]) extra.columnHead = heads[el.col];
        // A label placement's numbered marker and the number that opens its key line refer to each other; they are
        // not figures (src/charts/scene/place-labels.ts). The key line's words are read like any label.
        if (!hasClass(el, 'label-marker')) emit(place, hasClass(el, 'label-key') ? text.replace(/^\s*\d+\s+/, '') : text, extra);
      }
      stack.pop();
    }
  }
  return { segments: out, images };
}

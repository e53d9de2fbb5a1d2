// Checks the JSON-LD of both builds: one NewsArticle on the article and each chapter page (none elsewhere), valid against the schema.org vocabulary, every chart based on a Dataset, and every URL in it that points into the site resolving to a built file (and id).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { validateJsonLd } from '../unit/site/structured-data/schema-org';
import { filesUnder } from './licence-check';

const BUILDS = [
  { dir: 'dist', base: '/' },
  { dir: 'tests/.output/dist-sub', base: '/news/2026/sp500-7000/' },
];
const built = (dir: string) => existsSync(join(dir, 'index.html'));

/** The JSON-LD blocks of a page. */
const blocks = (html: string): unknown[] => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** Every string in a JSON value that is an http(s) address. */
function urlsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string' && /^https?:\/\//.test(v)) out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => urlsIn(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => urlsIn(x, out));
  return out;
}

/** Every object in a JSON value with the given @type. */
function ofType(v: unknown, type: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) v.forEach((x) => ofType(x, type, out));
  else if (v && typeof v === 'object') {
    if ((v as Record<string, unknown>)['@type'] === type) out.push(v as Record<string, unknown>);
    Object.values(v).forEach((x) => ofType(x, type, out));
  }
  return out;
}

test('the site is built (npm test builds first; run `npx astro build` before running this file alone)', () => {
  expect(built('dist')).toBe(true);
});

for (const { dir, base } of BUILDS.filter((b) => built(b.dir))) {
  describe(`${dir}: structured data`, () => {
    const pages = filesUnder(dir).filter((f) => f.endsWith('.html'));
    const article = join(dir, 'index.html');
    const chapterPages = pages.filter((p) => /\/[a-z0-9-]+\/index\.html$/.test(p.slice(dir.length)) && !p.includes('/embed/') && p !== article);

    test('the article and every chapter page carry exactly one JSON-LD NewsArticle; embeds and the 404 page none', () => {
      expect(chapterPages.length).toBeGreaterThan(0);
      for (const p of [article, ...chapterPages]) {
        const found = blocks(readFileSync(p, 'utf8'));
        expect(found.length, p).toBe(1);
        expect((found[0] as Record<string, unknown>)['@type'], p).toBe('NewsArticle');
      }
      for (const p of pages.filter((p) => p.includes('/embed/') || p.endsWith('404.html'))) expect(blocks(readFileSync(p, 'utf8')), p).toEqual([]);
    });

    test.each([article, ...chapterPages].map((p) => [p]))('%s: valid against the schema.org vocabulary', async (p) => {
      const [doc] = blocks(readFileSync(p, 'utf8'));
      expect((await validateJsonLd(doc as object)).map((i) => `${i.severity}: ${i.issueMessage}`)).toEqual([]);
    });

    test('the article names every chapter as a part, and every chart drawn is an ImageObject based on a Dataset with creator, licence and coverage', () => {
      const [doc] = blocks(readFileSync(article, 'utf8')) as Record<string, unknown>[];
      expect((doc!['hasPart'] as unknown[]).length).toBe(chapterPages.length);
      const images = ofType(doc, 'ImageObject');
      expect(new Set(images.map((i) => i['name'])).size).toBe(charts.length);
      for (const image of images) {
        const d = image['isBasedOn'] as Record<string, unknown>;
        expect(d['@type']).toBe('Dataset');
        for (const field of ['creator', 'license', 'temporalCoverage', 'creditText', 'description']) expect(d[field], `${image['name']}: ${field}`).toBeTruthy();
      }
    });

    test('a Dataset lists a CSV distribution exactly when the chart offers CSVs, and each is a built file', () => {
      const [doc] = blocks(readFileSync(article, 'utf8'));
      for (const d of ofType(doc, 'Dataset')) {
        const meta = JSON.parse(readFileSync(join(dir, new URL(String(d['url'])).pathname.slice(base.length)), 'utf8'));
        const csvs = meta.states.filter((s: { csv: string | null }) => s.csv !== null).map((s: { csv: string }) => s.csv);
        const listed = ((d['distribution'] as { contentUrl: string }[] | undefined) ?? []).map((x) => x.contentUrl);
        expect(listed.sort(), String(d['name'])).toEqual(csvs.sort());
      }
    });

    test('every URL in the JSON-LD that points into the site resolves to a built file under the base (and its #id)', () => {
      const origin = new URL(String((blocks(readFileSync(article, 'utf8'))[0] as Record<string, unknown>)['url'])).origin;
      const problems: string[] = [];
      let checked = 0;
      for (const p of [article, ...chapterPages]) {
        for (const u of new Set(urlsIn(blocks(readFileSync(p, 'utf8'))))) {
          const url = new URL(u);
          if (url.origin !== origin) continue;
          checked++;
          if (!url.pathname.startsWith(base)) {
            problems.push(`${p}: ${u} is outside the base ${base}`);
            continue;
          }
          const rel = decodeURIComponent(url.pathname.slice(base.length));
          const file = join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
          if (!existsSync(file)) problems.push(`${p}: ${u} has no file ${file}`);
          else if (url.hash.length > 1 && !readFileSync(file, 'utf8').includes(`id="${url.hash.slice(1)}"`)) problems.push(`${p}: ${u}: no id "${url.hash.slice(1)}" in ${file}`);
        }
      }
      console.log(`${dir}: ${checked} URLs into the site checked in the JSON-LD`);
      expect(checked).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });
}

// Checks both builds (dist/ and, when built, tests/.output/dist-sub/) against the licence manifest: no served file holds more rows of a restricted series than allowed, no withheld download exists, every chart has its package; a generated fixture proves the check catches copies.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry';
import { chartPackage, downloadableStates } from '../../src/site/licences/data-package';
import { licences } from '../../src/site/licences/manifest';
import { restrictedSeries } from '../../src/site/licences/series';
import { describe as describeFinding, filesUnder, maxDecimals, restrictedRowsIn, sceneGeometry, svgGeometry, withheldOriginals } from './licence-check';

const BUILDS = ['dist', 'tests/.output/dist-sub'];
const built = (dir: string) => existsSync(join(dir, 'index.html'));
const series = restrictedSeries();

/** Scene files hold plot fractions to 4 decimals (under 0.1 px at the widest layout); chart images, pixels to 1 decimal. */
const SCENE_DECIMALS = 4;
const SVG_DECIMALS = 1;

test('the site is built (npm test builds first; run `npx astro build` before running this file alone)', () => {
  expect(built('dist')).toBe(true);
});

for (const dir of BUILDS.filter(built)) {
  describe(`${dir}: what the build passes on obeys content/data/licences.json`, () => {
    const { all, over } = restrictedRowsIn(dir, series);

    test('no file holds more rows of a restricted series than its manifest allows', () => {
      const most = new Map<string, string>();
      for (const f of all) if (!most.has(f.dataSet) || Number(most.get(f.dataSet)!.split(' ')[0]) < f.rows) most.set(f.dataSet, `${f.rows} rows in ${f.file} (allowed ${f.allowed})`);
      console.log(`${dir}: most rows of each restricted series in one file:\n${[...most].map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
      expect(over.map(describeFinding)).toEqual([]);
    });

    test('no original file of a data set that may not be passed on whole', () => {
      expect(withheldOriginals(dir)).toEqual([]);
      const originals = existsSync(join(dir, 'data/original')) ? readdirSync(join(dir, 'data/original')).filter((f) => f.endsWith('.csv')).sort() : [];
      expect(originals).toEqual(licences.filter((d) => d.redistribution === 'all').map((d) => d.file).sort());
    });

    test('a CSV download exists exactly for the chart states whose rows may be passed on', () => {
      const csvs = readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.csv')).sort();
      expect(csvs).toEqual(downloadableStates(charts.map((c) => c.id)).map((s) => `${s.chart}-${s.state}.csv`).sort());
    });

    test.each(charts.map((c) => c.id))('chart %s has its metadata.json: every state, every data set with licence, credit, units and where to get it', (id) => {
      const meta = JSON.parse(readFileSync(join(dir, 'data', `${id}.metadata.json`), 'utf8'));
      const pkg = chartPackage(id);
      expect(meta.states.map((s: { state: string }) => s.state)).toEqual(pkg.states.map((s) => s.state));
      for (const s of meta.states) {
        if (s.csv === null) expect(s.restricted.get_it_from.length, `${id}/${s.state}: where to get the series`).toBeGreaterThan(0);
        else expect(s.csv).toMatch(new RegExp(`/data/${id}-${s.state}\\.csv$`));
      }
      for (const d of meta.data_sets) {
        for (const field of ['licensor', 'licence', 'allows', 'units', 'measure', 'time_zone', 'as_of']) expect(d[field], `${id}: ${d.file} ${field}`).toBeTruthy();
        expect(d.credit.length).toBeGreaterThan(0);
        expect(d.get_it_from.length).toBeGreaterThan(0);
      }
      expect(meta.notes).toMatch(/#notes-data$/);
    });

    test('drawings hold positions, not values: scene coordinates to at most 4 decimals of the plot, chart images to 0.1 px', () => {
      const scenes = filesUnder(join(dir, 'scenes')).filter((f) => f.endsWith('.json'));
      const images = filesUnder(join(dir, 'charts')).filter((f) => f.endsWith('.svg'));
      expect(scenes.length).toBe(charts.length);
      for (const f of scenes) expect(maxDecimals(sceneGeometry(readFileSync(f, 'utf8'))), f).toBeLessThanOrEqual(SCENE_DECIMALS);
      for (const f of images) expect(maxDecimals(svgGeometry(readFileSync(f, 'utf8'))), f).toBeLessThanOrEqual(SVG_DECIMALS);
    });
  });
}

describe('the check catches copies (a fixture site generated from content/data)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'licence-fixture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rowsOf = (file: string, n: number) => csvParse(readFileSync(`content/data/${file}`, 'utf8')).slice(0, n);
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const closes = readFileSync('content/data/sp500_daily_close.csv', 'utf8').split('\n');
  // A CSV with 40 daily closes, as a download might carry them.
  write('data/leak.csv', `${closes.slice(0, 41).join('\n')}\n`);
  // Two rows only: quoted figures, allowed.
  write('data/quoted.csv', `${closes.slice(0, 3).join('\n')}\n`);
  // A JSON file of 30 Dow closes with their dates, as a scene or API might carry them.
  write('scenes/leak.json', JSON.stringify(rowsOf('dow_nasdaq_daily_close.csv', 30).map((r) => ({ d: r['date'], v: Number(r['djia_close']) }))));
  // An HTML table of 20 gold futures closes, dates spelled out and numbers with thousands separators.
  const gold = rowsOf('gold_usd_oz_daily_comex_gcf_yahoo.csv', 20).map((r) => {
    const d = new Date(`${r['date']}T00:00:00Z`);
    const spelled = d.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    return `<tr><td><time datetime="${r['date']}">${spelled}</time></td><td class="num">${Number(r['close']).toLocaleString('en-US', { minimumFractionDigits: 1 })}</td></tr>`;
  });
  write('index.html', `<!doctype html><table>${gold.join('')}</table>`);
  // The original of a restricted data set, as data/original/ used to offer it.
  write('data/original/sp500_daily_close.csv', readFileSync('content/data/sp500_daily_close.csv', 'utf8'));
  // A drawing whose coordinates carry the values' full precision.
  write('scenes/precise.json', JSON.stringify({ wide: { s: { marks: [{ type: 'path', points: [[0, 0.123456789]] }] } } }));

  const { all, over } = restrictedRowsIn(dir, series);
  const overIn = (file: string) => over.filter((f) => f.file === file).map((f) => f.dataSet);

  test('a CSV of 40 daily closes fails, naming the data set', () => {
    expect(overIn('data/leak.csv')).toContain('sp500_daily_close.csv');
  });
  test('a JSON file of 30 dated Dow closes fails', () => {
    expect(overIn('scenes/leak.json')).toContain('dow_nasdaq_daily_close.csv');
  });
  test('an HTML table of 20 gold futures closes with spelled-out dates fails', () => {
    expect(overIn('index.html')).toContain('gold_usd_oz_daily_comex_gcf_yahoo.csv');
  });
  test('two quoted rows pass, and are still counted', () => {
    expect(overIn('data/quoted.csv')).toEqual([]);
    expect(all.find((f) => f.file === 'data/quoted.csv' && f.dataSet === 'sp500_daily_close.csv')?.rows).toBe(2);
  });
  test('the original of a restricted data set is found', () => {
    expect(withheldOriginals(dir)).toEqual(['data/original/sp500_daily_close.csv']);
    expect(overIn('data/original/sp500_daily_close.csv')).toContain('sp500_daily_close.csv');
  });
  test('a scene with full-precision coordinates fails the drawing check', () => {
    expect(maxDecimals(sceneGeometry(readFileSync(join(dir, 'scenes/precise.json'), 'utf8')))).toBeGreaterThan(SCENE_DECIMALS);
  });
});

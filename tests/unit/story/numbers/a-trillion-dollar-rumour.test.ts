// Covers src/story/numbers/a-trillion-dollar-rumour.ts: each figure chapter 5 quotes equals its source row(s) in the parsed CSV, and the chapter quotes numbers only through them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../../src/story/format';
import { rowKey, SCALE_FILE } from '../../../../src/story/scale';
import { scaleReferencePoints } from '../../../../src/data/scale-reference-points';
import { aTrillionDollarRumourNumbers } from '../../../../src/story/numbers/a-trillion-dollar-rumour';
import { getNumber } from '../../../../src/story/numbers/numbers';

const numbers = aTrillionDollarRumourNumbers();
const byKey = new Map(scaleReferencePoints.map((r) => [rowKey(r), r]));
const rowsOf = (row: string) => row.split(' / ').map((k) => byKey.get(k));
const chapter = readFileSync(new URL('../../../../content/chapters/05-a-trillion-dollar-rumour.mdx', import.meta.url), 'utf8');

describe('each figure comes from its rows', () => {
  test.each(Object.entries(numbers).filter(([, f]) => !f.source.row.startsWith('market_cap rows')))('%s', (id, f) => {
    expect(f.source.file).toBe(SCALE_FILE);
    const rows = rowsOf(f.source.row);
    for (const r of rows) expect(r, `row ${f.source.row}`).toBeDefined();
    const [a, b] = rows as [NonNullable<(typeof rows)[number]>, (typeof rows)[number]];
    switch (f.source.column) {
      case 'value':
        expect(f.value).toBe(a.value);
        expect(f.text).toBe(formatNumber(a.value));
        break;
      case 'as_of':
        expect(f.isDate).toBe(true);
        expect(f.value).toBe(a.as_of);
        break;
      case 'computed: value / 1000 (USD bn to USD tn)':
        expect(f.value).toBe(a.value / 1000);
        expect(Number(f.text)).toBeCloseTo(a.value / 1000, 1);
        break;
      case 'computed: value / value, as a percentage':
        expect(f.value).toBe(Math.round((a.value / b!.value) * 1000) / 10);
        expect(f.text).toBe(`${formatNumber(f.value as number, 1)}%`);
        break;
      case 'computed: value / value':
        expect(f.value).toBe(Math.round((a.value / b!.value) * 10) / 10);
        break;
      default:
        throw new Error(`${id}: unexpected column ${f.source.column}`);
    }
  });

  test('the company count is the number of market values on 15 January 2026', () => {
    const n = scaleReferencePoints.filter((r) => r.category === 'market_cap' && r.as_of === '2026-01-15').length;
    expect(numbers['scale-company-count']).toMatchObject({ value: n, text: String(n) });
    expect(n).toBe(10);
  });
});

describe('the figures the chapter quotes', () => {
  test('ids, texts and values', () => {
    expect(Object.fromEntries(Object.entries(numbers).map(([id, f]) => [id, [f.text, f.value]]))).toEqual({
      'scale-report-date': ['28 January 2026', '2026-01-28'],
      'scale-spacex-proceeds': ['50', 50],
      'scale-spacex-valuation': ['1.5', 1.5],
      'scale-spacex-share': ['3.3%', 3.3],
      'scale-spacex-vs-aramco': ['1.7', 1.7],
      'scale-aramco-listing': ['December 2019', '2019-12'],
      'scale-aramco-proceeds-reuters': ['29', 29],
      'scale-aramco-proceeds-base': ['25.6', 25.6],
      'scale-aramco-valuation': ['1.7', 1.7],
      'scale-aramco-share-base': ['1.5%', 1.5],
      'scale-aramco-share-reuters': ['1.7%', 1.7],
      'scale-alibaba-proceeds': ['21.8', 21.8],
      'scale-companies-date': ['15 January 2026', '2026-01-15'],
      'scale-company-count': ['10', 10],
      'scale-nvidia-value': ['4.6', 4.6],
      'scale-tesla-value': ['1.5', 1.5],
      'scale-aramco-market-value': ['1.6', 1.6],
      'scale-nvidia-intraday': ['4.67', 4.67],
    });
  });

  test('the SpaceX ratio is 50 / 29, and both Aramco figures are quoted', () => {
    expect(numbers['scale-spacex-vs-aramco']!.source.row).toBe('SpaceX (reported IPO plan)|proceeds_usd_bn|2026-01-28 / Saudi Aramco (Dec 2019)|proceeds_usd_bn|2019-12');
    expect(chapter).toContain('<Num id="scale-aramco-proceeds-reuters" />');
    expect(chapter).toContain('<Num id="scale-aramco-proceeds-base" />');
  });

  test('dates are marked as dates and numbers are not', () => {
    for (const [id, f] of Object.entries(numbers)) expect(Boolean(f.isDate), id).toBe(typeof f.value === 'string');
  });

  test('they are served under the same ids by numbers.ts', () => {
    for (const [id, f] of Object.entries(numbers)) expect(getNumber(id)).toEqual(f);
  });

  test('the chapter quotes every figure, and names only figures that exist', () => {
    const ids = [...chapter.matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids)).toEqual(new Set(Object.keys(numbers)));
  });

  test('the chapter types no number by hand: every digit is inside a <Num> (the index name "S&P 500" aside)', () => {
    const body = chapter.replace(/^---[\s\S]*?---/, '').replace(/<Num id="[^"]+" \/>/g, '').replace(/S&P 500/g, '');
    expect(body.match(/.{0,30}\d.{0,30}/g)).toBeNull();
    expect(chapter.match(/^---[\s\S]*?---/)![0]).not.toMatch(/\d/);
  });

  test('the chapter says the SpaceX plan is unconfirmed and unverified', () => {
    expect(chapter).toContain('could not verify');
    expect(chapter).toContain('reported plan, unconfirmed');
    expect(chapter).toContain('Nothing about the plan is confirmed');
  });
});

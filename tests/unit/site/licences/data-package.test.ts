// Covers src/site/licences/data-package.ts and summary-rows.ts: coverage in ISO 8601, as-of dates, each chart's package (CSV or where to get the series), the shown rows of a withheld state.
import { describe, expect, test } from 'vitest';
import { charts, getChart } from '../../../../src/charts/registry';
import { asOf, chartPackage, coverage, dataSetEntry } from '../../../../src/site/licences/data-package';
import { summaryRows } from '../../../../src/site/licences/summary-rows';

test('coverage: first and last date among the cells, quarters as months', () => {
  expect(coverage({ columns: [], rows: [{ q: '2021Q1' }, { q: '2025Q4' }] })).toEqual({ from: '2021-01', to: '2025-12' });
  expect(coverage({ columns: [], rows: [{ d: '2026-01-28', m: '2019-12' }, { d: '2024-11-11', n: 5 }] })).toEqual({ from: '2019-12', to: '2026-01-28' });
  expect(coverage({ columns: [], rows: [{ n: 1 }] })).toBeNull();
});

test('as-of: the newest date in a data file', () => {
  expect(asOf('fed_funds_target_range.csv')).toBe('2026-01-29');
  expect(asOf('sp500_daily_close.csv')).toBe('2026-08-21');
});

describe('every chart has a package', () => {
  test.each(charts.map((c) => [c.id]))('%s: each state has a CSV or where to get the series; each data set its terms', (id) => {
    const p = chartPackage(id);
    expect(p.states.map((s) => s.state)).toEqual([...getChart(id).states]);
    for (const s of p.states) {
      if (s.csv) expect(s.csv).toBe(`data/${id}-${s.state}.csv`);
      else expect(s.restricted!.get_it_from.length).toBeGreaterThan(0);
    }
    for (const d of p.data_sets) expect(d.original === null).toBe(d.redistribution !== 'all');
  });
});

test('a restricted data set offers no original; an open one does', () => {
  expect(dataSetEntry('sp500_daily_close.csv').original).toBeNull();
  expect(dataSetEntry('gold_usd_oz_monthly.csv').original).toBe('data/original/gold_usd_oz_monthly.csv');
});

test('a withheld state shows its first, lowest, highest and last rows', () => {
  const data = { columns: [], valueColumn: 'v', rows: [1, 5, 0, 9, 3, 4].map((v, i) => ({ i, v })) };
  expect(summaryRows(data).map((r) => r['i'])).toEqual([0, 2, 3, 5]);
  expect(summaryRows({ ...data, valueColumn: undefined }).map((r) => r['i'])).toEqual([0, 5]);
  expect(summaryRows({ ...data, rows: data.rows.slice(0, 2) }).length).toBe(2);
});

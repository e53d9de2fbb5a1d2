// Covers src/site/licences/chart-data-sets.ts: every chart state names the data sets it draws, and what it draws holds rows of no restricted data set it does not name.
import { describe, expect, test } from 'vitest';
import { charts } from '../../../../src/charts/registry';
import { stateDataToCsv } from '../../../../src/charts/table/to-csv';
import { chartDataSets, stateDataSets } from '../../../../src/site/licences/chart-data-sets';
import { rowsIn } from '../../../../src/site/licences/find-rows';
import { restrictedSeries } from '../../../../src/site/licences/series';

test('the table names exactly the charts and states the registry has', () => {
  expect(Object.keys(chartDataSets).sort()).toEqual(charts.map((c) => c.id).sort());
  for (const c of charts) expect(Object.keys(chartDataSets[c.id]!).sort(), c.id).toEqual([...c.states].sort());
});

test('an unknown chart or state throws naming what exists', () => {
  expect(() => stateDataSets('nope', 'x')).toThrow(/no entry for chart "nope"/);
  expect(() => stateDataSets('climb', 'nope')).toThrow(/chart "climb" has no entry for state "nope"; expected one of: long-view/);
});

describe('each state draws rows only of the restricted data sets it names', () => {
  // A state's table dates every row, so only a value on its own date counts (a lone value equal to another series' is chance).
  const DATED = { valuesAlone: false };
  const series = restrictedSeries();
  const cases = charts.flatMap((c) => c.states.map((s) => [c.id, s] as const));
  test.each(cases)('%s / %s', (chart, state) => {
    const csv = stateDataToCsv(charts.find((c) => c.id === chart)!.data(state));
    const named = stateDataSets(chart, state);
    const namedRows = series.filter((s) => named.includes(s.file)).flatMap((s) => rowsIn(csv, s, 'x.csv', DATED));
    // A row of an unnamed data set is explained when a named one holds the same date and value (the S&P 500 close is in three files).
    const explained = (r: { readings: { date: string; values: number[] }[] }) =>
      namedRows.some((n) => n.readings.some((a) => r.readings.some((b) => a.date === b.date && a.values.some((v) => b.values.includes(v)))));
    const unnamed = series
      .filter((s) => !named.includes(s.file))
      .flatMap((s) => rowsIn(csv, s, 'x.csv', DATED).filter((r) => !explained(r)).map((r) => r.key));
    expect(unnamed).toEqual([]);
  });
});

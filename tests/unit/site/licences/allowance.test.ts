// Covers src/site/licences/allowance.ts: what each level allows in words, and which chart states may offer their rows (quoted figures yes, restricted series no).
import { describe, expect, test } from 'vitest';
import { getChart } from '../../../../src/charts/registry';
import { allowanceInWords, seriesRowsIn, stateAllowance } from '../../../../src/site/licences/allowance';
import { licenceOf, type DataSetLicence } from '../../../../src/site/licences/manifest';

const full = (chart: string, state: string) => stateAllowance(chart, state, getChart(chart).data(state)).full;

describe('which states may offer their rows', () => {
  test.each([
    ['climb', 'from-6000', false],
    ['climb', 'long-view', false],
    ['climb', 'jan28', true],
    ['climb', 'milestones', true],
    ['day', 'day', true],
    ['indices', 'year', false],
    ['indices', 'dow-lags', false],
    ['indices', 'ytd', false],
    ['gold', 'daily', false],
    ['gold', 'long-view', true],
    ['gold', 'records', true],
    ['fed', 'hold', true],
    ['orders', 'beat', true],
    ['scale', 'companies', true],
  ] as const)('%s / %s: %s', (chart, state, expected) => {
    expect(full(chart, state)).toBe(expected);
  });

  test('a withheld state says whose series it is and why', () => {
    const a = stateAllowance('climb', 'from-6000', getChart('climb').data('from-6000'));
    expect(a.full).toBe(false);
    if (!a.full) {
      expect(a.reason).toBe('These 303 rows are a series owned by S&P Dow Jones Indices LLC; the owners’ terms allow quoting single figures, not passing the series on.');
      expect(a.restricted.map((d) => d.file)).toEqual(['sp500_daily_close.csv']);
    }
  });
});

test('rows of a series are counted by distinct dates, however the state writes its values (rebased, gaps)', () => {
  const lags = getChart('indices').data('dow-lags');
  expect(seriesRowsIn(lags, 'dow_nasdaq_daily_close.csv')).toBe(lags.rows.length);
  expect(seriesRowsIn(getChart('day').data('day'), 'sp500_daily_ohlc_yahoo.csv')).toBe(1);
  expect(seriesRowsIn(getChart('climb').data('long-view'), 'sp500_monthly.csv')).toBeGreaterThan(1000);
});

test('each level in words', () => {
  expect(allowanceInWords(licenceOf('fed_funds_target_range.csv'))).toMatch(/^You may copy and republish the whole data set/);
  expect(allowanceInWords(licenceOf('sp500_daily_close.csv'))).toMatch(/^Derived figures only: .* no download of more than 16 of its rows\.$/);
  expect(allowanceInWords({ ...licenceOf('sp500_daily_close.csv'), redistribution: 'nothing' } as DataSetLicence)).toMatch(/^Nothing:/);
});

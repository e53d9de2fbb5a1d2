// Covers src/site/licences/credit.ts: a chart's source line is its own provenance plus the manifest's credits of the data sets it draws, once each; no chart writes a credit of its own.
import { expect, test } from 'vitest';
import { charts } from '../../../../src/charts/registry';
import { chartFiles } from '../../../../src/site/licences/chart-data-sets';
import { creditsOf, sourceLine } from '../../../../src/site/licences/credit';

test('the line ends with "Credit:" and each distinct credit of the chart\'s data sets', () => {
  expect(sourceLine('climb', 'Source: here')).toBe('Source: here. Credit: S&P 500 © S&P Dow Jones Indices LLC; monthly series to June 2023: Robert Shiller.');
  expect(sourceLine('fed', 'Source: the Fed.')).toBe('Source: the Fed. Credit: Federal Reserve Board.');
});

test.each(charts.map((c) => [c.id, c] as const))('chart %s: its source line carries every credit of its data sets, and © only there', (id, chart) => {
  const [provenance, credit] = chart.source.split(' Credit: ');
  expect(credit, 'a credit part').toBeDefined();
  for (const c of creditsOf(chartFiles(id))) expect(credit).toContain(c);
  expect(provenance, 'credits come from the manifest, not the chart').not.toMatch(/©|copyright/i);
});

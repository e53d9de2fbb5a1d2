/** A chart's source line: how its figures were obtained (the chart's own words) and the owners' credits, from the licence manifest only. */
import { chartFiles } from './chart-data-sets';
import { licenceOf } from './manifest';

/** The distinct credit lines of `files`, in order. */
export const creditsOf = (files: readonly string[]): string[] => [...new Set(files.flatMap((f) => licenceOf(f).credit))];

/**
 * The source line of chart `chart`: `provenance` (where the figures came from and what was computed, written in the
 * chart's definition; no © or licence wording there) followed by "Credit:" and the manifest's credit of every data set
 * the chart draws. The one place a chart's credits come from.
 */
export function sourceLine(chart: string, provenance: string): string {
  const lead = provenance.trim().replace(/[.;,]?$/, '.');
  const credits = creditsOf(chartFiles(chart)).join('; ');
  return `${lead} Credit: ${credits}${/[.!?]$/.test(credits) ? '' : '.'}`;
}

/** What the manifest allows, applied: in words for readers, and per chart state whether its rows may be downloaded or shown in full. */
import type { StateData } from '../../charts/define-chart';
import { stateDataSets } from './chart-data-sets';
import { licenceOf, type DataSetLicence } from './manifest';
import { restrictedSeries, type Series } from './series';
import { formatNumber } from '../../story/format';

/** What a reader may do with a data set, in one sentence. */
export function allowanceInWords(d: DataSetLicence): string {
  switch (d.redistribution) {
    case 'all':
      return 'You may copy and republish the whole data set, with the credit below; this site offers the file as received and the rows of every chart.';
    case 'figures':
      return `Derived figures only: you may quote single figures from it, as this story does (levels on named days, the first, lowest, highest and last of a chart's rows, figures computed from them), with the credit below. The series itself needs the owner's licence; this site offers no file of it and no download of more than ${d.quote_limit} of its rows.`;
    case 'nothing':
      return 'Nothing: the owner’s terms allow no use here; the story neither shows nor offers it.';
  }
}

let series: Map<string, Series> | undefined;
const seriesOf = (file: string): Series | undefined => (series ??= new Map(restrictedSeries().map((s) => [s.file, s]))).get(file);

/**
 * The distinct dates of `file`'s series among a state's cells: how many of its rows the state holds, whether it shows
 * them as written or transformed (a rebased line, a gap between two indices is still one row per day of the series).
 */
export function seriesRowsIn(data: StateData, file: string): number {
  const s = seriesOf(file);
  if (!s) return 0;
  const dates = new Set(s.rows.flatMap((r) => r.readings.map((x) => x.date)));
  const found = new Set<string>();
  for (const row of data.rows) {
    for (const cell of Object.values(row)) {
      if (typeof cell !== 'string') continue;
      if (dates.has(cell)) found.add(cell);
      else if (dates.has(cell.slice(0, 7)) && /^\d{4}-\d{2}(-01)?$/.test(cell)) found.add(cell.slice(0, 7));
    }
  }
  return found.size;
}

/** Whether a chart state's rows may be offered as a download (and shown as a full table), and if not, why and whose they are. */
export type StateAllowance = { full: true } | { full: false; restricted: DataSetLicence[]; reason: string };

export function stateAllowance(chart: string, state: string, data: StateData): StateAllowance {
  const over = stateDataSets(chart, state)
    .map(licenceOf)
    .filter((d) => d.redistribution === 'nothing' || (d.redistribution === 'figures' && seriesRowsIn(data, d.file) > d.quote_limit!));
  if (!over.length) return { full: true };
  const owners = [...new Set(over.map((d) => d.licensor))].join('; ');
  return {
    full: false,
    restricted: over,
    reason: `These ${formatNumber(data.rows.length)} rows are a series owned by ${owners}; the owners’ terms allow quoting single figures, not passing the series on.`,
  };
}

/** A chart's data package: per state its CSV (where the manifest allows) and coverage, per data set its owner, licence, credit and units. */
import { csvParse } from 'd3-dsv';
import { getChart } from '../../charts/registry';
import { sizeClasses } from '../../charts/scene/size-classes';
import type { StateData } from '../../charts/define-chart';
import { allowanceInWords, stateAllowance } from './allowance';
import { chartFiles } from './chart-data-sets';
import { licenceOf } from './manifest';

/** Where a chart's files live under the site's base: its states' CSVs and its metadata. */
export const DATA_DIR = 'data';
export const stateCsvPath = (chart: string, state: string): string => `${DATA_DIR}/${chart}-${state}.csv`;
export const metadataPath = (chart: string): string => `${DATA_DIR}/${chart}.metadata.json`;
export const originalPath = (file: string): string => `${DATA_DIR}/original/${file}`;
/** The notes' list of data sets, with each one's licence in words. */
export const NOTES_DATA_PATH = '#notes-data';

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?|Q[1-4])$/;

/** A date-like cell as ISO 8601: days and months as written, a quarter as its first (`start`) or last month. */
const iso = (cell: string, start: boolean): string => {
  const q = /^(\d{4})Q([1-4])$/.exec(cell);
  return q ? `${q[1]}-${String(Number(q[2]) * 3 - (start ? 2 : 0)).padStart(2, '0')}` : cell;
};

/** First and last date (day, month or quarter, in ISO 8601) among a state's cells; null when it holds none. */
export function coverage(data: StateData): { from: string; to: string } | null {
  const cells = data.rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string' && DATE_LIKE.test(v)));
  if (!cells.length) return null;
  return { from: cells.map((c) => iso(c, true)).sort()[0]!, to: cells.map((c) => iso(c, false)).sort().at(-1)! };
}

const texts = import.meta.glob<string>('../../../content/data/*.csv', { query: '?raw', import: 'default', eager: true });

/** The newest date any cell of a data file holds: how current the data set is. */
export function asOf(file: string): string | null {
  const text = texts[`../../../content/data/${file}`];
  if (text === undefined) throw new Error(`data package: content/data/${file} not found`);
  const dates = csvParse(text).flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string' && DATE_LIKE.test(v)));
  return dates.length ? dates.sort()[dates.length - 1]! : null;
}

export interface PackageState {
  state: string;
  title: string;
  rows: number;
  coverage: { from: string; to: string } | null;
  /** Path of its CSV under the base, or null where the manifest does not allow it. */
  csv: string | null;
  /** Why there is no CSV, and where to get the data instead. */
  restricted?: { reason: string; get_it_from: { name: string; url: string }[] };
}

export interface ChartPackage {
  chart: string;
  title: string;
  source: string;
  states: PackageState[];
  data_sets: ReturnType<typeof dataSetEntry>[];
}

/** A data set as a package describes it: owner, licence, what it allows, credit, units, measure, time zone, as-of. */
export function dataSetEntry(file: string) {
  const d = licenceOf(file);
  return {
    file: d.file,
    title: d.title,
    licensor: d.licensor,
    licence: d.licence,
    terms: d.terms,
    redistribution: d.redistribution,
    ...(d.quote_limit === undefined ? {} : { quote_limit: d.quote_limit }),
    allows: allowanceInWords(d),
    credit: d.credit,
    measure: d.measure,
    units: d.units,
    time_zone: d.time_zone,
    as_of: asOf(file),
    get_it_from: d.get_it_from,
    /** Path of the file as received under the base, or null where only figures may be passed on. */
    original: d.redistribution === 'all' ? originalPath(file) : null,
  };
}

/** The package of chart `id`: paths are relative to the site's base (the metadata route makes them absolute). */
export function chartPackage(id: string): ChartPackage {
  const chart = getChart(id);
  return {
    chart: id,
    title: chart.title,
    source: chart.source,
    states: chart.states.map((state): PackageState => {
      const data = chart.data(state);
      const allowance = stateAllowance(id, state, data);
      const base = { state, title: chart.scene(state, sizeClasses.wide).title, rows: data.rows.length, coverage: coverage(data) };
      if (allowance.full) return { ...base, csv: stateCsvPath(id, state) };
      return { ...base, csv: null, restricted: { reason: allowance.reason, get_it_from: allowance.restricted.flatMap((d) => d.get_it_from) } };
    }),
    data_sets: chartFiles(id).map(dataSetEntry),
  };
}

/** Every state of every chart whose CSV the manifest allows. */
export const downloadableStates = (ids: readonly string[]): { chart: string; state: string }[] =>
  ids.flatMap((id) => chartPackage(id).states.filter((s) => s.csv !== null).map((s) => ({ chart: id, state: s.state })));

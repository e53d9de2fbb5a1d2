/** Writes a state's drawn rows as CSV: the download offered beside every chart. */
import { csvFormatRows } from 'd3-dsv';
import type { StateData } from '../define-chart';

export function stateDataToCsv(data: StateData): string {
  const keys = data.columns.map((c) => c.key);
  return `${csvFormatRows([keys, ...data.rows.map((r) => keys.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))))])}\n`;
}

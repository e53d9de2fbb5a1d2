/** Keeps a long table readable: its first, lowest, highest and last rows (the CSV download has all). */
import type { StateData } from '../define-chart';

export const MAX_TABLE_ROWS = 24;

export function shortenRows(data: StateData): { rows: StateData['rows']; shortened: boolean } {
  const { rows, valueColumn } = data;
  if (rows.length <= MAX_TABLE_ROWS || !valueColumn) return { rows, shortened: false };
  const value = (r: StateData['rows'][number]) => Number(r[valueColumn]);
  let lo = 0;
  let hi = 0;
  rows.forEach((r, i) => {
    if (value(r) < value(rows[lo]!)) lo = i;
    if (value(r) > value(rows[hi]!)) hi = i;
  });
  const keep = [...new Set([0, lo, hi, rows.length - 1])].sort((a, b) => a - b);
  return { rows: keep.map((i) => rows[i]!), shortened: true };
}

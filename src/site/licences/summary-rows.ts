/** The rows of a restricted state that a page may show: its first, lowest, highest and last (first and last without a value column). */
import type { StateData } from '../../charts/define-chart';

export function summaryRows(data: StateData): StateData['rows'] {
  const { rows, valueColumn } = data;
  if (rows.length <= 2) return rows;
  const keep = new Set([0, rows.length - 1]);
  if (valueColumn) {
    const value = (i: number) => Number(rows[i]![valueColumn]);
    let lo = 0;
    let hi = 0;
    rows.forEach((_, i) => {
      if (value(i) < value(lo)) lo = i;
      if (value(i) > value(hi)) hi = i;
    });
    keep.add(lo).add(hi);
  }
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}

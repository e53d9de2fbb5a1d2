/** How a data-table cell is written: numbers with thousands commas, ISO days and months spelled out, gaps named. */
import { formatDate, formatExact } from '../../story/format';

export interface TableCell {
  /** What the table shows. */
  text: string;
  /** Machine form of a date, for <time datetime>. */
  datetime?: string;
  /** What assistive technology reads instead of `text`, where the text is a symbol. */
  spoken?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * 1861 -> "1,861", 8.271 -> "8.271" (every decimal the data has, unless the column's `format` fixes the
 * decimals: 6978.6 -> "6,978.60"); "2024-11-11" -> "11 November 2024"; "1871-01" -> "January 1871"; no value -> "–", read as "none".
 */
export function tableCell(value: string | number | null | undefined, format: (value: number) => string = formatExact): TableCell {
  if (value === null || value === undefined || value === '') return { text: '–', spoken: 'none' };
  if (typeof value === 'number') return { text: format(value) };
  const day = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : MONTH.test(value) ? new Date(`${value}-01T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime())) return { text: value };
  return { text: formatDate(day, DAY.test(value) ? 'long' : 'monthYear'), datetime: value };
}

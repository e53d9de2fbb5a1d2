/** Number and date formats used in charts and prose: commas for thousands, dates spelled out. */

const fixed = new Map<number, Intl.NumberFormat>();

/** 7002.28 -> "7,002.28"; `digits` fixes the decimals (default: as many as needed, up to 2). */
export function formatNumber(value: number, digits?: number): string {
  if (digits === undefined) return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
  let f = fixed.get(digits);
  if (!f) fixed.set(digits, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}

/** A formatter with fixed decimals, for a table column that must match the prose: withDecimals(2)(6978.6) -> "6,978.60". */
export const withDecimals = (digits: number) => (value: number): string => formatNumber(value, digits);

/** A number with every decimal it has, grouped: 8.271 -> "8.271", 4168 -> "4,168" (for data tables). */
export function formatExact(value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return formatNumber(value, decimals);
}

/** 0.1667 -> "+16.7%" (one decimal, trailing ".0" dropped). */
export function formatPercentChange(ratio: number): string {
  const pct = Math.round(ratio * 1000) / 10;
  return `${pct >= 0 ? '+' : ''}${formatNumber(pct, Number.isInteger(pct) ? 0 : 1)}%`;
}

/** Billions as the sources give them: up to three decimals, none added or dropped (9.186, 7.05, 13.2). */
const billions = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
export const formatBillions = (v: number): string => billions.format(v);

/** A ratio to one decimal, as charts and prose quote it ("1.9"). */
export const formatRatio = (v: number): string => (Math.round(v * 10) / 10).toFixed(1);

const dateFormats = {
  long: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  short: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
  dayMonth: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }),
  weekdayDayMonth: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }),
  monthYear: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
  shortMonthYear: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }),
} as const;

export type DateStyle = keyof typeof dateFormats;

/** Formats a UTC date: long "28 January 2026", short "28 Jan 2026", monthYear "January 2026", … */
export function formatDate(date: Date, style: DateStyle = 'long'): string {
  // Some ICU versions abbreviate September as "Sept"; keep three letters like the other months.
  return dateFormats[style].format(date).replace(/\bSept\b/, 'Sep');
}

/** ISO form of a UTC date: "2026-01-28". */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A number quoted in prose (<Num id>): its display text, machine value and the data row it comes from. */

export interface QuotedNumber {
  /** What the reader sees, e.g. "7,002.28" or "15 April 2026". */
  text: string;
  /** Machine-readable value: a number, or an ISO date for dates. */
  value: number | string;
  /**
   * Where it comes from: data file, row and column. `row` is the row's key value, or for files with no
   * single key the identifying cells joined by "|" (e.g. "Tesla|market_cap_usd_bn|2026-01-15");
   * `column` is a column name, or "computed: …" for arithmetic on rows.
   */
  source: { file: string; row: string; column: string };
  /** Set for dates, so the markup can use <time datetime>. */
  isDate?: boolean;
}

// The days a date key stands for (a date, a month, a quarter) as its first and last ISO day, to compare keys of different precision.

export interface KeySpan {
  key: string;
  first: string;
  last: string;
}

const p2 = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number) => `${y}-${p2(m)}-${p2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** The first and last day of a key written YYYY-MM-DD, YYYY-MM or YYYYQn; undefined for anything else. */
export function spanOf(key: string): KeySpan | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return { key, first: key, last: key };
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return { key, first: `${key}-01`, last: monthEnd(+m[1]!, +m[2]!) };
  const q = /^(\d{4})Q([1-4])$/.exec(key);
  if (q) return { key, first: `${q[1]}-${p2(+q[2]! * 3 - 2)}-01`, last: monthEnd(+q[1]!, +q[2]! * 3) };
  return undefined;
}

/** Whether span a lies within span b. */
export const inside = (a: KeySpan, b: Pick<KeySpan, 'first' | 'last'>) => a.first >= b.first && a.last <= b.last;

/** The earliest-starting and latest-ending of the spans (the most precise on a tie); undefined if there are none. */
export function ends(spans: KeySpan[]): { start: KeySpan; end: KeySpan } | undefined {
  if (!spans.length) return undefined;
  const width = (s: KeySpan) => Date.parse(s.last) - Date.parse(s.first);
  const start = spans.reduce((a, b) => (b.first < a.first || (b.first === a.first && width(b) < width(a)) ? b : a));
  const end = spans.reduce((a, b) => (b.last > a.last || (b.last === a.last && width(b) < width(a)) ? b : a));
  return { start, end };
}

/** Drops each span that holds a narrower one ("Dec 2019" once the row's own day, 5 December 2019, is known). */
export function narrowest(spans: KeySpan[]): KeySpan[] {
  const unique = [...new Map(spans.map((s) => [s.key, s])).values()];
  // Keys of different forms never share a span (a day, a month and a quarter differ), so "inside" here means strictly narrower.
  return unique.filter((s) => !unique.some((t) => t !== s && inside(t, s)));
}

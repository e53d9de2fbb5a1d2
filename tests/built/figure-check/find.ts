// Finds the figures in a piece of text: dates, months, quarters, years, times, numbers (with %, units and signs) and number words.
import { decimalsOf } from './decimal';

export type FigureKind = 'date' | 'month' | 'quarter' | 'year' | 'time' | 'number';

export interface Found {
  kind: FigureKind;
  /** The figure as written. */
  text: string;
  /** Offset in the segment's text. */
  index: number;
  /** Dates: YYYY-MM-DD, months YYYY-MM, quarters YYYYQn (also "the final quarter of 2025"), years YYYY, times HH:MM; a date or month written without its year has `year` undefined. */
  day?: number;
  month?: number;
  year?: number;
  quarter?: number;
  weekday?: number;
  time?: string;
  /** Numbers: the digits as shown (no thousands separators, sign kept if written). */
  value?: string;
  decimals?: number;
  signed?: boolean;
  percent?: boolean;
  /** Scale or measure written after the number: bn, tn, m, bp, pp, times (a multiple or a count), fold (a multiple), years, months, days, rows, sessions… */
  unit?: string;
  currency?: string;
  /** Word written before the figure that may restrict it: about, more than, under… */
  qualifier?: Qualifier;
  /** True when written as words ("twice", "seven", "a century and a half"). */
  words?: boolean;
}

export type Qualifier = 'about' | 'more than' | 'less than' | 'almost' | 'just over' | 'up to';

export interface Skipped {
  text: string;
  index: number;
  reason: string;
}

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const weekdayOf = (s: string) => WEEKDAYS.indexOf(s.slice(0, 3).toLowerCase());

/**
 * Text that holds digits but is not a figure: addresses, file and project names, tickers, and names that contain a number.
 * Each is listed with its reason; the check counts them as skipped, not traced.
 */
export const NOT_FIGURES: { pattern: RegExp; reason: string }[] = [
  { pattern: /\bhttps?:\/\/[^\s"<>]+/g, reason: 'a web address' },
  { pattern: /\b[\w.-]+\.(?:csv|md|png|json|html|xls|xlsx)\b/g, reason: 'a file name' },
  { pattern: /\b[\w.-]+\/[\w.^=/-]+/g, reason: 'a project or file path (owner/name)' },
  { pattern: /\^GSPC|\^DJI|\^IXIC|GC=F/g, reason: 'a ticker symbol' },
  { pattern: /S&P 500|S&P Dow Jones/g, reason: 'the index name "S&P 500"' },
  { pattern: /\bNasdaq-100\b/g, reason: 'an index name' },
  { pattern: /\b[A-Za-z]+\d+[A-Za-z\d]*\b/g, reason: 'a name with digits glued to letters (e.g. SP500, DFEDTARU2)' },
  { pattern: /\b(?:Moscow|Singapore time|SGT)\b/g, reason: 'a place name' },
];

/** An ISO 8601 interval of two dates or months (a JSON-LD temporalCoverage): its ends are figures, not a path. */
const ISO_INTERVAL = /^\d{4}-\d{2}(?:-\d{2})?\/\d{4}-\d{2}(?:-\d{2})?$/;

interface Span {
  start: number;
  end: number;
}

/** Finds the figures in a text; `skipped` collects the digit-bearing names and addresses that are not figures. */
export function findFigures(raw: string, skipped: Skipped[] = []): Found[] {
  const text = raw;
  // Most text has no digit and no number word: nothing to find.
  if (!/\d/.test(text) && !ANY_WORD_FIGURE.test(text)) return [];
  const taken: Span[] = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  const take = (s: number, e: number) => taken.push({ start: s, end: e });
  const out: Found[] = [];

  for (const { pattern, reason } of NOT_FIGURES) {
    for (const m of text.matchAll(pattern)) {
      const s = m.index!;
      const e = s + m[0].length;
      // A quarter such as 2025Q4 or the Q4 of "2025 Q4" is a figure, not a name; so are the two ends of an ISO interval ("1871-01/2026-04-15").
      if (/^(?:\d{4})?Q[1-4]$/.test(m[0]) || ISO_INTERVAL.test(m[0])) continue;
      if (!free(s, e)) continue;
      take(s, e);
      if (/\d/.test(m[0])) skipped.push({ text: m[0], index: s, reason });
    }
  }

  const add = (m: RegExpMatchArray, f: Omit<Found, 'text' | 'index'>, group = 0) => {
    const s = m.index! + (group ? m[0].indexOf(m[group]!) : 0);
    const t = group ? m[group]! : m[0];
    if (!free(s, s + t.length)) return false;
    take(s, s + t.length);
    out.push({ ...f, text: t, index: s });
    return true;
  };
  const scan = (re: RegExp, fn: (m: RegExpMatchArray) => void) => {
    for (const m of text.matchAll(re)) fn(m);
  };

  // Quarters: 2025Q4, 2025 Q4, Q4 2025, "the final quarter of 2025" (final and last: the fourth).
  scan(/\b(first|second|third|fourth|final|last) quarter of (\d{4})\b/gi, (m) => add(m, { kind: 'quarter', year: +m[2]!, quarter: QUARTER_WORDS[m[1]!.toLowerCase()]! }));
  scan(/\b(\d{4}) ?Q([1-4])\b/g, (m) => add(m, { kind: 'quarter', year: +m[1]!, quarter: +m[2]! }));
  scan(/\bQ([1-4]) (\d{4})\b/g, (m) => add(m, { kind: 'quarter', year: +m[2]!, quarter: +m[1]! }));
  // ISO dates and months as written in data cells.
  scan(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => add(m, { kind: 'date', year: +m[1]!, month: +m[2]!, day: +m[3]! }));
  // The first day of a pair sharing its month: "27 and 28 January 2026", "27–28 Jan" (the second is found below).
  scan(new RegExp(`(?<![\\d:.,])\\b(\\d{1,2})(?: and | or | to |[–-])(\\d{1,2}) (${MONTH})\\b\\.?(?:,? (\\d{4})\\b)?`, 'g'), (m) =>
    add(m, { kind: 'date', day: +m[1]!, month: monthOf(m[3]!), year: m[4] ? +m[4] : undefined }, 1),
  );
  // Day month [year], with an optional weekday before: "Wednesday 28 January 2026", "Wed 28 Jan", "28 Jan 2026".
  scan(new RegExp(`(?<![\\d:])\\b(?:(${WEEKDAY}),? )?(\\d{1,2}) (${MONTH})\\b\\.?(?:,? (\\d{4})\\b)?`, 'g'), (m) => {
    // A weekday may also follow the date: "28 January 2026, a Wednesday".
    const after = new RegExp(`^,? (?:a |on a )?(${WEEKDAY})\\b`).exec(text.slice(m.index! + m[0].length))?.[1];
    const weekday = m[1] ?? after;
    add(m, { kind: 'date', day: +m[2]!, month: monthOf(m[3]!), year: m[4] ? +m[4] : undefined, weekday: weekday ? weekdayOf(weekday) : undefined });
  });
  // Month day[, year]: "January 15, 2026", "Jan 29".
  scan(new RegExp(`\\b(${MONTH}) (\\d{1,2})\\b(?!:)(?:, (\\d{4})\\b)?`, 'g'), (m) =>
    add(m, { kind: 'date', day: +m[2]!, month: monthOf(m[1]!), year: m[3] ? +m[3] : undefined }),
  );
  // Month year: "January 2026", "Jan 2026", "Feb-2026".
  scan(new RegExp(`\\b(${MONTH})[ -](\\d{4})\\b`, 'g'), (m) => add(m, { kind: 'month', month: monthOf(m[1]!), year: +m[2]! }));
  scan(/\b(\d{4})-(\d{2})\b(?![-\d])/g, (m) => add(m, { kind: 'month', year: +m[1]!, month: +m[2]! }));
  // Times of day: "08:32", "21:53 UTC".
  scan(/\b(\d{1,2}):(\d{2})\b/g, (m) => add(m, { kind: 'time', time: `${m[1]!.padStart(2, '0')}:${m[2]}` }));

  // Numbers, with sign, currency, percent and unit.
  const NUM = /(US\$|USD |EUR |\$|€)?([+\-−])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)( ?%| percent\b)?/g;
  for (const m of text.matchAll(NUM)) {
    const s = m.index!;
    const before = text.slice(0, s);
    let sign: string | undefined = m[2];
    // A minus or plus counts as the number's sign only at the start of a word, not between two numbers ("25.6–29", "13.2 − 7.4").
    if (sign && /[\w.%]$/.test(before)) sign = undefined;
    // Digits glued to a preceding letter or inside a longer token are part of a name, skipped above.
    if (/[A-Za-z_]$/.test(before) && !m[1]) continue;
    const start = s + (m[2] && !sign ? m[0].indexOf(m[3]!) : 0);
    const end = s + m[0].length;
    if (!free(start, end)) continue;
    const digits = m[3]!.replace(/,/g, '') + (m[4] ?? '');
    const after = text.slice(end);
    const unitMatch = /^ ?(bn|billion|tn|trillion|million|m\b|bp\b|basis points?|percentage points?|points?|pts\b|times\b|x\b|-fold|trading days|days|years|months|rows|sessions|meetings|decisions|hikes|cuts|holds|quarters|levels|figures|reports|estimates)/i.exec(after);
    const isYear = !m[1] && !sign && !m[4] && !m[5] && /^\d{4}$/.test(m[3]!) && +m[3]! >= 1800 && +m[3]! <= 2100 && !/^ ?(bn|billion|tn|trillion|%|rows|trading days|days|points)/i.test(after);
    take(start, end);
    const signChar = sign === '−' ? '-' : sign;
    if (isYear) {
      out.push({ kind: 'year', text: text.slice(start, end), index: start, year: +m[3]! });
      continue;
    }
    out.push({
      kind: 'number',
      text: text.slice(start, end),
      index: start,
      value: (signChar === '-' ? '-' : '') + digits,
      decimals: decimalsOf(digits),
      signed: Boolean(signChar),
      percent: Boolean(m[5]),
      unit: unitMatch ? normaliseUnit(unitMatch[1]!) : undefined,
      currency: m[1]?.trim(),
    });
  }

  // Number words: multiples, and counts written as words before a counted noun.
  for (const w of WORD_FIGURES) {
    for (const m of text.matchAll(w.pattern)) {
      const s = m.index!;
      if (!free(s, s + m[0].length)) continue;
      take(s, s + m[0].length);
      // A count written as a word measures what follows it: "twelve months", "two days", else a count.
      const noun = /^[ -](trading days|days|months?|years?)\b/.exec(text.slice(s + m[0].length))?.[1];
      const unit = w.unit ?? (noun ? normaliseUnit(noun.replace(/^(month|year)$/, '$1s')) : 'count');
      out.push({ kind: 'number', text: m[0], index: s, value: String(w.value), decimals: 0, unit, words: true });
    }
  }

  out.sort((a, b) => a.index - b.index);
  inheritRangeUnits(text, out);
  for (const f of out) f.qualifier ??= qualifierBefore(text.slice(Math.max(0, f.index - 24), f.index));
  return out;
}

function normaliseUnit(u: string): string {
  const l = u.toLowerCase();
  if (l === 'billion') return 'bn';
  if (l === 'trillion') return 'tn';
  if (l === 'million' || l === 'm') return 'm';
  if (l.startsWith('basis point')) return 'bp';
  if (l.startsWith('percentage point') || l === 'pts' || l.startsWith('point')) return 'pp';
  if (l === 'x') return 'times';
  if (l === '-fold') return 'fold';
  if (l === 'trading days') return 'days';
  return l;
}

const COUNTED = '(?=[ -](?:milestones|largest|indices|sessions|days|valuations|months|companies|of (?:the|them)|more|times|cuts|hikes|holds|meetings|decisions|quarters|years|rows))';
const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Numbers written as words that make a claim about the data. "one" is left out: it is mostly a pronoun. */
export const WORD_FIGURES: { pattern: RegExp; value: number; unit?: string }[] = [
  { pattern: /\ba century and a half\b/gi, value: 150, unit: 'years' },
  { pattern: /(?<=just over |more than |about )a year\b/gi, value: 1, unit: 'years' },
  { pattern: /\bthousandfold\b/gi, value: 1000, unit: 'fold' },
  { pattern: /\bhundredfold\b/gi, value: 100, unit: 'fold' },
  { pattern: /\btwice\b/gi, value: 2, unit: 'times' },
  { pattern: /\bdoubled?\b/gi, value: 2, unit: 'fold' },
  ...CARDINALS.slice(2).map((w, i) => ({ pattern: new RegExp(`\\b${w}${COUNTED}`, 'gi'), value: i + 2 })),
  ...CARDINALS.slice(2).map((w, i) => ({ pattern: new RegExp(`\\b${w}(?=-month)`, 'gi'), value: i + 2, unit: 'months' })),
];

const ANY_WORD_FIGURE = new RegExp(WORD_FIGURES.map((w) => w.pattern.source).join('|'), 'i');

/** A range written "25.6–29 bn", "1.5–1.7%" or "1.9 to 2.1 times": the first number takes the second's percent sign and unit. */
function inheritRangeUnits(text: string, found: Found[]) {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.kind !== 'number' || b.kind !== 'number' || a.words || b.words) continue;
    const between = text.slice(a.index + a.text.length, b.index);
    if (!/^(?:\s?[–-]\s?|\s?−\s?| to | and )$/.test(between)) continue;
    if (!a.percent && b.percent && !a.unit) a.percent = true;
    if (!a.unit && b.unit && !a.percent) a.unit = b.unit;
    if (!a.currency && b.currency) a.currency = b.currency;
  }
}

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:just over|just above|a little over)\s+(?:a\s+)?$/i, 'just over'],
  [/\b(?:more than|at least|upwards of)\s+(?:a\s+)?$/i, 'more than'],
  [/\b(?:less than|fewer than)\s+(?:a\s+)?$/i, 'less than'],
  [/\b(?:almost|nearly|just under)\s+(?:USD |US\$|\$|EUR )?$/i, 'almost'],
  [/\b(?:about|around|roughly|some|approximately|approx\.|close to|~)\s*(?:USD |US\$|\$|EUR )?$/i, 'about'],
  [/\bup to\s+(?:USD |US\$|\$|EUR )?$/i, 'up to'],
];

function qualifierBefore(before: string): Qualifier | undefined {
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return undefined;
}

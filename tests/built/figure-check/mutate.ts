// Alters one shown figure in a copy of a built file, for the mutation test: a changed digit, day, month, year or weekday.
import type { Checked } from './check';
import type { FigureKind } from './find';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const bump = (d: string) => String((Number(d) + 1) % 10);

/**
 * A wrong version of a shown figure: for a number, the tens digit changed ("6,978.03" -> "6,988.03"), or its last digit if it has
 * no tens; for a date, the day moved by one (a day written alone, the day before); a month or weekday name, the next one; a number
 * word, the next one.
 */
export function wrongFigure(figure: string, kind?: FigureKind): string {
  // A day written alone, its month after the next day ("27" of "27 and 28 January"): the day before.
  if (kind === 'date' && /^\d{1,2}$/.test(figure)) return String(Number(figure) > 1 ? Number(figure) - 1 : 2);
  const weekday = WEEKDAYS.find((w) => figure.startsWith(w.slice(0, 3)));
  if (weekday) {
    const long = figure.startsWith(weekday);
    const next = WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 1) % 7]!;
    return figure.replace(long ? weekday : weekday.slice(0, 3), long ? next : next.slice(0, 3));
  }
  const date = /^(\d{1,2})( [A-Z][a-z]+.*)$/.exec(figure);
  if (date) return `${Number(date[1]) >= 28 ? Number(date[1]) - 1 : Number(date[1]) + 1}${date[2]}`;
  const month = MONTHS.find((m) => figure.startsWith(m) || figure.startsWith(m.slice(0, 3)));
  if (month && /^[A-Z]/.test(figure)) {
    const long = figure.startsWith(month);
    const next = MONTHS[(MONTHS.indexOf(month) + 1) % 12]!;
    return figure.replace(long ? month : month.slice(0, 3), long ? next : next.slice(0, 3));
  }
  const word = WORDS.indexOf(figure.toLowerCase());
  if (word >= 0) return WORDS[word + 1 < WORDS.length ? word + 1 : word - 1]!;
  const m = /^(\D*?)([\d,]+)(\.\d+)?(.*)$/.exec(figure);
  if (!m) throw new Error(`no digit to change in "${figure}"`);
  const [, pre, int, frac = '', post] = m;
  const digits = int!.replace(/,/g, '');
  if (digits.length >= 2) {
    // The tens digit, counted from the right of the whole part, skipping the thousands separators.
    const k = int!.length - 2;
    return `${pre}${int!.slice(0, k)}${bump(int![k]!)}${int!.slice(k + 1)}${frac}${post}`;
  }
  if (frac.length > 1) return `${pre}${int}${frac.slice(0, -1)}${bump(frac.at(-1)!)}${post}`;
  return `${pre}${bump(int!)}${frac}${post}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The ways a text may be written in a built file: as is, HTML-escaped (with either quote style), or inside a JSON string. */
const WRITINGS: ((s: string) => string)[] = [(s) => s, escapeHtml, (s) => escapeHtml(s).replace(/'/g, '&#39;'), (s) => escapeHtml(s).replace(/"/g, '&quot;'), (s) => JSON.stringify(s).slice(1, -1)];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the figure where it is shown: finds the words before it (as written in the file, escaped or not; where they have a space, the
 * file may have markup or a no-break space: "Coverage:</strong> 2,646"), any markup the figure is wrapped in (`<span class="num" …>`), and
 * the figure as a whole token, and rewrites the figure in every such occurrence; a figure that starts its text must follow a tag or a
 * quote (or a JSON member's name). Never the bare figure anywhere in the file: that would also alter addresses and hashes ("…e239a0e96d.svg").
 * Returns undefined if the file does not hold the figure with the words before it.
 */
export function mutateFile(content: string, c: Pick<Checked, 'text' | 'at' | 'figure'>, to: string): { content: string; snippet: string } | undefined {
  for (const before of [24, 16, 10, 6, 3]) {
    const words = c.text.slice(Math.max(0, c.at - before), c.at);
    for (const write of WRITINGS) {
      const w = write(words);
      // A figure that starts its text follows a tag, a quote, or (a JSON number such as "position":1) a JSON member's name.
      const lead = w ? escapeRe(w).replace(/ /g, '(?:<[^>]*>|\\s|&nbsp;)*') : `(?<=[>"']\\s*|"[\\w@]+":\\s*)`;
      const fig = write(c.figure);
      const re = new RegExp(`${lead}(?:<[^>]*>)*${escapeRe(fig)}(?![\\w]|[.,]\\d)`, 'g');
      let snippet = '';
      const out = content.replace(re, (m) => {
        const r = `${m.slice(0, m.length - fig.length)}${write(to)}`;
        snippet ||= `${m} -> ${r}`;
        return r;
      });
      if (snippet) return { content: out, snippet };
    }
  }
  return undefined;
}

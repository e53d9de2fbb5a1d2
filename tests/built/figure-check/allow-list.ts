// The reviewed allow-list: figures a reader sees that are not data claims, each with where it may appear and why it is allowed.
import type { Found } from './find';
import type { Place } from './html';

export interface Allowed {
  /** What the figure may be: a kind of figure and, optionally, its text. */
  kind?: Found['kind'];
  figure?: RegExp;
  /** Where: the kinds of place, the chapters (slugs; 'notes' for the notes section). */
  places?: Place[];
  chapters?: string[];
  /** A phrase the figure must sit inside (matched against the segment's text; the figure must fall within the match). */
  within?: RegExp;
  /** Furniture that is never a data claim (axis ticks, counters, code): allowed before any tracing is tried, so it cannot pass by matching a cell. */
  furniture?: boolean;
  reason: string;
}

const CHAPTERS = ['the-climb', 'the-order-book', 'after-the-bell', 'the-fed-holds', 'a-trillion-dollar-rumour', 'two-markets'];

export const ALLOWED: Allowed[] = [
  { places: ['axis-tick'], furniture: true, reason: 'axis tick labels: round values the scale puts on the axis, not data claims' },
  { kind: 'number', within: /\b(?:Step )?\d+ of \d+\b/, places: ['controls'], furniture: true, reason: 'step counters ("Step 2 of 4")' },
  { kind: 'number', within: /\bChapter \d+(?: of \d+)?/, places: ['contents', 'prose', 'heading', 'controls'], furniture: true, reason: 'chapter numbers ("Chapter 1 of 6")' },
  { kind: 'number', within: /^\d\. /, chapters: ['notes'], furniture: true, reason: 'the numbered chapter list in the notes' },
  { places: ['code'], furniture: true, reason: 'embed code snippets: frame sizes in markup, not figures' },
  { kind: 'year', places: ['prose', 'dek'], chapters: CHAPTERS, reason: 'years in running chapter prose ("the bear market of 2022", "in the spring of 2025")' },
  { kind: 'year', within: /Seven Thousand: the day the S&P 500 crossed 7,000\. \d{4}\./, chapters: ['notes'], furniture: true, reason: 'year of publication in the citation' },
  { kind: 'number', within: /tracks 500 of the largest companies|the 500 in the index’s name/, reason: 'what the index is: the 500 of its name (in the notes’ list of numbers typed by hand, too)' },
  { kind: 'number', within: /each step up the vertical axis is ten times the one below it|a rise of 10% looks the same size whether it starts from 40 or from 4,000/, reason: 'how a log scale works: an illustration, not data' },
  { kind: 'number', within: /multiplied by 100|starts at 100|a reading of 110 means 10% above|rebased to 100|= 100\b/, reason: 'how rebasing works: 100 is the base by definition, 110 an illustration' },
  { kind: 'number', figure: /^(?:USD )?5,200$/, chapters: ['two-markets', 'notes'], reason: 'a round level the story types (USD 5,200, the line the gold chart draws; the notes list it among the numbers typed by hand); the dates and counts that depend on it are computed' },
  { kind: 'number', within: /\b(?:three (?:of the largest|of the world’s most valuable|companies(?:’ sum)?|rows above)|Three of the ten)\b/i, chapters: ['after-the-bell', 'notes'], reason: 'how many companies reported that evening: from news reports (named in the chapter), not a data set' },
];

/** The first allow-list entry that covers a figure at this place, if any (only furniture entries, if asked). */
export function allowedBy(f: Found, place: Place, chapter: string | undefined, text: string, furnitureOnly = false): Allowed | undefined {
  return ALLOWED.find((a) => {
    if (furnitureOnly && !a.furniture) return false;
    if (a.kind && a.kind !== f.kind) return false;
    if (a.figure && !a.figure.test(f.text)) return false;
    if (a.places && !a.places.includes(place)) return false;
    if (a.chapters && (!chapter || !a.chapters.includes(chapter))) return false;
    if (a.within) {
      const re = new RegExp(a.within.source, a.within.flags.includes('g') ? a.within.flags : `${a.within.flags}g`);
      return [...text.matchAll(re)].some((m) => m.index! <= f.index && f.index + f.text.length <= m.index! + m[0].length);
    }
    return true;
  });
}

// How one shown figure is compared with one data cell, one text cell or SOURCES.md: the rounding, scale and column rules in one place.
import { cellUnit, isNumeric, type ContextSource, type DataFile, type DataRow, type SourcesSection } from './data';
import { showsAs } from './decimal';
import type { Found } from './find';
import type { LicenceEntry } from './manifest';

/** Figures that are never a raw cell: multiples, spans of time, and numbers written as words. */
export function quotable(f: Found): boolean {
  const counted = f.unit !== undefined && !['bn', 'tn', 'm', 'bp', 'pp', 'days'].includes(f.unit);
  return f.kind === 'number' && !f.words && !counted && f.qualifier !== 'more than' && f.qualifier !== 'less than';
}

/** Significant digits of a shown number ("0.1" -> 1, "7,000" -> 1, "6,978.03" -> 6). */
function significant(shown: string): number {
  return shown.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** The value a cell shows in the figure's unit: billions shown as trillions divide by 1,000, millions shown as billions too. */
function scaled(raw: string, cellU: string | undefined, figU: string | undefined): string | undefined {
  if (figU === 'tn') return cellU === 'bn' ? String(Number(raw) / 1000) : undefined;
  if (figU === 'bn') return cellU === 'bn' ? raw : cellU === 'm' ? String(Number(raw) / 1000) : undefined;
  if (figU === 'm') return cellU === 'm' ? raw : cellU === 'bn' ? String(Number(raw) * 1000) : undefined;
  if (figU === 'bp') return cellU === 'bp' ? raw : undefined;
  return raw;
}

/**
 * Whether a shown number is this cell: same value once rounded to the decimals shown (no looser), in the same scale.
 * A percentage matches only a cell held in percent; a number shown without a sign matches the cell's size (a cut of 50 basis points is -50).
 */
export function numberIsCell(f: Found, raw: string, cellU: string | undefined, unitHint?: string): boolean {
  if (!isNumeric(raw) || f.value === undefined) return false;
  const percent = f.percent || unitHint === 'percent';
  if (percent !== (cellU === 'percent')) return false;
  const units = f.unit && f.unit !== 'days' && f.unit !== 'pp' ? [f.unit] : [undefined, unitHint];
  return units.some((u) => {
    const v = scaled(raw, cellU === 'percent' ? undefined : cellU, u);
    if (v === undefined) return false;
    const shown = f.signed ? f.value! : f.value!.replace(/^-/, '');
    const cell = f.signed ? v : v.replace(/^-/, '');
    // A figure with one significant digit ("0.1", "7,000") says little: it must be the cell exactly, not a rounding of it.
    if (significant(shown) <= 1) return Number(shown) === Number(cell);
    return showsAs(shown, f.decimals!, cell);
  });
}

/** Words before a number that name a column: "opened at", "High", "closed at", "upper bound". */
const HINTS: [RegExp, RegExp][] = [
  [/\bopen(?:ed|ing)?\b/i, /(^|_)open($|_)/],
  [/\bhigh(?:est)?\b/i, /(^|_)(?:intraday_)?high($|_)/],
  [/\blow(?:est)?\b/i, /(^|_)low($|_)/],
  [/\bclos(?:e|ed|ing)\b/i, /(^|_)close($|_)/],
  [/\b(?:upper|ceiling)\b/i, /^upper$/],
  [/\b(?:lower|floor)\b/i, /^lower$/],
];

/** The column pattern named by the last hint word in the text between the previous figure and this one, if any. */
export function hintColumn(between: string): RegExp | undefined {
  // "closed above 6,000", "back below 5,000": a level the value is compared with, not the value of a column.
  if (/\b(?:above|below|beyond|past|under)\s+(?:the\s+)?$/i.test(between)) return undefined;
  let best: { at: number; col: RegExp } | undefined;
  for (const [word, col] of HINTS) {
    for (const m of between.matchAll(new RegExp(word.source, 'gi'))) if (!best || m.index! > best.at) best = { at: m.index!, col };
  }
  return best?.col;
}

const HEAD_SYNONYMS: [RegExp, string][] = [
  [/s&p 500/gi, ' sp500 '],
  [/\bdow\b(?: jones industrial average)?/gi, ' djia '],
  [/\baverage\b/gi, ' avg '],
  [/\bbillion\b/gi, ' bn '],
  [/\bbasis points\b/gi, ' bp '],
];

/** The numeric columns of a file that a table header names best (most of the column name's words in the header), or all if none. */
export function columnsForHead(file: DataFile, head: string | undefined): string[] {
  if (!head) return file.numericColumns;
  let h = ` ${head.toLowerCase()} `;
  for (const [re, to] of HEAD_SYNONYMS) h = h.replace(re, to);
  const words = new Set(h.split(/[^a-z0-9]+/).filter(Boolean));
  const scored = file.numericColumns.map((c) => ({ c, score: c.split('_').filter((w) => words.has(w)).length }));
  const max = Math.max(0, ...scored.map((s) => s.score));
  return max ? scored.filter((s) => s.score === max).map((s) => s.c) : file.numericColumns;
}

/** The first cell of a row that shows as the figure, among the allowed columns. */
export function cellInRow(f: Found, row: DataRow, columns: string[], hint: RegExp | undefined, unitHint: string | undefined): string | undefined {
  const hinted = hint ? columns.filter((c) => hint.test(c)) : [];
  const cols = hinted.length ? hinted : columns;
  return cols.find((c) => numberIsCell(f, row.cells[c] ?? '', cellUnit(row, c), unitHint));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `needle` occurs in `hay` as a whole token: after a space, bracket, quote or currency sign, not inside a longer number, word or name. */
export function occursAsToken(hay: string, needle: string): boolean {
  return new RegExp(`(?<=^|[\\s("“~$€*|\`])${escape(needle)}(?![\\w-]|[.,]\\d)`).test(hay);
}

/** The ways a figure may be written in a source text: as shown, and for numbers also without thousands separators; dates and months also in ISO form. */
export function writtenForms(f: Found): string[] {
  const forms = [f.text];
  if (f.kind === 'number') forms.push(f.text.replace(/,/g, ''), f.value!.replace(/^-/, ''));
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (f.kind === 'date' && f.year) forms.push(`${f.year}-${p2(f.month!)}-${p2(f.day!)}`);
  if (f.kind === 'month' && f.year) forms.push(`${f.year}-${p2(f.month!)}`);
  if (f.kind === 'quarter') forms.push(`${f.year}Q${f.quarter}`, `Q${f.quarter} ${f.year}`);
  if (f.kind === 'year') forms.push(String(f.year));
  return [...new Set(forms)];
}

/** A SOURCES.md section (one of the given files', or the summary) that states the figure as written. */
export function sourcesSection(f: Found, sections: SourcesSection[], files: string[]): SourcesSection | undefined {
  // Small whole numbers (counts) occur everywhere in prose; they must be computed instead.
  if (f.kind === 'number' && f.decimals === 0 && Math.abs(Number(f.value)) < 100) return undefined;
  const forms = writtenForms(f);
  // A year is also stated by a date in it, in the section of the very file the text draws on ("to 2023": "1927-12-30 .. 2023-12-28").
  const yearOfDate = f.kind === 'year' ? new RegExp(`(?<![\\w-])${f.year}-\\d{2}(?:-\\d{2})?(?![\\w-])`) : undefined;
  return sections.find(
    (s) => (!s.file || files.includes(s.file)) && s.title !== '' && (forms.some((w) => occursAsToken(s.text, w)) || (yearOfDate !== undefined && s.file !== undefined && yearOfDate.test(s.text))),
  );
}

/** A text cell (not a number or date) of the rows that contains the figure as written: a note or name quoted from the data. */
export function quotedInText(f: Found, rows: DataRow[]): { row: DataRow; column: string } | undefined {
  const forms = writtenForms(f);
  for (const row of rows) {
    for (const [column, cell] of Object.entries(row.cells)) {
      // Addresses hold digits (dates in paths, article ids) that are not quoted figures.
      if (!cell || isNumeric(cell) || /^\d{4}-\d{2}(-\d{2})?$/.test(cell) || cell.includes('://') || /source$/.test(column)) continue;
      if (forms.some((w) => occursAsToken(cell, w))) return { row, column };
    }
  }
  return undefined;
}


/**
 * A context source (SOURCES.md, "Sources for context in the prose") that gives a figure the prose attributes to it: the source's entry is
 * used in this chapter, the figure's text (its paragraph) names the source, and the entry states the figure with the unit written after it
 * ("near its lowest in four years", attributed to Reuters: "a near four-year low"). A bare number, without its unit, is never traced here.
 */
export function contextSourceFor(f: Found, text: string, chapter: number | undefined, sources: ContextSource[]): ContextSource | undefined {
  const unit = /^[ -]([A-Za-z]+)/.exec(text.slice(f.index + f.text.length))?.[1]?.toLowerCase();
  if (f.kind !== 'number' || !unit || chapter === undefined) return undefined;
  const one = unit.replace(/s$/, '');
  const forms = [...new Set([f.text, f.value!])].flatMap((n) => [`${n} ${unit}`, `${n}-${one}`].map((w) => w.toLowerCase()));
  return sources.find((s) => s.chapters.includes(chapter) && s.source && text.includes(s.source) && forms.some((w) => occursAsToken(s.text.toLowerCase(), w)));
}

/**
 * The manifest text that states a number as written with the two words after it on the page ("17 U.S.C. §", "ten years of"), in the
 * entry of a data set the text draws on (content/data/licences.json, read by manifest.ts). Never a bare number, nor one with a single
 * word after it ("500 in"): a small number occurs in any prose.
 */
export function quotedInManifest(f: Found, after: string, files: string[], licences: Map<string, LicenceEntry>): { file: string; member: string; line?: number } | undefined {
  const words = /^[ -](\S+ \S+)/.exec(after)?.[1]?.replace(/[.,;:)”’"']+$/, '');
  if (f.kind !== 'number' || !words || !/[A-Za-z]/.test(words)) return undefined;
  const forms = writtenForms(f).map((w) => `${w} ${words}`.toLowerCase());
  for (const file of files) {
    const hit = licences.get(file)?.texts.find((t) => forms.some((w) => occursAsToken(t.text.toLowerCase(), w)));
    if (hit) return { file, member: hit.member, line: hit.line };
  }
  return undefined;
}

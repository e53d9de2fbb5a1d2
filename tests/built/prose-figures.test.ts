// Lists every figure the built pages quote from the data (<Num>), with its value and source row, and checks each against the CSV it names.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { numbers } from '../../src/story/numbers/numbers';

const DIST = 'dist';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return pages(p);
    return name === 'index.html' ? [p] : [];
  });
}

interface Quoted {
  page: string;
  id: string;
  value: string;
  text: string;
  file: string;
  row: string;
  column: string;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function quoted(page: string): Quoted[] {
  const html = readFileSync(page, 'utf8');
  return [...html.matchAll(/<(span|time)\b([^>]*\bdata-number="[^"]*"[^>]*)>([^<]*)<\/\1>/g)].map((m) => {
    const attr = (name: string) => decode(new RegExp(`\\b${name}="([^"]*)"`).exec(m[2]!)?.[1] ?? '');
    const [file = '', row = '', column = ''] = attr('data-source').split(' · ');
    return { page, id: attr('data-number'), value: attr('data-value'), text: decode(m[3]!), file, row, column };
  });
}

/** The CSV rows a source row key names: the row with a cell equal to the key, or, for files with no single key, whose cells include every part of an "a|b|c" key. */
function findRows(rows: Record<string, string>[], key: string): Record<string, string>[] {
  const parts = key.split('|');
  return rows.filter((r) => {
    const cells = Object.values(r);
    return parts.every((p) => cells.includes(p));
  });
}

const built = existsSync(join(DIST, 'index.html'));

describe('figures quoted in the built pages', () => {
  test('the site is built (npm test builds first; run `npx astro build` before running this file alone)', () => {
    expect(built).toBe(true);
  });
  if (!built) return;
  const all = pages(DIST).flatMap(quoted);

  test('every page that quotes figures lists them, and every figure the prose uses appears', () => {
    expect(all.length).toBeGreaterThan(0);
    const rows = all.map((q) => `${q.page.replace(/^dist/, '').replace(/index\.html$/, '')}  ${q.id} = ${q.text}  [${q.file} · ${q.row} · ${q.column}]`);
    console.log(`${all.length} quoted figures:\n${[...new Set(rows)].join('\n')}`);
  });

  test.each(all.map((q) => [`${q.page} ${q.id}`, q] as const))('%s matches its source row', (_, q) => {
    const figure = numbers[q.id];
    expect(figure, `figure ${q.id} is defined`).toBeDefined();
    expect(q.text).toBe(figure!.text);
    expect(q.value).toBe(String(figure!.value));
    expect(existsSync(q.file), `source file ${q.file} exists`).toBe(true);
    if (q.column.startsWith('computed')) return;
    // A fact quoted from a document (e.g. SOURCES.md) rather than a data row: the document must say it.
    if (!q.file.endsWith('.csv')) {
      expect(readFileSync(q.file, 'utf8'), `${q.file} states "${q.text}"`).toContain(q.text);
      return;
    }
    const rows = findRows(csvParse(readFileSync(q.file, 'utf8')) as unknown as Record<string, string>[], q.row);
    expect(rows.length, `${q.file}: exactly one row for "${q.row}"`).toBe(1);
    const cell = rows[0]![q.column];
    expect(cell, `${q.file}: row "${q.row}" has a column "${q.column}"`).toBeDefined();
    if (/^\d{4}(-\d{2}-\d{2}|Q[1-4])$/.test(cell!) && /^\d{4}$/.test(q.value)) expect(cell!.slice(0, 4), 'a year read from a date or quarter').toBe(q.value);
    else if (/^-?\d+(\.\d+)?$/.test(cell!)) expect(Number(q.value)).toBe(Number(cell));
    else expect(q.value).toBe(cell);
  });
});

// Covers src/story/numbers/after-the-bell.ts and chapter 3's prose: each figure equals its source row, the sum is computed from the rows, and the prose types no figure by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isoDay } from '../../../../src/story/format';
import { fedFundsTargetRange } from '../../../../src/data/fed-funds-target-range';
import { scaleReferencePoints } from '../../../../src/data/scale-reference-points';
import { afterTheBellNumbers, scaleRowKey } from '../../../../src/story/numbers/after-the-bell';
import { getNumber, numbers } from '../../../../src/story/numbers/numbers';

const own = afterTheBellNumbers();
const FED = 'content/data/fed_funds_target_range.csv';
const SCALE = 'content/data/scale_reference_points.csv';
const rowsOf: Record<string, Map<string, Record<string, unknown>>> = {
  [FED]: new Map(fedFundsTargetRange.map((r) => [isoDay(r.decision_date), r])),
  [SCALE]: new Map(scaleReferencePoints.map((r) => [scaleRowKey(r), r])),
};
const chapter = readFileSync(new URL('../../../../content/chapters/03-after-the-bell.mdx', import.meta.url), 'utf8');

describe('figures drawn straight from a row', () => {
  const direct = Object.entries(own).filter(([, f]) => !f.source.column.startsWith('computed:'));
  test.each(direct)('%s', (_, f) => {
    const row = rowsOf[f.source.file]?.get(f.source.row);
    expect(row, `${f.source.file} row ${f.source.row}`).toBeDefined();
    expect(f.value).toBe(row![f.source.column]);
  });
});

describe('the figures the chapter quotes', () => {
  test.each([
    ['bell-fed-lower', '3.50%', 3.5],
    ['bell-fed-upper', '3.75%', 3.75],
    ['bell-caps-as-of', '15 January 2026', '2026-01-15'],
    ['bell-cap-nvidia', 'USD\u00a04.6\u00a0tn', 4600],
    ['bell-cap-alphabet', 'USD\u00a04.0\u00a0tn', 4000],
    ['bell-cap-microsoft', 'USD\u00a03.4\u00a0tn', 3400],
    ['bell-cap-meta-platforms', 'USD\u00a01.6\u00a0tn', 1600],
    ['bell-cap-tesla', 'USD\u00a01.5\u00a0tn', 1500],
    ['bell-nvidia-on-day', 'USD\u00a04.67\u00a0tn', 4670],
    ['bell-reporting-combined', 'USD\u00a06.5\u00a0tn', 6500],
  ])('%s = %s', (id, text, value) => {
    expect(getNumber(id)).toMatchObject({ text, value });
  });

  test('the combined value is the only computed figure, summed from the three rows it names', () => {
    const computed = Object.entries(own).filter(([, f]) => f.source.column.startsWith('computed:'));
    expect(computed.map(([id]) => id)).toEqual(['bell-reporting-combined']);
    const f = own['bell-reporting-combined']!;
    const keys = f.source.row.split(' + ');
    expect(keys).toEqual(['Microsoft|market_cap_usd_bn|2026-01-15', 'Meta Platforms|market_cap_usd_bn|2026-01-15', 'Tesla|market_cap_usd_bn|2026-01-15']);
    expect(f.value).toBe(keys.reduce((sum, k) => sum + Number(rowsOf[SCALE]!.get(k)!['value']), 0));
  });

  test('the as-of date is a date and points at the table it dates', () => {
    expect(own['bell-caps-as-of']).toMatchObject({ isDate: true, source: { file: SCALE, row: 'Nvidia|market_cap_usd_bn|2026-01-15', column: 'as_of' } });
  });

  test('ids carry the chapter prefix and are all in the site-wide list', () => {
    for (const id of Object.keys(own)) {
      expect(id).toMatch(/^bell-/);
      expect(numbers[id]).toEqual(own[id]);
    }
  });
});

describe('chapter 3 prose', () => {
  const ids = [...chapter.matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!);

  test('every <Num id> names a figure', () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(() => getNumber(id), id).not.toThrow();
  });

  test('no figure is typed by hand: outside <Num>, the only numbers are the 7,000 mark and the index name', () => {
    const bare = chapter.replace(/<Num id="[^"]+" \/>/g, '').replace(/S&P 500/g, '').replace(/7,000/g, '');
    expect(bare.match(/\d[\d,.]*/g)).toBeNull();
  });

  test('no clock times: no data file gives one', () => {
    expect(chapter).not.toMatch(/\d{1,2}:\d{2}|\b[ap]\.m\.|\bET\b/);
  });

  test('the reporting companies and what investors watched are attributed to a named source', () => {
    expect(chapter).toMatch(/Microsoft, Meta Platforms and Tesla released their quarterly results\. Saxo Bank's commentary/);
    expect(chapter).toMatch(/A preview by AInvest, a financial news site, set out what investors were watching for/);
    expect(chapter).not.toMatch(/according to reports|news reports said/i);
  });
});

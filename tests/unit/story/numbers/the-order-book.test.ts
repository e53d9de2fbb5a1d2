// Covers src/story/numbers/the-order-book.ts: each figure chapter 2 quotes equals its source row in the parsed CSVs, computed ones equal their arithmetic, and every <Num> in the chapter exists.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { asmlBookingsConsensus } from '../../../../src/data/asml-bookings-consensus';
import { asmlNetBookings } from '../../../../src/data/asml-net-bookings';
import { numbers } from '../../../../src/story/numbers/numbers';
import { theOrderBookNumbers } from '../../../../src/story/numbers/the-order-book';

const ours = theOrderBookNumbers();
const entries = Object.entries(ours);

/** Each data file's parsed rows, keyed the way figure sources name rows. */
const dataSets: Record<string, Map<string, Record<string, unknown>>> = {
  'content/data/asml_net_bookings.csv': new Map(asmlNetBookings.map((r) => [r.quarter.label, r])),
  'content/data/asml_bookings_consensus.csv': new Map(asmlBookingsConsensus.map((r) => [`${r.quarter.label}|${r.consensus_provider}`, r])),
};

describe('figures drawn straight from a row', () => {
  const direct = entries.filter(([, f]) => !f.source.column.startsWith('computed:'));
  test.each(direct)('%s', (id, f) => {
    const row = dataSets[f.source.file]?.get(f.source.row);
    expect(row, `row ${f.source.row} of ${f.source.file}`).toBeDefined();
    const cell = row![f.source.column];
    if (f.source.column === 'quarter') {
      expect(f.value).toBe((cell as { year: number }).year);
      expect(f.text).toBe(String((cell as { year: number }).year));
    } else {
      expect(typeof cell, id).toBe('number');
      expect(f.value).toBe(cell);
      // Written as the source gives it: no decimals added or dropped.
      expect(Number(f.text.replace(/,/g, ''))).toBe(cell);
    }
    expect(f.isDate).toBeUndefined();
  });
});

describe('computed figures', () => {
  test('the list is exactly the non-EUV part and the two beat ratios', () => {
    expect(entries.filter(([, f]) => f.source.column.startsWith('computed:')).map(([id]) => id).sort()).toEqual(['asml-beat-ratio-high', 'asml-beat-ratio-low', 'asml-latest-non-euv']);
  });

  test('non-EUV for 2025 Q4 is 13.2 - 7.4 = 5.8, and says it is computed', () => {
    expect(ours['asml-latest-non-euv']).toEqual({
      text: '5.8',
      value: 5.8,
      source: { file: 'content/data/asml_net_bookings.csv', row: '2025Q4', column: 'computed: bookings_eur_bn - euv_bookings_eur_bn' },
    });
  });

  test('the beat is 1.9 to 2.1 times the consensus, to one decimal, from the rows named', () => {
    for (const id of ['asml-beat-ratio-low', 'asml-beat-ratio-high']) {
      const f = ours[id]!;
      const row = dataSets[f.source.file]!.get(f.source.row) as { actual_bookings_eur_bn: number; consensus_bookings_eur_bn: number };
      expect(f.value).toBe(Math.round((row.actual_bookings_eur_bn / row.consensus_bookings_eur_bn) * 10) / 10);
    }
    expect([ours['asml-beat-ratio-low']!.text, ours['asml-beat-ratio-high']!.text]).toEqual(['1.9', '2.1']);
    expect(ours['asml-beat-ratio-low']!.source.row).toContain('compiler not named');
    expect(ours['asml-beat-ratio-high']!.source.row).toContain('Visible Alpha');
  });
});

describe('the figures the story quotes', () => {
  test.each([
    ['asml-first-year', '2021'],
    ['asml-latest-year', '2025'],
    ['asml-latest-bookings', '13.2'],
    ['asml-latest-euv', '7.4'],
    ['asml-latest-non-euv', '5.8'],
    ['asml-previous-high', '9.186'],
    ['asml-previous-high-year', '2023'],
    ['asml-low', '2.602'],
    ['asml-low-year', '2023'],
    ['asml-consensus-visible-alpha', '6.32'],
    ['asml-consensus-bloomberg', '6.85'],
    ['asml-consensus-unnamed', '6.95'],
    ['asml-beat-ratio-low', '1.9'],
    ['asml-beat-ratio-high', '2.1'],
    ['asml-year-earlier-year', '2024'],
    ['asml-year-earlier-bookings', '7.09'],
    ['asml-year-earlier-consensus-visible-alpha', '3.99'],
    ['asml-year-earlier-consensus-bloomberg', '3.53'],
  ])('%s = %s', (id, text) => {
    expect(ours[id]?.text).toBe(text);
  });

  test('the previous high and the low are 2023 Q4 and 2023 Q3, and consensus rows name their compiler', () => {
    expect(ours['asml-previous-high']!.source.row).toBe('2023Q4');
    expect(ours['asml-low']!.source.row).toBe('2023Q3');
    expect(ours['asml-consensus-bloomberg']!.source.row).toBe('2025Q4|Average analyst estimate compiled by Bloomberg');
    expect(ours['asml-year-earlier-consensus-bloomberg']!.source.row).toBe('2024Q4|Average estimate of analysts surveyed by Bloomberg');
  });

  test('ids carry the chapter prefix and are in the site-wide set', () => {
    for (const [id, f] of entries) {
      expect(id.startsWith('asml-')).toBe(true);
      expect(numbers[id]).toEqual(f);
    }
  });

  test('every <Num id> in the chapter names one of these figures, and each is quoted', () => {
    const text = readFileSync(new URL('../../../../content/chapters/02-the-order-book.mdx', import.meta.url), 'utf8');
    const ids = [...text.matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids) expect(Object.keys(ours), id).toContain(id);
    expect(new Set(ids)).toEqual(new Set(Object.keys(ours)));
  });

  test('the chapter types no digits of its own outside <Num> and front matter (the index name "S&P 500" aside)', () => {
    const text = readFileSync(new URL('../../../../content/chapters/02-the-order-book.mdx', import.meta.url), 'utf8');
    const body = text.replace(/^---[\s\S]*?---/, '').replace(/<Num id="[^"]+" \/>/g, '').replace(/<[^>]+>/g, '').replace(/S&P 500/g, '');
    expect(body.match(/\d/g)).toBeNull();
  });
});

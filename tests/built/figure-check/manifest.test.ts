// The licence manifest read by the check's own code: row limits with their lines, every text of an entry, and errors in words.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseManifest } from './manifest';

const PATH = 'content/data/licences.json';
const text = readFileSync(PATH, 'utf8');

describe('parseManifest', () => {
  test('each data set’s row limit, at the line that sets it, and its texts', () => {
    const m = parseManifest(text, PATH);
    const close = m.get('sp500_daily_close.csv')!;
    expect(close.quoteLimit).toBe(16);
    expect(text.split('\n')[close.quoteLimitLine! - 1]).toMatch(/"quote_limit": 16/);
    const monthly = m.get('sp500_monthly.csv')!;
    expect([monthly.quoteLimit, text.split('\n')[monthly.quoteLimitLine! - 1]]).toEqual([8, expect.stringMatching(/"quote_limit": 8/)]);
    const where = close.texts.find((t) => t.member.includes('get_it_from'))!;
    expect(where.text).toMatch(/ten years of daily closes/);
    expect(text.split('\n')[where.line! - 1]).toContain('ten years of daily closes');
    expect(m.get('fed_funds_target_range.csv')).toMatchObject({ redistribution: 'all' });
    expect(m.get('fed_funds_target_range.csv')!.quoteLimit).toBeUndefined();
  });

  test('a malformed entry is an error naming the file, the entry and the member', () => {
    expect(() => parseManifest('{"data_sets": [{"file": "a.csv", "redistribution": "figures", "quote_limit": "many"}]}', 'x.json')).toThrow(
      'x.json: entry 1 (a.csv), member "quote_limit": found "many", expected a whole number of rows',
    );
    expect(() => parseManifest('{"data_sets": [{"redistribution": "all"}]}', 'x.json')).toThrow('x.json: entry 1, member "file": found undefined, expected a CSV file name');
    expect(() => parseManifest('{', 'x.json')).toThrow(/^x\.json: not JSON/);
  });
});

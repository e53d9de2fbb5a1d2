// Covers src/site/licences/manifest.ts: the real manifest has one valid entry per data file; bad manifests fail naming file, line (of the field in the pretty-printed JSON), entry, field, what was found and what was expected.
import { describe, expect, test } from 'vitest';
import { dataFiles, licenceOf, licences, ManifestError, parseManifest } from '../../../../src/site/licences/manifest';

const good = {
  file: 'a.csv',
  title: 'A',
  licensor: 'Owner',
  creator: [{ type: 'Organization', name: 'Owner' }],
  licence: 'Terms in words.',
  terms: [{ name: 'Terms', url: 'https://example.org/terms' }],
  redistribution: 'figures',
  quote_limit: 5,
  credit: ['© Owner'],
  get_it_from: [{ name: 'Owner', url: 'https://example.org/data' }],
  measure: 'close',
  units: 'points',
  time_zone: 'UTC',
  decision: 'Why.',
};
const manifest = (...entries: object[]) => JSON.stringify({ about: 'x', data_sets: entries }, null, 2);
const error = (text: string, files?: string[]): string => {
  try {
    parseManifest(text, 'm.json', files);
  } catch (e) {
    expect(e).toBeInstanceOf(ManifestError);
    return (e as Error).message;
  }
  throw new Error('parsed without error');
};

describe('the manifest in content/data/', () => {
  test('has exactly one entry for every CSV data file', () => {
    expect(licences.map((d) => d.file).sort()).toEqual([...dataFiles]);
    expect(dataFiles.length).toBeGreaterThan(0);
  });
  test('restricts the index and exchange data, and lets the public and reported data go', () => {
    const level = Object.fromEntries(licences.map((d) => [d.file, d.redistribution]));
    for (const f of ['sp500_daily_close.csv', 'sp500_daily_ohlc_yahoo.csv', 'sp500_monthly.csv', 'sp500_milestones.csv', 'dow_nasdaq_daily_close.csv', 'gold_usd_oz_daily_comex_gcf_yahoo.csv']) expect(level[f], f).toBe('figures');
    for (const f of ['fed_funds_target_range.csv', 'gold_usd_oz_monthly.csv', 'asml_net_bookings.csv', 'asml_bookings_consensus.csv', 'scale_reference_points.csv', 'gold_jan2026_reported_records.csv']) expect(level[f], f).toBe('all');
  });
  test('an unknown file name throws naming the files there are', () => {
    expect(() => licenceOf('nope.csv')).toThrow(/no data set "nope.csv"; expected one of: .*sp500_daily_close\.csv/);
  });
});

describe('a bad manifest fails with file, line, entry, field and expectation', () => {
  test('a valid one parses', () => {
    expect(parseManifest(manifest(good), 'm.json', ['a.csv'])[0]!.quote_limit).toBe(5);
  });
  test('not JSON', () => {
    expect(error('{ "about": ')).toMatch(/^m\.json: not valid JSON .*expected \{ "about"/);
  });
  test('an unknown redistribution level', () => {
    expect(error(manifest({ ...good, redistribution: 'some' }))).toBe('m.json:21: entry 1 (a.csv), field "redistribution": found "some", expected one of all, figures, nothing');
  });
  test('"figures" without a quote limit', () => {
    const { quote_limit: _, ...rest } = good;
    expect(error(manifest(rest))).toMatch(/^m\.json:\d+: entry 1 \(a\.csv\), field "quote_limit": found null, expected a whole number of rows above 0 \(required when redistribution is "figures"\)$/);
  });
  test('a quote limit on a data set that may go whole', () => {
    expect(error(manifest({ ...good, redistribution: 'all' }))).toBe('m.json:22: entry 1 (a.csv), field "quote_limit": found 5, expected no quote_limit (it applies only to "figures"; this entry is "all")');
  });
  test('a restricted data set without its owner\'s terms', () => {
    expect(error(manifest({ ...good, terms: [] }))).toBe('m.json:15: entry 1 (a.csv), field "terms": found [], expected at least one { "name", "url" } of the licensor\'s terms (required unless redistribution is "all")');
  });
  test('a terms address that is not an address', () => {
    expect(error(manifest({ ...good, terms: [{ name: 'T', url: 'example.org' }] }))).toMatch(/^m\.json:\d+: entry 1 \(a\.csv\), field "terms\.0\.url": found \[.*\], expected an http\(s\) address/);
  });
  test('a missing field, in the second entry', () => {
    const { credit: _, ...rest } = { ...good, file: 'b.csv' };
    expect(error(manifest(good, rest))).toMatch(/^m\.json:\d+: entry 2 \(b\.csv\), field "credit": found null, expected /);
  });
  test('an unknown field', () => {
    expect(error(manifest({ ...good, licence_url: 'https://x.org' }))).toMatch(/entry 1 \(a\.csv\), field "\(entry\)": expected /);
  });
  test('the same file twice', () => {
    expect(error(manifest(good, good))).toMatch(/^m\.json:\d+: entry for a\.csv appears twice; expected one entry per data file$/);
  });
  test('a data file without an entry, and an entry without a file', () => {
    expect(error(manifest(good), ['a.csv', 'b.csv'])).toBe('m.json: no entry for b.csv; expected one entry for every CSV in content/data/');
    expect(error(manifest(good, { ...good, file: 'b.csv' }), ['a.csv'])).toMatch(/^m\.json:\d+: entry for b\.csv, which is not in content\/data\/; expected only files that exist$/);
  });
});

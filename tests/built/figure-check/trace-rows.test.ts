// Counts of rows: a withheld table's rows counted in the data over the window its table shows, a download link's rows in its CSV, and a
// data set's row limit from licences.json, in its own entry of the notes only.
import { describe, expect, test } from 'vitest';
import { checkPages } from './check';
import { loadData } from './data';

const data = loadData();
const run = (path: string, html: string) => checkPages({ data, dist: 'dist', pages: [{ path, content: html }] }).checked.map((c) => `${c.figure}: ${c.status}`);
const chapter = (body: string) =>
  `<html><body><main><article class="chapter" id="the-climb"><section class="scrolly-section" data-chart="climb"><details class="chart-data">${body}</details></section></article></main></body></html>`;

describe('row counts', () => {
  const withheld = (n: string) =>
    chapter(
      `<div class="table-wrap" data-withheld><table><caption>The run<span class="table-note">First, lowest, highest and last of ${n} rows.</span></caption>` +
        `<thead><tr><th>Date</th><th>Close</th></tr></thead><tbody><tr><td>11 November 2024</td><td>6,001.35</td></tr><tr><td>28 January 2026</td><td>6,978.03</td></tr></tbody></table>` +
        `<p class="download withheld">No download of these rows. These ${n} rows are a series owned by S&amp;P Dow Jones Indices LLC.</p></div>`,
    );

  test('a withheld table: the rows of a file it draws on from the first to the last date it shows', () => {
    expect(run('the-climb/index.html', withheld('303')).filter((s) => s.startsWith('303'))).toEqual(['303: traced', '303: traced']);
    expect(run('the-climb/index.html', withheld('304')).filter((s) => s.startsWith('304'))).toEqual(['304: failed', '304: failed']);
  });

  test('a download link: the rows of the CSV it links (the build’s file), not a count of the data', () => {
    const link = (n: number) => chapter(`<div class="table-wrap"><p class="download"><a href="/data/climb-milestones.csv" download>Download CSV: milestones (${n} rows)</a></p></div>`);
    expect(run('the-climb/index.html', link(7))).toEqual(['7: traced']);
    expect(run('the-climb/index.html', link(8))).toEqual(['8: failed']);
  });

  test('a row limit: the quote_limit of the data set whose entry it sits in, and nothing else', () => {
    const notes = (file: string, n: number) =>
      `<html><body><main><section class="notes"><dl class="notes-data"><div class="notes-item"><dt>A series <span class="notes-file">(${file})</span></dt>` +
      `<dd><strong>What you may do:</strong> no download of more than ${n} of its rows.</dd></div></dl></section></main></body></html>`;
    expect(run('index.html', notes('sp500_daily_close.csv', 16))).toEqual(['16: traced']);
    expect(run('index.html', notes('sp500_daily_close.csv', 17))).toEqual(['17: failed']);
    expect(run('index.html', notes('sp500_monthly.csv', 16))).toEqual(['16: failed']);
    expect(run('index.html', notes('sp500_monthly.csv', 8))).toEqual(['8: traced']);
    // A line naming two data sets speaks for neither's limit.
    expect(run('index.html', notes('sp500_daily_close.csv and sp500_monthly.csv', 16))).toEqual(['16: failed']);
  });
});

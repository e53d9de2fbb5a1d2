/**
 * Page health without script: no console or page errors and no request leaving the origin; the CSV downloads and
 * favicon resolve; every scrolly has its data tables. (With script, read through: crawl.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { ORIGIN } from './helpers/servers';
import { chapterSlugs, guard } from './helpers/site';

test('no console error, page error or off-origin request without script either', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: `${ORIGIN}/` });
  const page = await ctx.newPage();
  const { problems } = guard(page, ORIGIN);
  await page.goto('./');
  for (const path of ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)]) {
    await page.goto(`./${path}`);
    await page.waitForLoadState('networkidle');
  }
  await ctx.close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the CSV downloads and the favicon resolve, and every scrolly has its data tables', async ({ browser, request }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL: `${ORIGIN}/` });
  const page = await ctx.newPage();
  await page.goto('./');
  const paths = ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)];
  const checked = new Set<string>();
  for (const path of paths) {
    await page.goto(`./${path}`);
    const where = `/${path}`;

    const icons = await page.locator('link[rel~="icon"]').evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
    expect(icons.length, `${where} declares a favicon`).toBeGreaterThan(0);
    for (const href of icons) {
      const res = await request.get(href);
      expect(res.status(), `favicon ${href}`).toBe(200);
      expect((await res.body()).length, `favicon ${href} is not empty`).toBeGreaterThan(0);
      // Chromium (156) fetches the icon again at every change of the address, that is at every step: an SVG icon is then
      // parsed as a document on the page's main thread, mid-scroll (3-11 ms each at 4x CPU); a PNG's decode is tiny.
      expect(res.headers()['content-type'], `favicon ${href} is a PNG, not an SVG`).toBe('image/png');
      expect([...(await res.body()).subarray(0, 4)], `favicon ${href} has a PNG's signature`).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }

    const downloads = await page.locator('a[download]').evaluateAll((els) =>
      els.map((e) => ({ href: (e as HTMLAnchorElement).href, text: e.textContent ?? '' })),
    );
    expect(downloads.length, `${where} offers downloads`).toBeGreaterThan(0);
    for (const { href, text } of downloads) {
      expect(new URL(href).origin, `download ${href} is on the site`).toBe(ORIGIN);
      expect(href, `download ${href} is a CSV`).toMatch(/\.csv$/);
      if (checked.has(href)) continue;
      checked.add(href);
      const res = await request.get(href);
      expect(res.status(), `download ${href}`).toBe(200);
      expect(res.headers()['content-type'], `download ${href} content type`).toMatch(/^text\/csv/);
      const lines = (await res.text()).split(/\r?\n/).filter((l) => l !== '');
      expect(lines.length, `${href} has a header and rows`).toBeGreaterThan(1);
      const columns = lines[0]!.split(',').length;
      expect(columns, `${href} has columns`).toBeGreaterThan(1);
      // The link promises a row count: the file has exactly that many.
      const promised = /\(([\d,]+) rows?\)/.exec(text)?.[1];
      if (promised) expect(lines.length - 1, `${href}: rows promised by its link "${text.trim()}"`).toBe(Number(promised.replace(/,/g, '')));
    }

    const scrollies = await page.locator('.scrolly-section').evaluateAll((els) =>
      els.map((el) => {
        const states = [...new Set([...el.querySelectorAll<HTMLElement>('.step')].map((s) => s.dataset['state']))];
        const tables = [...el.querySelectorAll('.chart-data table')].map((t) => ({
          caption: t.querySelector('caption')?.textContent?.trim() ?? '',
          headers: t.querySelectorAll('thead th').length,
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td, th').length),
          download: !!t.closest('.table-wrap')?.querySelector('a[download]'),
          withheld: t.closest('.table-wrap')?.hasAttribute('data-withheld') ?? false,
          withheldNote: !!t.closest('.table-wrap')?.querySelector('p.download.withheld a[href]'),
        }));
        return { chart: el.getAttribute('data-chart'), states, tables };
      }),
    );
    expect(scrollies.length, `${where} has scrollies`).toBeGreaterThan(0);
    for (const s of scrollies) {
      const label = `${where}: the "${s.chart}" scrolly`;
      expect(s.tables.length, `${label} has a data table per state (${s.states.join(', ')})`).toBe(s.states.length);
      for (const t of s.tables) {
        expect(t.caption, `${label}: table caption`).not.toBe('');
        expect(t.headers, `${label}: table "${t.caption}" has column headers`).toBeGreaterThan(0);
        expect(t.rows.length, `${label}: table "${t.caption}" has rows`).toBeGreaterThan(0);
        for (const cells of t.rows) expect(cells, `${label}: table "${t.caption}" rows are complete`).toBe(t.headers);
        // Its CSV download, or (where the licence keeps the rows from being offered in bulk) a note saying so and where to get them.
        if (t.withheld) {
          expect(t.download, `${label}: table "${t.caption}" is withheld: no CSV download`).toBe(false);
          expect(t.withheldNote, `${label}: table "${t.caption}" is withheld: a note names where to get the series`).toBe(true);
        } else expect(t.download, `${label}: table "${t.caption}" has its CSV download`).toBe(true);
      }
    }
  }
  // The tables are reachable: opening the disclosure shows them.
  await page.goto('./');
  const details = page.locator('.chart-data').first();
  await details.locator('summary').click();
  await expect(details.locator('table').first()).toBeVisible();
  await ctx.close();
});

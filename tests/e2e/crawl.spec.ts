/**
 * The crawler: every page (the article, each chapter page, each embed page), at a phone's and a desktop's size, read
 * with script from the top to the bottom. One walk checks what a reader must never meet on the way: a console error, a
 * page error, a failed or off-origin request, a CSP violation, a page sent without its CSP header, and layout shift
 * (every `layout-shift` entry, buffered from the start of the load: a value, not a timing, so it is asserted 0).
 */
import { expect, test } from '@playwright/test';
import { recordShifts, recordedShifts, shiftTotal } from './helpers/layout-shift';
import { ORIGIN } from './helpers/servers';
import { SIZES, chapterSlugs, guard, scrollThrough, waitForFigures } from './helpers/site';

for (const { name, viewport } of SIZES) {
  test(`every page, read through with script at ${name}: no error, no request off the site, no CSP violation, no layout shift`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    const { problems } = guard(page, ORIGIN);
    // Chromium reports a CSP violation in the console too; the event names the directive and the file.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`));
    });
    await page.goto('./');
    const slugs = await chapterSlugs(page);
    const paths = ['', ...slugs.map((s) => `${s}/`), ...slugs.map((s) => `embed/${s}/`)];
    const report: string[] = [];
    let total = 0;
    for (const path of paths) {
      const res = await page.goto(`./${path}`, { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy'], `/${path} is served with its CSP header`).toBeTruthy();
      await waitForFigures(page);
      await recordShifts(page);
      // Every page in strides of a quarter screen (each part of the page is in view at four positions). The article
      // then once more from the top, a screen at a time (a jump up, then every part in view again with its figures
      // drawn and every state changing as its steps go by; its chapters' content was just read closely, as their
      // own pages are).
      const stride = Math.round(viewport.height / 4);
      const positions = await scrollThrough(page, stride);
      if (path === '') await scrollThrough(page, viewport.height);
      if (!path.startsWith('embed/')) expect(positions, `/${path} scrolled through`).toBeGreaterThan(3);
      const shifts = await recordedShifts(page);
      const sum = shiftTotal(shifts).total;
      total += sum;
      report.push(`/${path}: layout shift ${sum.toFixed(4)} in ${shifts.length} entries`);
      for (const s of shifts.slice(0, 12)) report.push(`  ${s.value.toFixed(4)} at ${s.time} ms, scrollY ${s.scrollY}`, ...s.sources.map((src) => `    ${src}`));
      if (shifts.length > 12) report.push(`  … and ${shifts.length - 12} more`);
      // Then what the reader may open: the disclosure widgets (data tables, embed code) and the copy button; back to the
      // top in one jump, and late requests and errors arrive.
      for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
      const copy = page.locator('copy-button button').first();
      if (await copy.count()) await copy.click();
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForLoadState('networkidle');
    }
    const text = `Layout shift at ${name}: total ${total.toFixed(4)}\n${report.join('\n')}`;
    testInfo.annotations.push({ type: 'layout-shift', description: `${name}: ${total.toFixed(4)}` });
    expect.soft(problems, problems.join('\n')).toEqual([]);
    expect(total, text).toBe(0);
  });
}

/**
 * The address follows the reader without flooding the history: moving step by step with the controls replaces the
 * address; a jump from the contents is a new entry. Back and forward then restore the earlier state, in the scroll and
 * stepper modes; a reload keeps the step. Steps are discovered from the page. (The address while scrolling is checked
 * by scroll.spec.ts's walk through every step.)
 */
import { expect, test, type Page } from '@playwright/test';
import { SIZES, acrossFirstBoundary, allSteps, walkPaths } from './helpers/site';
import { barLabel, expectAtStep, openInMode, settle, waitForReader, type Mode } from './helpers/reader';

const historyLength = (page: Page) => page.evaluate(() => history.length);

for (const { name, viewport } of SIZES) {
  for (const mode of ['scroll', 'stepper'] as Mode[]) {
    test(`${mode} mode, ${name}: moving through the steps updates the address without new history entries; back and forward restore the state`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await openInMode(page, path, mode);
        const where = `/${path} (${mode}, ${name})`;
        const steps = await allSteps(page);
        const entries = await historyLength(page);

        // Step by step with the bar's "next": the address names each step, the history does not grow. A chapter page
        // is walked through; the article across its first chapter boundary (every step of it is walked by scroll.spec).
        const walked = path === '' ? acrossFirstBoundary(steps) : steps;
        for (const step of walked) {
          await page.locator('.reader-bar button[data-go="next"]').click();
          await expectAtStep(page, step, mode, `${where} "next" to #${step.id}`);
        }
        expect(await historyLength(page), `${where}: history entries after moving through ${walked.length} steps`).toBe(entries);

        if (steps.length < 3) continue;
        const [a, b] = [steps[1]!, steps[steps.length - 1]!];
        const c = steps[steps.length - 2]!;
        // Back to the second step with "previous" presses (still no new entries)…
        for (let i = walked.length - 1; i > 1; i--) await page.locator('.reader-bar button[data-go="prev"]').click();
        await expectAtStep(page, a, mode, `${where} back to #${a.id}`);
        expect(await historyLength(page), `${where}: no entries for "previous"`).toBe(entries);
        // …a jump from the contents to the last step (one new entry), then one step back with "previous".
        await page.locator('.reader-bar [popovertarget="reader-contents"]').click();
        await page.locator(`#reader-contents a[data-target="${b.id}"]`).click();
        await expect(page.locator('#reader-contents'), `${where}: the contents close after a jump`).toBeHidden();
        await expectAtStep(page, b, mode, `${where} contents jump to #${b.id}`);
        expect(await historyLength(page), `${where}: a jump is one new entry`).toBe(entries + 1);
        await page.locator('.reader-bar button[data-go="prev"]').click();
        await expectAtStep(page, c, mode, `${where} "previous" to #${c.id}`);
        const barAtC = await barLabel(page);

        await page.goBack();
        await expect(page, `${where}: back`).toHaveURL(new RegExp(`#${a.id}$`));
        await settle(page);
        await expectAtStep(page, a, mode, `${where} after going back`);
        await page.goForward();
        await expect(page, `${where}: forward`).toHaveURL(new RegExp(`#${c.id}$`));
        await settle(page);
        await expectAtStep(page, c, mode, `${where} after going forward`);
        expect(await barLabel(page), `${where}: the bar after going forward`).toBe(barAtC);

        // A reload keeps the step.
        await page.reload();
        await waitForReader(page);
        await expectAtStep(page, c, mode, `${where} after a reload`);
      }
    });
  }
}

/** axe-core finds no WCAG 2.2 AA violation, with and without script, at phone and desktop sizes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { SIZES, allSteps, chapterSlugs, expectStepShown, scrollStepToTrigger, waitForFigures } from './helpers/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One readable paragraph per violation: rule, impact, help, and each offending node with axe's summary. */
function describe(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * With script disabled, Chromium runs evaluated code and promise jobs but no callback the page
 * schedules (timers, queueMicrotask), and axe-core settles each rule through setTimeout(…, 0).
 * Short timers become promise jobs; long ones (axe's cache expiry and preload time-out) are
 * dropped. The page's own scripts stay off.
 */
async function allowAxeWithoutScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { setTimeout: unknown; clearTimeout: unknown };
    w.setTimeout = (fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
      if (ms <= 10) void Promise.resolve().then(() => fn(...args));
      return 0;
    };
    w.clearTimeout = () => undefined;
  });
}

async function scan(page: Page, where: string, legacy: boolean): Promise<void> {
  // Without script, run axe in the page itself (legacy mode): by default it finishes in a new blank
  // page of the same script-less context, where no timer fires. The pages have no iframes.
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(legacy).analyze();
  const report = describe(results.violations);
  if (results.violations.length) console.log(`axe violations on ${where}:\n${report}`);
  expect(results.violations, `axe violations on ${where}:\n${report}`).toEqual([]);
  expect(results.passes.length, `axe ran its rules on ${where}`).toBeGreaterThan(10);
}

for (const javaScriptEnabled of [true, false]) {
  for (const { name, viewport } of SIZES) {
    test.describe(`axe, script ${javaScriptEnabled ? 'on' : 'off'}, ${name}`, () => {
      test.use({ javaScriptEnabled, viewport });
      for (const which of ['the article', 'every chapter page'] as const) {
        test(`${which} has no axe violations`, async ({ page }) => {
          await page.goto('./');
          const paths = which === 'the article' ? [''] : (await chapterSlugs(page)).map((s) => `${s}/`);
          for (const path of paths) {
            const where = `/${path} (script ${javaScriptEnabled ? 'on' : 'off'}, ${name})`;
            await page.goto(`./${path}`);
            if (javaScriptEnabled) await waitForFigures(page);
            else await allowAxeWithoutScript(page);
            // Open the data tables too, so their contents are checked.
            await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
            await scan(page, where, !javaScriptEnabled);
            if (javaScriptEnabled) {
              // Again with the last step active: another chart state in the sticky figure.
              const steps = await allSteps(page);
              const last = steps[steps.length - 1]!;
              await scrollStepToTrigger(page, last.id, 20);
              await expectStepShown(page, last);
              await scan(page, `${where} at step #${last.id}`, false);
            }
          }
        });
      }
    });
  }
}

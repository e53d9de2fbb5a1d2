/**
 * The sticky figure follows the scroll position: step by step in both directions (the address following the step in
 * view, with no new history entry, and no step's own figure image fetched), from a deep link, after a reload, after a jump, and through back/forward. Steps are
 * discovered from the page.
 */
import { expect, test } from '@playwright/test';
import {
  SIZES,
  allSteps,
  expectStepShown,
  scrollStepToTrigger,
  scrollToY,
  scrollies,
  waitForFigures,
  type StepInfo,
  walkPaths,
} from './helpers/site';

for (const { name, viewport } of SIZES) {
  test.describe(`scrolly at ${name}`, () => {
    test.use({ viewport });

    test('scrolling to each step shows its state and puts it in the address, scrolling back up restores earlier ones', async ({ page }) => {
      await page.goto('./');
      const paths = (await walkPaths(page));
      // Chart images fetched: a step's own figure is read by screen readers only here, and its picture never loads.
      const fetched: string[] = [];
      page.on('request', (r) => {
        const file = new URL(r.url()).pathname;
        if (/\/charts\/[^/]+\.svg$/.test(file)) fetched.push(file);
      });
      for (const path of paths) {
        fetched.length = 0;
        await page.goto(`./${path}`);
        await waitForFigures(page);
        const entries = await page.evaluate(() => history.length);
        const groups = await scrollies(page);
        expect(groups.length, `/${path} should hold at least one scrolly`).toBeGreaterThan(0);
        for (const group of groups) {
          expect(group.steps.length, `scrolly ${group.index} on /${path} has steps`).toBeGreaterThan(0);
          for (const step of group.steps) {
            expect(await scrollStepToTrigger(page, step.id), `/${path}: the page can scroll #${step.id} to the trigger line`).toBe(true);
            await expectStepShown(page, step, `/${path} scrolling down`);
            await expect(page, `/${path}: the address follows the scroll to #${step.id}`).toHaveURL(new RegExp(`#${step.id}$`));
          }
          for (const step of [...group.steps].reverse().slice(1)) {
            await scrollStepToTrigger(page, step.id);
            await expectStepShown(page, step, `/${path} scrolling back up`);
          }
          // Just above the first step's trigger: still the first state.
          const first = group.steps[0]!;
          await scrollStepToTrigger(page, first.id, -40);
          await expectStepShown(page, first, `/${path} above the first step`);
        }
        // Every file a step's figure could show, but a scrolly's first state's (the sticky figure's image until it draws).
        const stepImages = await page.evaluate(() => {
          const files = (steps: string) =>
            [...document.querySelectorAll(`.scrolly-steps > ${steps} .step-figure picture`)].flatMap((p) =>
              [...p.querySelectorAll('source, img')].map((el) => new URL(el.getAttribute('srcset') ?? el.getAttribute('src') ?? '', location.href).pathname),
            );
          const firsts = new Set(files('.step:first-child'));
          return files('.step:not(:first-child)').filter((f) => !firsts.has(f));
        });
        expect(stepImages.length, `/${path}: steps past the first have figures`).toBeGreaterThan(0);
        expect(fetched.filter((f) => stepImages.includes(f)), `/${path}: step figures' images fetched while scrolling`).toEqual([]);
        await scrollToY(page, 0);
        await expect(page, `/${path}: back at the top, no fragment`).toHaveURL(new RegExp(`/${path.replace(/\//g, '\\/')}$`));
        expect(await page.evaluate(() => history.length), `/${path}: scrolling adds no history entries`).toBe(entries);
      }
    });

    test('a deep link to a step opens at that step’s state, on the article and on chapter pages', async ({ page }) => {
      await page.goto('./');
      const targets: { path: string; step: StepInfo }[] = [];
      for (const path of await walkPaths(page)) {
        await page.goto(`./${path}`);
        for (const step of await allSteps(page)) targets.push({ path, step });
      }
      // The examples from the brief are among them.
      expect(targets.map((t) => `/${t.path}#${t.step.id}`)).toEqual(
        expect.arrayContaining(['/#the-climb-jan28', '/the-climb/#the-climb-milestones']),
      );
      for (const { path, step } of targets) {
        await page.goto('about:blank');
        await page.goto(`./${path}#${step.id}`);
        await waitForFigures(page);
        await expectStepShown(page, step, `deep link /${path}#${step.id}`);
      }
    });

    test('a reload in mid-page shows the state of the step in view, in every scrolly', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      // One step in each scrolly, past its first (whose state the figure shows before any step is reached).
      for (const step of (await scrollies(page)).map((g) => g.steps[Math.min(1, g.steps.length - 1)]!)) {
        await scrollStepToTrigger(page, step.id, 20);
        await expectStepShown(page, step, 'before reload');
        const before = await page.evaluate(() => window.scrollY);
        await page.reload();
        await waitForFigures(page);
        // The browser restores the scroll position; the figure must follow it.
        await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'scroll position restored on reload' }).toBeCloseTo(before, -1);
        await expectStepShown(page, step, 'after reload');
      }
    });

    test('a jump from the top to the last step ends on the last state, and a jump back shows the first', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      const groups = await scrollies(page);
      const firsts = groups.map((g) => g.steps[0]!);
      const lasts = groups.map((g) => g.steps[g.steps.length - 1]!);
      for (const step of firsts) await expectStepShown(page, step, 'at the top');

      // Straight to the last step of the last scrolly: every scrolly has been passed.
      await scrollStepToTrigger(page, lasts[lasts.length - 1]!.id, 20);
      for (const step of lasts) await expectStepShown(page, step, 'after a jump to the last step');

      await scrollToY(page, 0);
      for (const step of firsts) await expectStepShown(page, step, 'after a jump back to the top');

      await scrollToY(page, 'bottom');
      for (const step of lasts) await expectStepShown(page, step, 'after a jump to the bottom of the page');

      await scrollToY(page, 0);
      for (const step of firsts) await expectStepShown(page, step, 'after a second jump back to the top');
    });

    test('back and forward between step anchors restore each step’s state', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      for (const group of await scrollies(page)) {
        if (group.steps.length < 2) continue;
        const a = group.steps.length > 2 ? group.steps[1]! : group.steps[0]!;
        const b = group.steps[group.steps.length - 1]!;
        await page.evaluate((id) => (location.hash = `#${id}`), a.id);
        await expectStepShown(page, a, `location.hash = #${a.id}`);
        await page.evaluate((id) => (location.hash = `#${id}`), b.id);
        await expectStepShown(page, b, `location.hash = #${b.id}`);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`#${a.id}$`));
        await expectStepShown(page, a, 'after going back');
        await page.goForward();
        await expect(page).toHaveURL(new RegExp(`#${b.id}$`));
        await expectStepShown(page, b, 'after going forward');
      }
    });
  });
}

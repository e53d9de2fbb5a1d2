/**
 * Step lists far from the view skip their rendering (`content-visibility: auto`, src/client/reader/offscreen-steps.ts)
 * and keep exactly their size: the page is as tall, and every step where it was, as with every list rendered; again
 * after a resize and in the stepper mode. A jump to a step far away renders its list in the first frame at the new
 * position, also after the content above it grew: no frame shows it skipped, and no layout shift is reported.
 */
import { expect, test, type Page } from '@playwright/test';
import { recordShifts, recordedShifts, shiftTotal } from './helpers/layout-shift';
import { chooseMode, waitForReader } from './helpers/reader';
import { SIZES, nextFrames } from './helpers/site';

/** The page's height and each step's top in the document, with the lists skipping as they are, then with none skipping. */
async function skippedAndRendered(page: Page) {
  return page.evaluate(() => {
    const read = () => ({
      height: document.documentElement.scrollHeight,
      tops: [...document.querySelectorAll('.scrolly .step')].map((s) => Math.round(s.getBoundingClientRect().top + scrollY)),
    });
    const lists = [...document.querySelectorAll('.scrolly-steps')];
    // A list that skips is drawn as a box; the steps inside it are not rendered.
    const skipping = lists.filter((l) => !l.querySelector('.step')!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)).length;
    const asIs = read();
    document.documentElement.removeAttribute('data-steps-sized');
    const rendered = read();
    document.documentElement.setAttribute('data-steps-sized', '');
    return { skipping, asIs, rendered };
  });
}

/** Waits until every step list is sized again (the resize or mode change has had its frames first). */
async function sized(page: Page): Promise<void> {
  await nextFrames(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-steps-sized')), { message: 'every step list sized' }).toBe(true);
}

async function expectSkippingKeepsSizes(page: Page, when: string): Promise<void> {
  const s = await skippedAndRendered(page);
  expect(s.skipping, `${when}: step lists far from the view skip their rendering`).toBeGreaterThan(0);
  expect(s.asIs.height, `${when}: the page as tall as with every list rendered`).toBe(s.rendered.height);
  expect(s.asIs.tops, `${when}: every step where it is with every list rendered`).toEqual(s.rendered.tops);
}

for (const { name, viewport } of SIZES) {
  test(`${name}: step lists far from the view skip their rendering and keep their size, also after a resize and in the stepper mode`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await waitForReader(page);
    await sized(page);
    await expectSkippingKeepsSizes(page, 'at the top');
    await page.setViewportSize({ width: viewport.width - 37, height: viewport.height });
    await sized(page);
    await expectSkippingKeepsSizes(page, 'after a resize');
    await chooseMode(page, 'stepper');
    await sized(page);
    await expectSkippingKeepsSizes(page, 'in the stepper mode');
  });

  test(`${name}: a jump to a far step renders its list in the first frame there, with no layout shift, also after the content above it grew`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await waitForReader(page);
    await sized(page);
    // Every data table above a step in a far list opened: that list moves down by their height.
    const { id, grew } = await page.evaluate(() => {
      const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step')];
      const far = steps.filter((s) => s.closest('.scrolly-steps')!.hasAttribute('data-far'));
      const step = far[Math.floor(far.length / 2)];
      if (!step) return { id: '', grew: 0 };
      const before = document.documentElement.scrollHeight;
      for (const d of document.querySelectorAll('details')) {
        if (d.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING) d.open = true;
      }
      return { id: step.id, grew: document.documentElement.scrollHeight - before };
    });
    expect(id, 'a step in a list far from the view').not.toBe('');
    expect(grew, `the page grew with the tables above #${id} open`).toBeGreaterThan(3 * viewport.height);
    await nextFrames(page);
    await recordShifts(page);
    const jump = await page.evaluate((id) => {
      const step = document.getElementById(id)!;
      const skippedBefore = !step.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
      const at = performance.now();
      step.scrollIntoView({ block: 'center', behavior: 'instant' });
      // A frame callback runs after the frame's scroll event and before its layout and paint.
      return new Promise<{ at: number; skippedBefore: boolean; nearInFirstFrame: boolean }>((resolve) =>
        requestAnimationFrame(() => resolve({ at, skippedBefore, nearInFirstFrame: !step.closest('.scrolly-steps')!.hasAttribute('data-far') })),
      );
    }, id);
    expect(jump.skippedBefore, `#${id} skipped its rendering before the jump`).toBe(true);
    expect(jump.nearInFirstFrame, `#${id}'s list no longer far in the first frame after the jump`).toBe(true);
    await nextFrames(page);
    const visible = await page.evaluate((id) => document.getElementById(id)!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions), id);
    expect(visible, `#${id} rendered after the jump`).toBe(true);
    // The tables' opening moved what was below them (no reader input, so it counts as a shift): only the jump's are read.
    const { total, sources } = shiftTotal((await recordedShifts(page)).filter((s) => s.time >= Math.floor(jump.at)));
    expect(total, `layout shift over the jump: ${sources.join('; ')}`).toBe(0);
  });
}

/**
 * Embeds in short frames (the fitted layout): the chart keeps a readable height, and the step controls, the step's
 * text and the source line sit below it, never over it, in the frames below.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from './helpers/site';

// Frames well short of the chapter. Below these (320x680, 390x500) a chapter with a long source line still pushes
// the step controls onto the chart: a known limit, left to the chart-geometry work.
const FRAMES = [
  { width: 320, height: 760 },
  { width: 390, height: 600 },
  { width: 600, height: 520 },
];

for (const viewport of FRAMES) {
  test(`a ${viewport.width}x${viewport.height} frame: every chapter's chart is at least 100 px tall and nothing covers it`, async ({ page }) => {
    await page.goto('./');
    const slugs = await chapterSlugs(page);
    await page.setViewportSize(viewport);
    for (const slug of slugs) {
      await page.goto(`./embed/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('data-layout', 'fit');
      await page.locator('.scrolly-section.is-current svg.live').waitFor();
      const boxes = await page.evaluate(() => {
        const section = document.querySelector('.scrolly-section.is-current')!;
        const box = (sel: string) => {
          const r = section.querySelector(sel)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, height: r.height };
        };
        return { frame: box('scrolly-figure .chart-frame'), controls: box('.step-controls'), step: box('.step.is-active'), notes: box('.chart-notes') };
      });
      const where = `/embed/${slug}/ in a ${viewport.width}x${viewport.height} frame`;
      expect(boxes.frame.height, `${where}: the chart's height`).toBeGreaterThanOrEqual(100);
      expect(boxes.controls.top, `${where}: the step controls start below the chart`).toBeGreaterThanOrEqual(boxes.frame.bottom - 0.5);
      expect(boxes.step.top, `${where}: the step's text starts below the controls`).toBeGreaterThanOrEqual(boxes.controls.bottom - 0.5);
      expect(boxes.notes.top, `${where}: the source line starts below the step's text`).toBeGreaterThanOrEqual(boxes.step.bottom - 0.5);
    }
  });
}

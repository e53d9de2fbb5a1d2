/** Without script the story is unrolled: every step's text and its figure, no sticky graphic. */
import { expect, test } from '@playwright/test';
import { SIZES, allSteps, chapterSlugs } from './helpers/site';

test.use({ javaScriptEnabled: false });

for (const { name, viewport } of SIZES) {
  test(`without script, every step's text and figure is shown and the sticky graphic is not, at ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const paths = ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)];
    for (const path of paths) {
      await page.goto(`./${path}`);
      expect(await page.evaluate(() => matchMedia('(scripting: none)').matches), 'the browser reports (scripting: none)').toBe(true);
      const steps = await allSteps(page);
      expect(steps.length, `/${path} has steps`).toBeGreaterThan(0);

      for (const graphic of await page.locator('.scrolly-graphic').all()) {
        await expect(graphic, `/${path}: the sticky graphic is not displayed`).toBeHidden();
        expect(await graphic.evaluate((el) => getComputedStyle(el).display)).toBe('none');
      }

      for (const step of steps) {
        const label = `/${path}#${step.id}`;
        const paragraphs = page.locator(`#${step.id} .step-text p`);
        expect(await paragraphs.count(), `${label} has text`).toBeGreaterThan(0);
        for (const p of await paragraphs.all()) await expect(p, `${label}: step text visible`).toBeVisible();

        const figure = page.locator(`#${step.id} .step-figure`);
        await expect(figure.locator('[data-role="title"]'), `${label}: figure title visible`).toBeVisible();
        // Exactly one of the two SVGs shows, the one for the figure's width, with a real box.
        const shown = await figure.evaluate((fig) => {
          const frame = fig.querySelector<HTMLElement>('.chart-frame')!;
          const want = frame.clientWidth >= 560 ? 'size-wide' : 'size-narrow';
          const visible = [...fig.querySelectorAll('svg')]
            .filter((svg) => {
              const r = svg.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(svg).display !== 'none' && getComputedStyle(svg).visibility !== 'hidden';
            })
            .map((svg) => [...svg.classList].find((c) => c.startsWith('size-')) ?? '?');
          return { want, visible, width: frame.clientWidth };
        });
        expect(shown.visible, `${label}: the ${shown.want} SVG (and only it) is visible in a ${shown.width}px frame`).toEqual([shown.want]);
        const svg = figure.locator(`svg.${shown.want}`);
        await expect(svg).toBeVisible();
        expect(await svg.getAttribute('data-state'), `${label}: the figure shows the step's state`).toBe(step.state);
        const box = await svg.boundingBox();
        expect(box && box.width > 100 && box.height > 100, `${label}: the SVG has a real size (${JSON.stringify(box)})`).toBe(true);
      }
    }
  });
}

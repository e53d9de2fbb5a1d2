/** Without script the story is unrolled: every step's text and its figure, no sticky graphic. */
import { expect, test } from '@playwright/test';
import { imageLayouts, NARROWEST_WINDOW } from '../../src/site/image-layouts';
import { stepImages } from './helpers/chart-image';
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
      }

      // Each step's figure is its state's picture, showing the file for the window's width (src/site/image-layouts.ts),
      // loaded, with a real size, no narrower than drawn. Without script images are not lazy: the page's load has loaded them all.
      const images = await stepImages(page);
      expect(images.map((i) => i.id), `/${path}: every step has its picture`).toEqual(steps.map((s) => s.id));
      for (const image of images) {
        const label = `/${path}#${image.id}`;
        expect(image.pictureState, `${label}: the figure shows the step's state`).toBe(image.state);
        expect(image.shows, `${label}: the ${image.want} file is shown at a ${viewport.width}px window`).toBe(image.want);
        expect(image.loaded, `${label}: the image has loaded`).toBe(true);
        expect(image.rendered, `${label}: the image is displayed`).toBe(true);
        expect(image.width > 100 && image.height > 100, `${label}: the image has a real size (${image.width}x${image.height})`).toBe(true);
        expect(image.width, `${label}: the image is never shown narrower than drawn (its text would be under 11 px)`).toBeGreaterThanOrEqual(image.drawnWidth);
      }
    }
  });
}

// Each picture switches to the next drawing where the column is as wide as it is drawn: at both sides of every switch,
// the file shown is that window's layout and is shown at least as wide as it was drawn.
test('without script, at each side of every switch between drawings, the picture shows its layout no narrower than drawn', async ({ page }) => {
  const windows = [NARROWEST_WINDOW, ...imageLayouts.slice(1).flatMap((l) => [l.fromWindow - 1, l.fromWindow]), 1440];
  for (const width of windows) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./the-fed-holds/');
    const images = await stepImages(page);
    expect(images.length, 'the chapter has steps').toBeGreaterThan(0);
    for (const image of images) {
      const label = `${width}px window, #${image.id}`;
      expect(image.loaded, `${label}: the image has loaded`).toBe(true);
      expect(image.shows, `${label}: the file shown`).toBe(image.want);
      expect(image.width, `${label}: shown no narrower than drawn`).toBeGreaterThanOrEqual(image.drawnWidth);
    }
  }
});

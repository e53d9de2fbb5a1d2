/**
 * An embed shows nothing before its layout is chosen (embed.css hides the page until src/client/embed/embed-boot.ts
 * has set <html data-layout>): under load Chromium draws frames while the page is still being parsed, and one that
 * showed the chapter without its layout would then move it.
 */
import { expect, test } from '@playwright/test';
import { chapterSlugs } from './helpers/site';

// A short frame: the fitted layout, the one furthest from the page's unstyled flow.
test.use({ viewport: { width: 600, height: 500 } });

test("every chapter's embed draws its first frame hidden, or laid out with its step controls whole", async ({ page }) => {
  // The CPU is slowed 20x so that the parser yields often (10 of 12 loads of three embeds here drew their first frame
  // before the layout was chosen); the first frame's callback tells what was there, and whether it was on show.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const layout = document.documentElement.dataset['layout'] ?? null;
      (window as unknown as { firstFrame: unknown }).firstFrame =
        document.body && getComputedStyle(document.body).visibility === 'visible'
          ? { shown: true, layout, next: document.querySelector('step-controls [data-role="next"]')?.textContent ?? null }
          : { shown: false };
    });
  });
  await page.goto('./');
  const slugs = await chapterSlugs(page);
  expect(slugs.length, 'chapters on the article page').toBeGreaterThan(0);
  const cdp = await page.context().newCDPSession(page);
  for (const slug of slugs) {
    await page.goto('about:blank');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.goto(`./embed/${slug}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => 'firstFrame' in window);
    const drawn = await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if ((drawn as { shown: boolean }).shown) expect(drawn, `/embed/${slug}/: on show at the first frame`).toEqual({ shown: true, layout: 'fit', next: 'Next →' });
  }
});

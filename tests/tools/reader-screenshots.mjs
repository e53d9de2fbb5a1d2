// Screenshots of the reading experience into tests/.output/screenshots/reader (for looking, not asserting):
// light and dark, phone and desktop, each reading mode at a step, the contents and settings panels, and print.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const out = 'tests/.output/screenshots/reader';
await mkdir(out, { recursive: true });
const server = await startStaticServer({ root: process.env.SITE_OUT_DIR || 'dist', base: process.env.SITE_BASE || '/' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const path = process.argv[2] ?? '';
const sizes = [['phone', { width: 390, height: 844 }], ['desktop', { width: 1440, height: 900 }]];

for (const scheme of ['light', 'dark']) {
  for (const [name, viewport] of sizes) {
    const ctx = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    const tag = `${scheme}-${name}`;
    for (const mode of ['scroll', 'stepper', 'article']) {
      await page.goto(server.url + path);
      await page.evaluate((m) => localStorage.setItem('seven-thousand:reader', JSON.stringify(m === 'scroll' ? {} : { mode: m })), mode);
      await page.reload();
      const second = await page.$$eval('.step', (els) => els[1]?.id);
      if (second) {
        await page.goto(`${server.url}${path}#${second}`);
        await page.waitForTimeout(300);
      }
      await page.screenshot({ path: `${out}/${tag}-${mode}.png` });
    }
    await page.evaluate(() => localStorage.clear());
    await page.goto(server.url + path);
    await page.keyboard.press('Tab');
    await page.screenshot({ path: `${out}/${tag}-skip-link.png` });
    for (const panel of ['contents', 'settings']) {
      await page.locator(`[popovertarget="reader-${panel}"]`).click();
      await page.screenshot({ path: `${out}/${tag}-${panel}.png` });
      await page.keyboard.press('Escape');
    }
    await ctx.close();
  }
}

// Print: A4 width at 96 dpi, with the print stylesheet, in page-high slices of one long page, and as a PDF.
const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 }, colorScheme: 'dark' });
const page = await ctx.newPage();
await page.goto(server.url + path);
await page.evaluate(() => localStorage.setItem('seven-thousand:reader', JSON.stringify({ mode: 'stepper' })));
await page.reload();
await page.emulateMedia({ media: 'print' });
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, n = 1; y < height; y += 1123, n++) {
  await page.screenshot({ path: `${out}/print-${String(n).padStart(2, '0')}.png`, fullPage: true, clip: { x: 0, y, width: 794, height: Math.min(1123, height - y) } });
}
await page.pdf({ path: `${out}/print.pdf`, format: 'A4', printBackground: false });
await ctx.close();

await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

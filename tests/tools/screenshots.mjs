// Takes full-page and per-step screenshots at 390x844 and 1440x900 into tests/.output/screenshots (for looking, not asserting).
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const out = 'tests/.output/screenshots';
await mkdir(out, { recursive: true });
const dist = process.env.SITE_OUT_DIR || 'dist';
const base = process.env.SITE_BASE || '/';
const server = await startStaticServer({ root: dist, base });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = process.argv[2] ?? '';
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1440, height: 900 }]]) {
  for (const js of [true, false]) {
    const ctx = await browser.newContext({ viewport, javaScriptEnabled: js, reducedMotion: 'reduce' });
    const p = await ctx.newPage();
    await p.goto(server.url + page);
    const tag = `${name}-${js ? 'js' : 'nojs'}`;
    if (!js) {
      await p.screenshot({ path: `${out}/${tag}-full.png`, fullPage: true });
    } else {
      const ids = await p.$$eval('.step', (els) => els.map((e) => e.id));
      await p.screenshot({ path: `${out}/${tag}-top.png` });
      for (const id of ids) {
        await p.evaluate((i) => document.getElementById(i).scrollIntoView(), id);
        await p.waitForTimeout(300);
        await p.screenshot({ path: `${out}/${tag}-${id}.png` });
      }
    }
    await ctx.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

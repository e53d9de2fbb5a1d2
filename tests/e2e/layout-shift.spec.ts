/**
 * No layout shift: every `layout-shift` entry (buffered from the start of the load) while scrolling
 * through the whole of every page in small steps. The total is a value, not a timing, so it is asserted: 0.
 */
import { expect, test } from '@playwright/test';
import { SIZES, chapterSlugs, scrollThrough, waitForFigures } from './helpers/site';

interface Shift {
  value: number;
  time: number;
  scrollY: number;
  sources: string[];
}

for (const { name, viewport } of SIZES) {
  test(`scrolling through every page shifts no layout, at ${name}`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const paths = ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)];
    const report: string[] = [];
    let total = 0;
    for (const path of paths) {
      await page.goto(`./${path}`);
      await waitForFigures(page);
      await page.evaluate(() => {
        const w = window as unknown as { __shifts: Shift[] };
        w.__shifts = [];
        const describe = (node: Node | null | undefined) => {
          if (!node) return '(gone)';
          const el = node instanceof Element ? node : node.parentElement;
          if (!el) return node.nodeName;
          const cls = el.getAttribute('class');
          return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
        };
        const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as {
            value: number;
            startTime: number;
            sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
          }[]) {
            w.__shifts.push({
              value: e.value,
              time: Math.round(e.startTime),
              scrollY: Math.round(window.scrollY),
              sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // The article in small strides, twice (from the top again: a jump up, then down); each chapter page, which shows
      // the same chapters in its own page, once in strides of a quarter screen.
      if (path === '') {
        await scrollThrough(page, Math.round(viewport.height / 8));
        await scrollThrough(page, Math.round(viewport.height / 8));
      } else await scrollThrough(page, Math.round(viewport.height / 4));
      // Let the observer deliver the last entries.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      const sum = shifts.reduce((a, s) => a + s.value, 0);
      total += sum;
      report.push(`/${path}: layout shift ${sum.toFixed(4)} in ${shifts.length} entries`);
      for (const s of shifts.slice(0, 12)) {
        report.push(`  ${s.value.toFixed(4)} at ${s.time} ms, scrollY ${s.scrollY}`, ...s.sources.map((src) => `    ${src}`));
      }
      if (shifts.length > 12) report.push(`  … and ${shifts.length - 12} more`);
    }
    const text = `Layout shift at ${name}: total ${total.toFixed(4)}\n${report.join('\n')}`;
    console.log(text);
    testInfo.annotations.push({ type: 'layout-shift', description: `${name}: ${total.toFixed(4)}` });
    expect(total, text).toBe(0);
  });
}

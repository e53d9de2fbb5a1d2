/** Layout shift, recorded in the page: every `layout-shift` entry (buffered from the start of the load) with what moved. */
import type { Page } from '@playwright/test';

export interface Shift {
  value: number;
  time: number;
  scrollY: number;
  /** Each element that moved, with its box before and after (`x,y wxh -> x,y wxh`). */
  sources: string[];
}

/** Starts recording the page's layout shifts, from the beginning of its load, into `window.__shifts`. */
export function recordShifts(page: Page): Promise<void> {
  return page.evaluate(() => {
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
}

/** The shifts recorded so far, once the observer has delivered the last entries (a frame and 100 ms). */
export async function recordedShifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

/** The total of `shifts`, and each source with the time and scroll position of its shift. */
export function shiftTotal(shifts: Shift[]): { total: number; sources: string[] } {
  return {
    total: shifts.reduce((a, s) => a + s.value, 0),
    sources: shifts.flatMap((s) => s.sources.map((src) => `${src} at ${s.time} ms, scrollY ${s.scrollY}`)),
  };
}

/**
 * What the host tests read inside an embed's frame: its layout, sizes and page overflow, anything cut off (outside
 * the frame's viewport or clipped by a box, unless in the step's own scrolling region), the step on show, and the
 * layout shifts it recorded; and walking every step with the frame's own controls.
 */
import { expect, type Frame, type Locator } from '@playwright/test';

/**
 * Runs in every frame before its scripts: counts the messages from the parent (the host's scroll reports), and logs
 * the clicks that reach the frame and its resizes, so a press that moves nothing can say whether it arrived.
 */
export const FRAME_PROBE = `if (window !== window.top) {
  window.__hostMessages = 0;
  window.__frameLog = [];
  const log = (...entry) => window.__frameLog.push([Math.round(performance.now()), ...entry]);
  addEventListener('message', (e) => { if (e.source === window.parent) window.__hostMessages++; });
  addEventListener('click', (e) => log('click', e.target.closest('[data-role]')?.dataset.role ?? e.target.tagName, Math.round(e.clientX), Math.round(e.clientY)), true);
  addEventListener('resize', () => log('resize', innerWidth, innerHeight, document.documentElement.dataset.layout));
}`;

/**
 * Presses a step button and expects the step on show to change from `from`. When it does not, the failure says
 * whether the click reached the frame, where the button was before and is now, and the frame's last clicks and resizes.
 */
async function pressExpectingMove(frame: Frame, button: Locator, shown: () => Promise<string>, from: string, what: string): Promise<void> {
  const before = await button.boundingBox({ timeout: 5_000 }).catch(() => null);
  await button.click();
  try {
    await expect.poll(shown, { message: what }).not.toBe(from);
  } catch (error) {
    const after = await button.boundingBox({ timeout: 2_000 }).catch(() => null);
    const log = await frame.evaluate(() => (window as unknown as { __frameLog?: unknown[] }).__frameLog?.slice(-12) ?? []);
    const box = (b: typeof before) => (b ? `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}` : 'none');
    throw new Error(`${what}: still at ${from}. The button was at ${box(before)} before the click and is at ${box(after)} now; the frame's last clicks and resizes (ms since its start): ${JSON.stringify(log)}`, { cause: error });
  }
}

export interface FrameState {
  layout: string;
  width: number;
  height: number;
  /** The body's height: the content's, in the full layout; the frame's, in the fitted one. */
  content: number;
  /** How far the frame's page could scroll, across and down (0 or less: no page scrollbar). */
  overflowX: number;
  overflowY: number;
  /** Things cut off by the layout, each named. */
  cut: string[];
  /** A chart's own labels drawn outside the frame (the chart's geometry, not the embed's layout), each named. */
  chartOverflow: string[];
  /** The step on show in the graphic on show (the fitted layout) or in each graphic. */
  active: string[];
  /** The fitted layout's step text region: its height, its text's, and whether the keyboard can reach it when it scrolls. */
  region: { height: number; text: number; focusable: boolean; lineHeight: number } | null;
}

/** Reads the frame's state (runs inside the frame). */
export function readFrame(): FrameState {
  const root = document.documentElement;
  const vw = innerWidth;
  const vh = innerHeight;
  const layout = root.dataset['layout'] ?? 'none';
  const cut: string[] = [];
  const chartOverflow: string[] = [];
  const name = (el: Element) => {
    const cls = el.getAttribute('class');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  };
  const bottom = layout === 'fit' || layout === 'none' ? vh : root.scrollHeight;
  const selectors = 'h1, p, li, dt, dd, figcaption, button, a, summary, .step-position, .chart-frame, svg.live, svg.live text, img';
  for (const el of document.body.querySelectorAll(selectors)) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    // Visually hidden copies (the figures kept for screen readers) are 1 px boxes with their content clipped on purpose.
    let hidden = false;
    let region: Element | null = null;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const r = a.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) hidden = true;
      const style = getComputedStyle(a);
      const scrolls = /auto|scroll/.test(style.overflowY) && a.scrollHeight > a.clientHeight + 1;
      if (scrolls && !region) region = a;
      if (!scrolls && /hidden|clip/.test(style.overflowX + style.overflowY) && (box.left < r.left - 0.5 || box.right > r.right + 0.5 || box.top < r.top - 0.5 || box.bottom > r.bottom + 0.5)) {
        cut.push(`${name(el)} is clipped by ${name(a)}`);
      }
    }
    if (hidden) continue;
    const top = region ? -Infinity : -0.5;
    const low = region ? Infinity : bottom + 0.5;
    if (box.left < -0.5 || box.right > vw + 0.5 || box.top < top || box.bottom > low) {
      (el.closest('svg.live') && el.tagName.toLowerCase() === 'text' ? chartOverflow : cut).push(`${name(el)} at ${Math.round(box.left)},${Math.round(box.top)}-${Math.round(box.right)},${Math.round(box.bottom)} is outside the frame's ${vw}x${layout === 'fit' ? vh : bottom} page`);
    }
  }
  const step = layout === 'fit' ? document.querySelector<HTMLElement>('.scrolly-section.is-current .step.is-active') : null;
  const active = layout === 'fit'
    ? [document.querySelector<HTMLElement>('.scrolly-section.is-current .scrolly')?.dataset['activeStep'] ?? '']
    : [...document.querySelectorAll<HTMLElement>('.scrolly')].map((s) => s.dataset['activeStep'] ?? '');
  const text = step?.querySelector('.step-text');
  return {
    layout,
    width: vw,
    height: vh,
    content: document.body.getBoundingClientRect().height,
    overflowX: root.scrollWidth - vw,
    overflowY: root.scrollHeight - vh,
    cut: [...new Set(cut)],
    chartOverflow: [...new Set(chartOverflow)],
    active,
    region: step && text
      ? { height: step.clientHeight, text: step.scrollHeight, focusable: step.scrollHeight <= step.clientHeight + 1 || step.tabIndex >= 0, lineHeight: parseFloat(getComputedStyle(text).lineHeight) }
      : null,
  };
}

/**
 * Layout shifts in the frame before `before` (epoch ms), summed: from the browser's own buffer of them, read at once
 * (it holds every shift since the frame's document began, and can be read even where the page may run no script).
 */
export const shiftsBefore = (frame: Frame, before: number): Promise<number> =>
  frame.evaluate((t) => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number })[];
    observer.disconnect();
    return entries.filter((e) => performance.timeOrigin + e.startTime < t).reduce((a, e) => a + e.value, 0);
  }, before);

/** Expects the frame's page not to scroll and nothing to be cut off; returns its state. */
export async function expectFits(frame: Frame, where: string): Promise<FrameState> {
  const s = await frame.evaluate(readFrame);
  expect(s.overflowX, `${where}: no page scrollbar across`).toBeLessThanOrEqual(0);
  expect(s.overflowY, `${where}: no page scrollbar down (${s.layout} layout, page ${s.height + s.overflowY} px in a ${s.height} px frame)`).toBeLessThanOrEqual(0);
  expect(s.cut, `${where}: nothing cut off`).toEqual([]);
  if (s.region) expect(s.region.focusable, `${where}: a step text region that scrolls can be reached by keyboard`).toBe(true);
  return s;
}

/** The step ids of the frame's chapter, in order. */
export const stepIds = (frame: Frame): Promise<string[]> => frame.$$eval('.scrolly > .scrolly-steps > .step', (els) => els.map((e) => e.id));

/**
 * Walks every step with the frame's own controls: in the fitted layout one walk through the chapter, in the full
 * layout each graphic's; back to the first step, then Next until it is disabled. `each` runs at every step.
 * Returns the steps shown along the way.
 */
export async function walkSteps(frame: Frame, each: (where: string) => Promise<void>, beforeGraphic: (index: number) => Promise<void> = async () => {}): Promise<Set<string>> {
  const reached = new Set<string>();
  const layout = await frame.evaluate(() => document.documentElement.dataset['layout']);
  const graphics = layout === 'fit' ? 1 : await frame.locator('.scrolly').count();
  const steps = await stepIds(frame);
  const shown = (g: number) =>
    frame.evaluate(
      ({ fit, g }) => (fit ? document.querySelector<HTMLElement>('.scrolly-section.is-current .scrolly') : document.querySelectorAll<HTMLElement>('.scrolly')[g]!)?.dataset['activeStep'] ?? '',
      { fit: layout === 'fit', g },
    );
  for (let g = 0; g < graphics; g++) {
    await beforeGraphic(g);
    const controls = () => (layout === 'fit' ? frame.locator('.scrolly-section.is-current step-controls') : frame.locator('.scrolly').nth(g).locator('step-controls'));
    for (let i = 0; i <= steps.length && (await controls().locator('[data-role="prev"]').getAttribute('aria-disabled')) !== 'true'; i++) {
      await pressExpectingMove(frame, controls().locator('[data-role="prev"]'), () => shown(g), await shown(g), 'Previous moves to another step');
    }
    reached.add(await shown(g));
    await each(`at ${await shown(g)}`);
    for (let i = 0; i <= steps.length && (await controls().locator('[data-role="next"]').getAttribute('aria-disabled')) !== 'true'; i++) {
      await pressExpectingMove(frame, controls().locator('[data-role="next"]'), () => shown(g), await shown(g), 'Next moves to another step');
      reached.add(await shown(g));
      await each(`at ${await shown(g)}`);
    }
  }
  return reached;
}

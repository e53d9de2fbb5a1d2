// Benchmark, not a gate: Chromium at 390x844 with 4x CPU throttling scrolls the whole article in small wheel steps and
// prints frame intervals (p50/p95/p99/max), frames over 20 ms and what they came after, long tasks and layout shift. `npm run bench:scroll [-- --path=the-climb/]`
import { chromium } from '@playwright/test';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/browser.mjs';
import { arg } from './gate.mjs';
import { serveBuild } from './site-pages.mjs';

const VIEWPORT = { width: 390, height: 844 };
const CPU_SLOWDOWN = 4;
/** One wheel notch: 100 px, a small step like a trackpad or a phone flick, sent about every frame. */
const STEP_PX = 100;
const STEP_MS = 16;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (n) => `${n.toFixed(1)} ms`;

const dist = arg('dist') ?? 'dist';
const path = arg('path') ?? '';
const server = await serveBuild(dist, '/');
const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const version = browser.version();
// Device pixel ratio 1: with no GPU, a higher ratio would measure software rasterisation more than the page.
const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
const page = await ctx.newPage();
await page.goto(server.url + path);
// Ready when the step controller has run and the first figure has drawn; the others draw as they come near.
await page.waitForFunction(() => !!customElements.get('scrolly-figure') && [...document.querySelectorAll('.scrolly')].every((s) => s.dataset.activeStep) && !!document.querySelector('scrolly-figure svg.live'));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

// Record every frame, long task and layout shift from here on.
await page.evaluate(() => {
  const w = window;
  w.__bench = { frames: [], longTasks: [], longFrames: [], shifts: [], stateChanges: [], sceneFiles: [] };
  const tick = (t) => {
    w.__bench.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => w.__bench.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  // Long animation frames (over 50 ms from the start of a task to the next paint): what the reader feels as jank.
  // Each with the scripts that ran in it (what called them, for how long, how much of it forced style and layout).
  new PerformanceObserver((list) =>
    w.__bench.longFrames.push(
      ...list.getEntries().map((e) => ({
        duration: e.duration,
        // After the scripts: rendering (rAF callbacks, then style and layout, then paint and commit).
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, duration: s.duration, layout: s.forcedStyleAndLayoutDuration })),
      })),
    ),
  ).observe({ type: 'long-animation-frame' });
  // When a figure changed state, and when a chart's scene file arrived: what a slow frame came just after.
  for (const f of document.querySelectorAll('scrolly-figure')) {
    new MutationObserver(() => w.__bench.stateChanges.push(performance.now())).observe(f, { attributes: true, attributeFilter: ['data-state'] });
  }
  new PerformanceObserver((list) => w.__bench.sceneFiles.push(...list.getEntries().filter((e) => e.name.includes('/scenes/')).map((e) => e.responseEnd))).observe({ type: 'resource' });
  new PerformanceObserver((list) => w.__bench.shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({ type: 'layout-shift' });
});

const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
const started = Date.now();
let wheels = 0;
for (;;) {
  await page.mouse.wheel(0, STEP_PX);
  wheels++;
  await page.waitForTimeout(STEP_MS);
  const y = await page.evaluate(() => scrollY);
  if (y >= height - 1 || wheels > 5 * (height / STEP_PX)) break;
}
await page.waitForTimeout(1000);
const seconds = (Date.now() - started) / 1000;
const { frames, longTasks, longFrames, shifts, stateChanges, sceneFiles, states } = await page.evaluate(() => ({
  ...window.__bench,
  states: [...document.querySelectorAll('scrolly-figure')].map((f) => f.getAttribute('data-state')),
}));
await browser.close();
await server.close();

const intervals = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
const cpu = cpus();
console.log(`Scroll benchmark: /${path} (${height} px of scrolling) at ${VIEWPORT.width}x${VIEWPORT.height}, ${CPU_SLOWDOWN}x CPU throttling, chart transitions on, ${wheels} wheel steps of ${STEP_PX} px in ${seconds.toFixed(1)} s`);
console.log(`machine: ${cpu.length} x ${cpu[0]?.model.trim()} at ${cpu[0]?.speed} MHz, ${(totalmem() / 2 ** 30).toFixed(0)} GB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; Chromium ${version}, headless, no GPU`);
console.log(`frames: ${intervals.length}, interval p50 ${ms(quantile(intervals, 0.5))}, p95 ${ms(quantile(intervals, 0.95))}, p99 ${ms(quantile(intervals, 0.99))}, max ${ms(intervals.at(-1) ?? 0)}; over 50 ms: ${intervals.filter((i) => i > 50).length}`);
// Intervals come in whole vsyncs (16.7, 33.3, 50 ms), so p95 and p99 move in big jumps: the count of frames over
// 20 ms (a vsync missed) says more, with what each came just after.
const slow = { 'a scene file arriving': 0, "a state change's first frame": 0, 'a transition (600 ms after a change)': 0, 'nothing of these': 0 };
for (let i = 1; i < frames.length; i++) {
  const [from, to] = [frames[i - 1], frames[i]];
  if (to - from <= 20) continue;
  if (sceneFiles.some((t) => t >= from - 20 && t <= to)) slow['a scene file arriving']++;
  else if (stateChanges.some((t) => t >= from - 20 && t <= to)) slow["a state change's first frame"]++;
  else if (stateChanges.some((t) => from > t && from - t < 600)) slow['a transition (600 ms after a change)']++;
  else slow['nothing of these']++;
}
const slowCount = Object.values(slow).reduce((a, b) => a + b, 0);
console.log(`frames over 20 ms: ${slowCount} (${((100 * slowCount) / Math.max(1, intervals.length)).toFixed(1)}%), after ${Object.entries(slow).map(([k, v]) => `${k} ${v}`).join(', ')}; ${stateChanges.length} state changes`);
console.log(`long tasks: ${longTasks.length}, total ${ms(longTasks.reduce((a, b) => a + b, 0))}, longest ${ms(Math.max(0, ...longTasks))}`);
console.log(`long animation frames: ${longFrames.length}, longest ${ms(Math.max(0, ...longFrames.map((f) => f.duration)))}`);
// What the long frames were spent on: script by what called it, and the frame's rendering (style, layout, paint).
const byInvoker = new Map();
for (const f of longFrames) for (const s of f.scripts) {
  const name = `${s.invoker.replace(/\?.*$/, '').replace(/https?:\/\/[^/]+/, '')}${s.fn ? ` ${s.fn}` : ''}`;
  const t = byInvoker.get(name) ?? { count: 0, duration: 0, layout: 0 };
  byInvoker.set(name, { count: t.count + 1, duration: t.duration + s.duration, layout: t.layout + s.layout });
}
const scriptTotal = [...byInvoker.values()].reduce((a, t) => a + t.duration, 0);
const sum = (key) => longFrames.reduce((a, f) => a + f[key], 0);
console.log(`  in them: script ${ms(scriptTotal)}; rendering ${ms(sum('render'))}, of which style, layout, paint and commit ${ms(sum('styleLayout'))}`);
for (const [name, t] of [...byInvoker].sort((a, b) => b[1].duration - a[1].duration).slice(0, 6)) {
  console.log(`  script ${name}: ${t.count}x, ${ms(t.duration)} (forced style and layout ${ms(t.layout)})`);
}
console.log(`layout shift during the scroll: ${shifts.reduce((a, b) => a + b, 0).toFixed(4)} (${shifts.length} shifts)`);
console.log(`final chart states: ${states.join(', ')}`);

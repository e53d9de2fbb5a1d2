/** Page helpers for the browser tests: steps and chapters are discovered from the DOM, never listed by hand. */
import { expect, type Browser, type BrowserContextOptions, type Frame, type Page } from '@playwright/test';
import { figuresReady, liveChartMismatch, loadScenes, stepMismatch } from '../../tools/figures-in-page.mjs';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
export const SIZES = [
  { name: 'phone 390x844', viewport: PHONE },
  { name: 'desktop 1440x900', viewport: DESKTOP },
] as const;

export interface StepInfo {
  /** The step's element id, `<chapter>-<step-id>`: also its deep-link fragment. */
  id: string;
  state: string;
  /** Index of its `.scrolly` among all on the page. */
  scrolly: number;
}

export interface ScrollyInfo {
  index: number;
  chart: string;
  /** The id of the chapter <article> holding it. */
  chapter: string;
  steps: StepInfo[];
}

/** Every `.scrolly` on the page, in order, with its steps. */
export async function scrollies(page: Page | Frame): Promise<ScrollyInfo[]> {
  return page.$$eval('.scrolly', (els) =>
    els.map((el, index) => ({
      index,
      chart: el.getAttribute('data-chart') ?? '',
      chapter: el.closest('article.chapter')?.id ?? '',
      steps: [...el.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')].map((s) => ({
        id: s.id,
        state: s.dataset['state'] ?? '',
        scrolly: index,
      })),
    })),
  );
}

/** All steps on the page, in document order. */
export async function allSteps(page: Page | Frame): Promise<StepInfo[]> {
  return (await scrollies(page)).flatMap((s) => s.steps);
}

/**
 * The steps up to the first scrolly's end and two steps into the next (on the article: the first chapter, its boundary,
 * and the second chapter's first change of state), for walks that test a behaviour rather than every step; all of
 * them on a page with one scrolly.
 */
export function acrossFirstBoundary(steps: StepInfo[]): StepInfo[] {
  const boundary = steps.findIndex((s) => s.scrolly > 0);
  return boundary > 0 ? steps.slice(0, boundary + 2) : steps;
}

/** Slugs of the chapters on the page (each also has a page of its own at `<slug>/`). */
export async function chapterSlugs(page: Page): Promise<string[]> {
  return page.$$eval('article.chapter[id]', (els) => els.map((e) => e.id));
}

/**
 * The pages a step-by-step walk covers: the article, where every step of every chapter is walked once (across
 * chapter boundaries), and the first chapter's own page, for a page that holds one chapter. Every chapter page is
 * still loaded and scrolled through by the health, layout-shift and no-script tests, and by the quality gates.
 */
export async function walkPaths(page: Page): Promise<string[]> {
  const slugs = await chapterSlugs(page);
  expect(slugs.length, 'the article page should hold at least one chapter').toBeGreaterThan(0);
  return ['', `${slugs[0]}/`];
}

/** Page paths to test, relative to the base: the article and every chapter page found on it. */
export async function pagePaths(browser: Browser, baseURL: string): Promise<string[]> {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('./');
  const slugs = await chapterSlugs(page);
  await ctx.close();
  expect(slugs.length, 'the article page should hold at least one chapter').toBeGreaterThan(0);
  return ['', ...slugs.map((s) => `${s}/`)];
}

/** Opens a fresh context and page. */
export async function openPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const ctx = await browser.newContext(options);
  return ctx.newPage();
}

/**
 * Waits until the step controller has run (every scrolly names its active step) and every figure in view has drawn
 * its live chart. Figures further away draw only as they come near (embeds draw all at once).
 */
export async function waitForFigures(page: Page | Frame): Promise<void> {
  await page.waitForFunction(figuresReady, {});
}

/** The trigger line of a step's scrolly, in viewport pixels (`--scrolly-trigger` × viewport height). */
export async function triggerLine(page: Page, stepId: string): Promise<number> {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.closest('.scrolly')!;
    return parseFloat(getComputedStyle(root).getPropertyValue('--scrolly-trigger')) * window.innerHeight;
  }, stepId);
}

/**
 * Scrolls instantly (window.scrollTo) so the step's top sits `above` px above its scrolly's trigger line.
 * Returns false when the page cannot scroll that far.
 */
export async function scrollStepToTrigger(page: Page, stepId: string, above = 4): Promise<boolean> {
  return page.evaluate(
    ({ id, above }) => {
      const step = document.getElementById(id)!;
      const root = step.closest('.scrolly')!;
      const trigger = parseFloat(getComputedStyle(root).getPropertyValue('--scrolly-trigger')) * window.innerHeight;
      const top = window.scrollY + step.getBoundingClientRect().top - (trigger - above);
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top, behavior: 'instant' });
      return top <= max + 0.5;
    },
    { id: stepId, above },
  );
}

/** Instant scroll to a y position. */
export async function scrollToY(page: Page, y: number | 'bottom'): Promise<void> {
  await page.evaluate((y) => {
    const top = y === 'bottom' ? document.documentElement.scrollHeight : y;
    window.scrollTo({ top, behavior: 'instant' });
  }, y);
}

/** Waits for two animation frames (layout, observers and the figure's update have had their turn). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * Sent once per document: the checks of figures-in-page.mjs as `window.__stepChecks`, so that one function (which
 * must be self-contained) can run them all at every frame. Evaluated by the browser's debugging protocol, which the
 * page's CSP does not restrict (a polled string would be, so the polled check is a function).
 */
const INSTALL_CHECKS = `window.__stepChecks ??= { stepMismatch: ${stepMismatch.toString()}, liveChartMismatch: ${liveChartMismatch.toString()}, loadScenes: ${loadScenes.toString()} }`;

interface StepChecks {
  stepMismatch: typeof stepMismatch;
  liveChartMismatch: typeof liveChartMismatch;
  loadScenes: typeof loadScenes;
}

/** What is wrong now ('' when the page shows `step`), having installed the checks and loaded the step's scenes. */
async function stepProblem(page: Page | Frame, step: StepInfo): Promise<string> {
  await page.evaluate(INSTALL_CHECKS);
  return page.evaluate(async ({ id, state }) => {
    const checks = (window as unknown as { __stepChecks: StepChecks }).__stepChecks;
    await checks.loadScenes(id);
    return checks.stepMismatch({ id, state }) || checks.liveChartMismatch(id);
  }, { id: step.id, state: step.state });
}

/**
 * Expects the scrolly holding `step` to show its state: figure state, active step, heading, drawn marks. After a
 * first look, the page checks at every frame (no round trip per look, so a state is seen the frame it is complete);
 * after the expect timeout, the failure says what is still wrong.
 */
export async function expectStepShown(page: Page | Frame, step: StepInfo, what = ''): Promise<void> {
  const label = `${what ? `${what}: ` : ''}step #${step.id}`;
  if (!(await stepProblem(page, step))) return;
  const seen = await page
    .waitForFunction(
      ({ id, state }) => {
        const checks = (window as unknown as { __stepChecks?: StepChecks }).__stepChecks;
        return !!checks && !checks.stepMismatch({ id, state }) && !checks.liveChartMismatch(id);
      },
      { id: step.id, state: step.state },
      { polling: 'raf', timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (seen) return;
  const wrong = await stepProblem(page, step);
  expect(wrong || 'shown', `${label} should show state "${step.state}"`).toBe('shown');
}

/** Scrolls through the whole page from top to bottom in steps of `stride` px, waiting a frame pair at each. */
export async function scrollThrough(page: Page, stride: number): Promise<number> {
  await scrollToY(page, 0);
  await nextFrames(page);
  let positions = 0;
  for (;;) {
    const { y, max } = await page.evaluate(
      () => ({ y: window.scrollY, max: document.documentElement.scrollHeight - window.innerHeight }),
    );
    if (y >= max - 0.5) break;
    await scrollToY(page, Math.min(max, y + stride));
    await nextFrames(page);
    positions++;
  }
  return positions;
}

/** Console errors, page errors, failed responses and requests leaving the origin, collected from a page. */
export function guard(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) problems.push(`request leaving the origin: ${req.method()} ${url}`);
  });
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the browser cancelling a request when the test navigates on; a 404 shows as a response.
    const error = req.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems };
}

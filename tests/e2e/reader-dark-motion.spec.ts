/**
 * Dark scheme and reduced motion: axe-core finds no WCAG 2.2 A/AA violation in any reading mode (panels open too), the
 * page really is dark, and with motion off (system setting or the page's own toggle) nothing animates: no chart
 * transition, no CSS animation, no smooth scroll.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SIZES, acrossFirstBoundary, allSteps, chapterSlugs, expectStepShown } from './helpers/site';
import { MODES, chooseMode, openInMode, settle, type Mode } from './helpers/reader';
import { hasNoFrames } from '../tools/axe-mode.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(await hasNoFrames(page)).analyze();
  const report = results.violations
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 6).map((n) => `  - ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
  expect(results.violations, `axe violations on ${where}:\n${report}`).toEqual([]);
  expect(results.passes.length, `axe ran on ${where}`).toBeGreaterThan(10);
}

/** Relative luminance of the page background. */
const background = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

for (const { name, viewport } of SIZES) {
  test.describe(`dark scheme, reduced motion, ${name}`, () => {
    test.use({ viewport, colorScheme: 'dark', reducedMotion: 'reduce' });

    // The article in each reading mode, scanned once per distinct page: the scroll mode's page at the top and at its
    // last step is the axe gate's dark scan (tests/quality/axe.mjs) but for the unticked motion box, so here it is
    // scanned with each panel open; the article mode unrolls every step, so its page at the last step is the one at
    // the top; the stepper shows another state at its last step. Chapter pages are the gate's, in every scheme and size.
    const SCANS: Record<Mode, { top: boolean; panels: boolean; last: boolean }> = {
      scroll: { top: false, panels: true, last: false },
      stepper: { top: true, panels: false, last: true },
      article: { top: true, panels: false, last: false },
    };
    for (const mode of MODES) {
      test(`the article in ${mode} mode is axe clean (${Object.entries(SCANS[mode]).filter(([, on]) => on).map(([k]) => k).join(', ')})`, async ({ page }) => {
        const scans = SCANS[mode];
        await openInMode(page, '', mode);
        const where = `/ (dark, reduced motion, ${mode}, ${name})`;
        expect(await background(page), `${where}: the page is dark`).toBeLessThan(0.1);
        await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
        if (scans.top) await axe(page, where);
        if (scans.panels) {
          for (const panel of ['contents', 'settings']) {
            await page.locator(`.reader-bar [popovertarget="reader-${panel}"]`).click();
            await expect(page.locator(`#reader-${panel}`)).toBeVisible();
            await axe(page, `${where} with the ${panel} panel open`);
            await page.keyboard.press('Escape');
          }
        }
        if (scans.last) {
          const steps = await allSteps(page);
          const last = steps[steps.length - 1]!;
          await page.goto(`./#${last.id}`);
          await expectStepShown(page, last, where);
          await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
          await axe(page, `${where} at #${last.id}`);
        }
      });
    }
  });

  test.describe(`dark scheme without script, ${name}`, () => {
    test.use({ viewport, colorScheme: 'dark', javaScriptEnabled: false });

    test('the unrolled story is dark', async ({ page, browser }) => {
      await page.goto('./');
      for (const path of ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)]) {
        await page.goto(`./${path}`);
        expect(await background(page), `/${path} without script: the page is dark`).toBeLessThan(0.1);
        // Chart marks take the dark palette too: the article's first chart (chapter 1's, an image of its SVG file, which
        // carries the dark palette for prefers-color-scheme: dark) draws its line in the dark scheme's light blue, not
        // the light scheme's dark blue. Other chapters draw other marks; tests/unit/styles/palette.test.ts holds every
        // chart's CSS to the palette.
        if (path === '') {
          const image = page.locator('.step-figure picture.chart-image img').first();
          await expect(image).toHaveJSProperty('complete', true);
          const pixels = await colourCounts(browser, await image.screenshot(), { dark: LINE_DARK, light: LINE_LIGHT });
          expect(pixels.dark, `/: pixels of the chart line in the dark palette's ${LINE_DARK} (of ${pixels.total})`).toBeGreaterThan(100);
          expect(pixels.light, `/: pixels of the chart line in the light palette's ${LINE_LIGHT}`).toBe(0);
        }
      }
    });
  });
}

/** The chart line's colour (`.chart .line`, --line in global.css) in each scheme. */
const LINE_DARK = 'rgb(111, 168, 245)';
const LINE_LIGHT = 'rgb(29, 79, 145)';

/** Counts a PNG's pixels within 6 per channel of each colour; decoded by the browser, in a page of its own with script. */
async function colourCounts<K extends string>(browser: Browser, png: Buffer, colours: Record<K, string>): Promise<Record<K | 'total', number>> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ data, colours }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const counts: Record<string, number> = { total: px.length / 4 };
        for (const [name, colour] of Object.entries(colours)) {
          const [r, g, b] = colour.match(/\d+/g)!.map(Number) as [number, number, number];
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) <= 6 && Math.abs(px[i + 1]! - g) <= 6 && Math.abs(px[i + 2]! - b) <= 6) n++;
          counts[name] = n;
        }
        return counts;
      },
      { data: png.toString('base64'), colours: colours as Record<string, string> },
    ) as Record<K | 'total', number>;
  } finally {
    await page.close();
  }
}

/**
 * Moves with the reading bar's "next" button through the first chapter's steps and two steps into the next chapter
 * (a step within a scrolly, a chapter boundary, a new figure's first state), and reports anything that animated. Every
 * state change of every figure with motion reduced is motion.spec.ts's.
 */
async function stepThrough(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __motion: string[] };
    w.__motion = [];
    // Smooth scrolling shows as scroll events spread over several frames; an instant jump is one.
    let positions: number[] = [];
    let last = scrollY;
    const count = () => {
      if (scrollY !== last) positions.push(Math.round(scrollY));
      last = scrollY;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    for (const fig of document.querySelectorAll<HTMLElement>('scrolly-figure')) {
      new MutationObserver(() => {
        // A mark moving (a d3 transition on it) or fading (in a group that fades: src/client/figure/apply-scene.ts).
        const moving = () => [...fig.querySelectorAll('svg.live [data-key]')].filter((m) => (m as unknown as { __transition?: object }).__transition || m.closest('[data-fade]'));
        const running = moving();
        if (running.length) w.__motion.push(`chart transition on ${running.length} marks at state ${fig.dataset['state']}`);
        requestAnimationFrame(() => {
          const later = moving();
          if (later.length) w.__motion.push(`chart transition on ${later.length} marks a frame after state ${fig.dataset['state']}`);
        });
      }).observe(fig, { attributes: true, attributeFilter: ['data-state'] });
    }
    (window as unknown as { __frames: () => number[] }).__frames = () => positions;
    (window as unknown as { __reset: () => void }).__reset = () => {
      positions = [];
    };
  });
  const steps = acrossFirstBoundary(await allSteps(page));
  const problems: string[] = [];
  for (const step of steps) {
    await page.evaluate(() => (window as unknown as { __reset: () => void }).__reset());
    await page.locator('.reader-bar button[data-go="next"]').click();
    await settle(page);
    const frames = await page.evaluate(() => (window as unknown as { __frames: () => number[] }).__frames());
    if (frames.length > 1) problems.push(`moving to #${step.id} scrolled over ${frames.length} frames, through ${frames.join(', ')} (smooth scrolling)`);
    const animations = await page.evaluate(() => document.getAnimations().map((a) => `${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.nodeName}`));
    problems.push(...animations.map((a) => `running animation at #${step.id}: ${a}`));
    await expectStepShown(page, step, `motion off, #${step.id}`);
  }
  return [...problems, ...(await page.evaluate(() => (window as unknown as { __motion: string[] }).__motion))];
}

test.describe('motion off', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('by the system setting: nothing animates', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', baseURL: test.info().project.use.baseURL });
    const page = await ctx.newPage();
    await openInMode(page, '', 'scroll');
    await expect(page.locator('#reader-settings input[name="motion"]'), 'the toggle shows the system setting').not.toBeChecked();
    expect(await stepThrough(page)).toEqual([]);
    await ctx.close();
  });

  test('by the page’s motion toggle, though the system allows motion: nothing animates, and the choice is remembered', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference', baseURL: test.info().project.use.baseURL });
    const page = await ctx.newPage();
    await openInMode(page, '', 'scroll');
    const toggle = page.locator('#reader-settings input[name="motion"]');
    await page.locator('.reader-bar [popovertarget="reader-settings"]').click();
    await expect(toggle, 'the toggle shows the system setting').toBeChecked();
    await toggle.uncheck();
    await page.keyboard.press('Escape');
    expect(await stepThrough(page)).toEqual([]);
    await page.reload();
    await expect(toggle, 'the motion choice survives a reload').not.toBeChecked();
    expect(await page.evaluate(() => document.documentElement.dataset['motion'])).toBe('off');
    await ctx.close();
  });

  test('control: with motion on, moving to a step animates (so the checks above can see motion)', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference', baseURL: test.info().project.use.baseURL });
    const page = await ctx.newPage();
    await openInMode(page, '', 'scroll');
    const problems = await stepThrough(page);
    expect(problems.some((p) => p.includes('smooth scrolling')), `smooth scrolling seen: ${problems.join('; ')}`).toBe(true);
    expect(problems.some((p) => p.includes('chart transition')), `chart transitions seen: ${problems.join('; ')}`).toBe(true);
    await ctx.close();
  });

  test('in stepper mode with motion off, a step change is instant too', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', baseURL: test.info().project.use.baseURL });
    const page = await ctx.newPage();
    await openInMode(page, '', 'scroll');
    await chooseMode(page, 'stepper');
    expect(await stepThrough(page)).toEqual([]);
    await ctx.close();
  });
});

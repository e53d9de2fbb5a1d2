/**
 * Embeds on a host page of another origin, through the real parent scripts of @newswire/frames and pym.js:
 * the iframe is as tall as the embedded document (within 2 px) after load and after the host narrows to
 * 360 px, every step of every graphic can be reached in the frame (buttons; with pym.js also the host's
 * scroll), the frame works at 300 px, and neither document logs an error.
 */
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { ORIGIN } from './helpers/servers';
import { hostPage, startHostServer, type HostServer } from './helpers/host-page';
import { chapterSlugs, expectStepShown, scrollies, waitForFigures } from './helpers/site';
import { FRAME_PROBE } from './embed-hosts/frame-checks';
import { framesSnippet, pymSnippet, type EmbedTarget } from '../../src/site/embed-snippets';

const METHODS = {
  frames: { snippet: framesSnippet, scripts: [{ src: '/vendor/frames.umd.js' }, { code: 'newswireFrames.autoInitFrames();' }] },
  pym: { snippet: pymSnippet, scripts: [{ src: '/vendor/pym.v1.min.js' }] },
} as const;
type Method = keyof typeof METHODS;

let host: HostServer;
let slugs: string[] = [];

test.beforeAll(async ({ browser }, info) => {
  host = await startHostServer(info.parallelIndex);
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${ORIGIN}/`);
  slugs = await chapterSlugs(page);
  await page.close();
  expect(slugs.length, 'chapters on the article page').toBeGreaterThan(0);
});
test.afterAll(async () => host?.close());

const target = (slug: string): EmbedTarget => ({ slug, title: `Chapter ${slug}`, embedUrl: `${ORIGIN}/embed/${slug}/`, pageUrl: `${ORIGIN}/${slug}/` });

/** Console errors and failed loads in the host page and its frames, and requests to any third origin. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error in ${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (!r.url().startsWith('data:') && origin !== ORIGIN && origin !== host.origin) problems.push(`request to a third origin: ${r.url()}`);
  });
  return problems;
}

/** The embed's frame, brought into the host's view, once the figures in view are live. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#embed-slot iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  await handle.scrollIntoViewIfNeeded();
  await waitForFigures(frame);
  return frame;
}

/**
 * Scrolls the host so `target` in the frame is in view. Where the host reports its scroll to the frame (pym.js with
 * trackscroll, which may move the steps), waits until the frame has heard the new position (counted by FRAME_PROBE).
 */
async function scrollHostTo(page: Page, frame: Frame, target: Locator): Promise<void> {
  const before = await frame.evaluate(() => (window as unknown as { __hostMessages: number }).__hostMessages);
  const y = await page.evaluate(() => scrollY);
  await target.scrollIntoViewIfNeeded();
  const moved = Math.abs((await page.evaluate(() => scrollY)) - y) >= 1;
  const tracked = await page.evaluate(() => !!document.querySelector('[data-pym-trackscroll="true"]'));
  if (moved && tracked) await frame.waitForFunction((n) => (window as unknown as { __hostMessages: number }).__hostMessages > n, before);
}

/** |iframe height in the host − the embedded document's height|, once the two agree or 5 s have passed. */
async function heightDelta(page: Page, frame: Frame): Promise<{ delta: number; iframe: number; content: number }> {
  const measure = async () => {
    const iframe = await page.$eval('#embed-slot iframe', (el) => el.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    return { delta: Math.abs(iframe - content), iframe, content };
  };
  await expect.poll(async () => (await measure()).delta, { timeout: 5_000 }).toBeLessThanOrEqual(2);
  return measure();
}

for (const method of Object.keys(METHODS) as Method[]) {
  test(`${method}: each chapter's embed is exactly as tall as its content, on a wide host and at 360 px`, async ({ browser }) => {
    test.setTimeout(20_000 * slugs.length);
    for (const slug of slugs) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      const problems = watch(page);
      const { snippet, scripts } = METHODS[method];
      await page.goto(host.page(`/${method}/${slug}/`, hostPage(snippet(target(slug)), [...scripts])));
      const frame = await embedFrame(page);
      const wide = await heightDelta(page, frame);
      await page.setViewportSize({ width: 360, height: 800 });
      await expect.poll(() => frame.evaluate(() => window.innerWidth), { message: 'the frame follows the host to 360 px' }).toBeLessThan(360);
      const narrow = await heightDelta(page, frame);
      // No inner scrollbar: the frame's document is no taller and no wider than the frame.
      const overflow = await frame.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      console.log(`embed height ${method} ${slug}: 1280 px host ${wide.iframe}/${wide.content.toFixed(2)} (Δ ${wide.delta.toFixed(2)} px); 360 px host ${narrow.iframe}/${narrow.content.toFixed(2)} (Δ ${narrow.delta.toFixed(2)} px)`);
      expect(overflow.x, 'no horizontal overflow in the frame at 360 px').toBeLessThanOrEqual(0);
      expect(overflow.y, 'no vertical overflow in the frame at 360 px').toBeLessThanOrEqual(0);
      expect(problems, problems.join('\n')).toEqual([]);
      await ctx.close();
    }
  });
}

// The step buttons in a 300 px frame, through @newswire/frames: every step of every graphic, its state drawn, its
// position shown, the ends disabled. The walks at 320, 768 and 1280 px through pym.js, frames and WordPress are
// embed-hosts.spec.ts's (every step reached with the frame's own controls, the frame fitted at each).
test('frames: every step of every graphic can be reached with the step buttons in a 300 px frame', async ({ browser }) => {
  test.setTimeout(45_000 * slugs.length);
  const { snippet, scripts } = METHODS.frames;
  const width = 332;
  for (const slug of slugs) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    await ctx.addInitScript(FRAME_PROBE);
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(host.page(`/frames/${slug}/steps/`, hostPage(snippet(target(slug)), [...scripts])));
    const frame = await embedFrame(page);
    expect(await frame.evaluate(() => window.innerWidth), 'the frame is 300 px wide').toBe(300);
    for (const scrolly of await scrollies(frame)) {
      const root = frame.locator('.scrolly').nth(scrolly.index);
      // Bring the controls into view first.
      await scrollHostTo(page, frame, root.locator('[data-role="next"]'));
      for (let i = 0; i < scrolly.steps.length && (await root.locator('[data-role="prev"]').getAttribute('aria-disabled')) !== 'true'; i++) {
        await root.locator('[data-role="prev"]').click();
      }
      await expectStepShown(frame, scrolly.steps[0]!, `${slug} at ${width}: back to the first step`);
      await expect(root.locator('[data-role="prev"]')).toHaveAttribute('aria-disabled', 'true');
      for (const step of scrolly.steps.slice(1)) {
        await root.locator('[data-role="next"]').click();
        await expectStepShown(frame, step, `${slug} at ${width}: Next`);
        await expect(root.locator('[data-role="position"]')).toHaveText(`${scrolly.steps.indexOf(step) + 1} of ${scrolly.steps.length}`);
      }
      await expect(root.locator('[data-role="next"]')).toHaveAttribute('aria-disabled', 'true');
      await root.locator('[data-role="prev"]').click();
      await expectStepShown(frame, scrolly.steps[Math.max(0, scrolly.steps.length - 2)]!, `${slug} at ${width}: Previous`);
    }
    // The frame never scrolls; its height still matches after the steps changed.
    await heightDelta(page, frame);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow').toBe(true);
    expect(problems, problems.join('\n')).toEqual([]);
    await ctx.close();
  }
});

test("pym.js with trackscroll: the host's scroll moves the graphic through every step", async ({ browser }) => {
  test.setTimeout(30_000 * slugs.length);
  for (const slug of slugs) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(host.page(`/pym/${slug}/scroll/`, hostPage(pymSnippet(target(slug)), [{ src: '/vendor/pym.v1.min.js' }])));
    const frame = await embedFrame(page);
    for (const scrolly of await scrollies(frame)) {
      const n = scrolly.steps.length;
      // Scroll the host so the scrolly's middle sits where the host's viewport maps to each step in turn
      // (src/embed/host-scroll.ts: from 75% down to 25% of the viewport height, in n equal parts).
      const box = await frame.evaluate((index) => {
        const r = document.querySelectorAll('.scrolly')[index]!.getBoundingClientRect();
        return { top: r.top + window.scrollY, height: r.height };
      }, scrolly.index);
      for (const [i, step] of scrolly.steps.entries()) {
        const reachable = await page.evaluate(
          ({ middle, i, n }) => {
            const vh = window.innerHeight;
            const middleAt = vh * 0.75 - ((i + 0.5) / n) * (vh * 0.5);
            const frameTop = document.querySelector('#embed-slot iframe')!.getBoundingClientRect().top + window.scrollY;
            const top = frameTop + middle - middleAt;
            window.scrollTo({ top, behavior: 'instant' });
            return Math.abs(window.scrollY - top) < 1;
          },
          { middle: box.top + box.height / 2, i, n },
        );
        expect(reachable, `the host page can scroll step ${i + 1} into place`).toBe(true);
        await expectStepShown(frame, step, `${slug}: host scrolled to step ${i + 1} of ${n}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    await ctx.close();
  }
});

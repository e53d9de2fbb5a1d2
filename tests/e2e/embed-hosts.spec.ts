/**
 * Every chapter's embed on host pages of a second origin, as each kind of host shows it (embed-hosts/host-pages.ts):
 * pym.js and @newswire/frames with their published parent scripts, a WordPress-style post (sanitised oEmbed html in
 * a sandbox with scripts only, wp-embed's messages), the bare oEmbed html with no host script, and that html in a
 * frame with no script at all. At 320, 768 and 1280 px: nothing cut off, no page scrollbar in the frame, every step
 * reachable with the frame's own controls, the frame within 2 px of its content where a resizer runs, no layout
 * shift before the frame's first message (none at all without a resizer), no error in either document. One host page
 * per kind and width holds every chapter. Writes a screenshot of each frame and a row per frame to
 * tests/.output/embed-hosts/.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { waitForFigures } from './helpers/site';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EMBED_START_HEIGHT, EMBED_WIDTH, pymSnippet } from '../../src/site/embed-snippets';
import { expectFits, FRAME_PROBE, shiftsBefore, stepIds, walkSteps, type FrameState } from './embed-hosts/frame-checks';
import { HOST_KINDS, hostPage, RESIZES, startHostServer, type Chapter, type HostKind, type HostServer } from './embed-hosts/host-pages';
import { sanitiseLikeWordPress, WP_HOST_SCRIPT } from './embed-hosts/wordpress';

const OUT = fileURLToPath(new URL('../.output/embed-hosts/', import.meta.url));
const WIDTHS = [320, 768, 1280] as const;
/** The host window's height at each width (a phone, a tablet, a laptop). */
const WINDOW: Record<number, number> = { 320: 640, 768: 1000, 1280: 800 };

let host: HostServer;
let chapters: Chapter[] = [];

test.beforeAll(async ({ browser, baseURL }, info) => {
  const site = new URL(baseURL!);
  host = await startHostServer(Number(process.env.E2E_EMBED_HOST_PORT) || Number(site.port) + 20 + info.parallelIndex);
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(site.href);
  const found = await page.$$eval('article.chapter[id]', (els) => els.map((e) => ({ slug: e.id, title: e.querySelector('.chapter-title')?.textContent ?? '' })));
  expect(found.length, 'chapters on the article page').toBeGreaterThan(0);
  chapters = [];
  for (const { slug, title } of found) {
    const oembed = (await (await page.request.get(new URL(`oembed/${slug}.json`, site).href)).json()) as { html: string };
    // The build names SITE_ORIGIN; the tests serve it at baseURL.
    const html = oembed.html.replace(/https?:\/\/[^/"]+\//g, site.href);
    chapters.push({ slug, title, embedUrl: new URL(`embed/${slug}/`, site).href, pageUrl: new URL(`${slug}/`, site).href, oembedHtml: html });
  }
  await page.close();
});
test.afterAll(async () => host?.close());

/** Console errors and failed loads in the host page and its frames, and requests to a third origin. */
function watch(page: Page, allowed: RegExp[] = []): string[] {
  const problems: string[] = [];
  const origins = () => [new URL(chapters[0]!.embedUrl).origin, host.origin];
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed.some((a) => a.test(m.text()))) problems.push(`console error in ${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('about:') && !origins().includes(new URL(url).origin)) problems.push(`request to a third origin: ${url}`);
  });
  return problems;
}

/** The frame of chapter `slug` on the host page, loaded (and drawn, where script runs). */
async function frameOf(page: Page, slug: string, kind: HostKind): Promise<Frame> {
  const iframe = page.locator(`[data-slug="${slug}"] iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState('load');
  if (kind !== 'no-script') await waitForFigures(frame);
  return frame;
}

const iframeHeight = (page: Page, slug: string) => page.locator(`[data-slug="${slug}"] iframe`).evaluate((el) => el.getBoundingClientRect().height);

interface Row {
  host: HostKind;
  width: number;
  chapter: string;
  layout: string;
  frame: number;
  content: number;
  steps: string;
  shift: number;
  chartLabelsOutside: number;
}

for (const kind of HOST_KINDS) {
  for (const width of WIDTHS) {
    test(`${kind} host at ${width} px: every chapter fits its frame, and every step is reachable`, async ({ browser }) => {
      test.setTimeout(90_000);
      // Reduced motion: charts change state at once, so each screenshot shows one state, not a transition.
      const ctx = await browser.newContext({ viewport: { width, height: WINDOW[width]! }, colorScheme: 'light', reducedMotion: 'reduce' });
      await ctx.addInitScript(FRAME_PROBE);
      const page = await ctx.newPage();
      // A frame sandboxed without scripts: Chromium says it blocked them, which is the point.
      const problems = watch(page, kind === 'no-script' ? [/^Blocked script execution in .* the 'allow-scripts' permission is not set\.$/] : []);
      await page.goto(host.page(`/${kind}/${width}/`, hostPage(kind, chapters)));
      const rows: Row[] = [];
      mkdirSync(`${OUT}shots`, { recursive: true });
      for (const c of chapters) {
        const where = `${kind} ${width} px ${c.slug}`;
        const frame = await frameOf(page, c.slug, kind);
        if (RESIZES[kind]) {
          // The resizer has answered: the frame is as tall as the page in it.
          await expect
            .poll(async () => Math.abs((await iframeHeight(page, c.slug)) - (await frame.evaluate(() => document.body.getBoundingClientRect().height))), {
              message: `${where}: frame height within 2 px of its content`,
            })
            .toBeLessThanOrEqual(2);
        }
        if (kind === 'wordpress') expect(await iframeHeight(page, c.slug), `${where}: WordPress never goes above 1,000 px`).toBeLessThanOrEqual(1000);
        if (kind === 'bare' || kind === 'no-script') expect(await iframeHeight(page, c.slug), `${where}: the oEmbed height`).toBe(EMBED_START_HEIGHT);
        const state: FrameState = await expectFits(frame, where);
        const overflow = new Set(state.chartOverflow);
        const firstMessage = RESIZES[kind] ? await page.evaluate((s) => (window as unknown as { __firstMessage: Map<string, number> }).__firstMessage.get(s) ?? Infinity, c.slug) : Infinity;
        const shift = await shiftsBefore(frame, firstMessage);
        expect(shift, `${where}: layout shift before the frame's first message${RESIZES[kind] ? '' : ' (no resizer: ever)'}`).toBe(0);
        await screenshot(page, c.slug, `${OUT}shots/${kind}-${width}-${c.slug}.png`);

        let steps = '–';
        if (kind === 'no-script') {
          // A static figure: the first chart, with its title and the link to the full story, inside the frame (expectFits).
          await expect(frame.locator('.step-figure img').first(), `${where}: the static figure`).toBeVisible();
          await expect(frame.locator('.step-figure figcaption').first(), `${where}: the figure's title`).toBeVisible();
          await expect(frame.locator('.embed-footer a'), `${where}: the link to the full story`).toBeVisible();
        } else {
          const all = await stepIds(frame);
          const reached = await walkSteps(
            frame,
            async (at) => {
              for (const o of (await expectFits(frame, `${where} ${at}`)).chartOverflow) overflow.add(`${at}: ${o}`);
            },
            async (g) => {
              // pym.js with trackscroll moves a full layout's steps as the host scrolls: bring the graphic into view first.
              if (kind === 'pym' && state.layout === 'full') await settleHostScroll(page, frame, g);
            },
          );
          expect([...reached].sort(), `${where}: every step reached with the frame's own controls`).toEqual([...all].sort());
          steps = `${reached.size}/${all.length}`;
        }
        // Chart labels drawn past the frame's edge belong to the charts' geometry (its own issue): reported, not failed here.
        for (const o of overflow) test.info().annotations.push({ type: 'chart label outside the frame', description: `${where} ${o}` });
        rows.push({ host: kind, width, chapter: c.slug, layout: state.layout, frame: Math.round(await iframeHeight(page, c.slug)), content: Math.round(state.content), steps, shift, chartLabelsOutside: overflow.size });
      }
      writeFileSync(`${OUT}${kind}-${width}.json`, JSON.stringify(rows, null, 2));
      for (const r of rows) console.log(`embed host ${r.host} ${r.width} px ${r.chapter}: ${r.layout} layout, frame ${r.frame} px, content ${r.content} px, steps ${r.steps}, shift ${r.shift}, chart labels outside ${r.chartLabelsOutside}`);
      expect(problems, problems.join('\n')).toEqual([]);
      await ctx.close();
    });
  }
}

/**
 * A picture of the frame as the host shows it. The host's window grows to hold the whole frame first: Chromium
 * paints a cross-origin frame only where the window is, so a taller frame would come out cut.
 */
async function screenshot(page: Page, slug: string, path: string): Promise<void> {
  const size = page.viewportSize()!;
  const iframe = page.locator(`[data-slug="${slug}"] iframe`);
  const height = Math.ceil((await iframe.boundingBox())!.height);
  if (height > size.height) await page.setViewportSize({ width: size.width, height: height + 16 });
  await iframe.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await iframe.screenshot({ path });
  if (height > size.height) await page.setViewportSize(size);
}

/** Scrolls the host so graphic `g` of the frame sits mid-window, and waits until the frame has heard where it is. */
async function settleHostScroll(page: Page, frame: Frame, g: number): Promise<void> {
  const before = await frame.evaluate(() => (window as unknown as { __hostMessages: number }).__hostMessages);
  const top = await frame.evaluate((g) => document.querySelectorAll('.scrolly')[g]!.getBoundingClientRect().top + scrollY, g);
  const moved = await page.evaluate(
    ({ top, slug }) => {
      const frameTop = document.querySelector(`[data-slug="${slug}"] iframe`)!.getBoundingClientRect().top + scrollY;
      const to = Math.max(0, frameTop + top - 100);
      const from = scrollY;
      scrollTo({ top: to, behavior: 'instant' });
      return Math.abs(scrollY - from) >= 1;
    },
    { top, slug: await frame.evaluate(() => document.querySelector('article.chapter')!.id) },
  );
  if (moved) await frame.waitForFunction((n) => (window as unknown as { __hostMessages: number }).__hostMessages > n, before);
}

test('oEmbed: at the width it states, its height fits the fitted layout with the chart at its natural size', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: EMBED_WIDTH, height: 1200 } });
  const page = await ctx.newPage();
  const problems = watch(page);
  await page.goto(host.page('/oembed-width/', hostPage('bare', chapters)));
  for (const c of chapters) {
    const frame = await frameOf(page, c.slug, 'bare');
    const s = await expectFits(frame, `${c.slug} at ${EMBED_WIDTH} px`);
    expect(s.layout, `${c.slug}: the fitted layout`).toBe('fit');
    const chart = await frame.evaluate(() => {
      const f = document.querySelector<HTMLElement>('.scrolly-section.is-current .chart-frame')!;
      return { height: f.clientHeight, natural: (f.clientWidth * 480) / 720 };
    });
    expect(chart.height, `${c.slug}: the chart at its natural height`).toBeGreaterThanOrEqual(chart.natural - 1);
    expect(s.region!.height / s.region!.lineHeight, `${c.slug}: at least five lines of the step's text`).toBeGreaterThanOrEqual(5);
  }
  expect(problems, problems.join('\n')).toEqual([]);
  await ctx.close();
});

/** A host page holding `html` for one chapter, in a slot named by its slug. */
const onePage = (html: string, slug: string, scripts = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><style>body{margin:0}</style></head><body><div data-slug="${slug}">${html}</div>${scripts}</body></html>`;

const layoutOf = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset['layout']);

test.describe('host choices, links and growing frames', () => {
  test("WordPress: 'Read the full story' leaves the frame through wp-embed's link message, and the host follows it", async ({ browser }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    await page.goto(host.page('/wp-link/', hostPage('wordpress', [c])));
    const frame = await frameOf(page, c.slug, 'wordpress');
    await Promise.all([page.waitForURL(c.pageUrl), frame.locator('.embed-full-story').click()]);
    await expect(page.locator('h1')).toHaveText(c.title);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test("WordPress's page script, run late, gives a loaded frame its secret: the embed hears it and asks for its height", async ({ browser }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    const noSecret = sanitiseLikeWordPress(c.oembedHtml, 'x').replace(/#\?secret=x/, '').replace(/ data-secret="x"/, '');
    // The host's script runs once the frames have loaded (a late, deferred wp-embed.js): it adds the secret then.
    const late = `<script>addEventListener('load', () => { const s = document.createElement('script'); s.textContent = ${JSON.stringify(WP_HOST_SCRIPT.replace("document.addEventListener('DOMContentLoaded', sayReady);", 'sayReady();'))}; document.body.append(s); });</script>`;
    await page.goto(host.page('/wp-late/', onePage(noSecret, c.slug, late)));
    const frame = await frameOf(page, c.slug, 'wordpress');
    await expect.poll(() => frame.evaluate(() => location.hash), { message: 'the host gave the frame a secret' }).toMatch(/^#\?secret=[a-z0-9]+$/);
    await expect.poll(() => iframeHeight(page, c.slug), { message: 'and then sized it as the embed asked' }).not.toBe(EMBED_START_HEIGHT);
    await expectFits(frame, 'late secret');
    expect(Math.abs((await iframeHeight(page, c.slug)) - (await frame.evaluate(() => document.body.getBoundingClientRect().height)))).toBeLessThanOrEqual(2);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test('a sandbox that opens nothing: the link shows its address to copy; downloads lead to the chapter page’s data', async ({ browser, request }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page, [/^Blocked opening .* in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\.$/]);
    await page.goto(host.page('/sandbox/', onePage(`<iframe sandbox="allow-scripts" src="${c.embedUrl}?layout=full" title="${c.title}" width="100%" height="800"></iframe>`, c.slug)));
    const frame = await frameOf(page, c.slug, 'bare');
    expect(await frame.evaluate(() => self.origin), 'an opaque origin').toBe('null');
    await frame.locator('.embed-full-story').click();
    await expect(frame.locator('.embed-address')).toContainText(c.pageUrl);
    // A download link (a withheld table's note links to its owners' own pages instead, and offers no download).
    const data = frame.locator('.chart-data p.download:not(.withheld) a').first();
    expect(await data.getAttribute('download'), 'no download attribute a sandbox would block').toBeNull();
    const href = new URL((await data.evaluate((a) => (a as HTMLAnchorElement).href))!);
    expect(`${href.origin}${href.pathname}`).toBe(c.pageUrl);
    expect(href.hash, 'the chart’s data section').toMatch(new RegExp(`^#${c.slug}-[a-z0-9-]+-data$`));
    expect(await (await request.get(c.pageUrl)).text(), 'the section is on the chapter page').toContain(`id="${href.hash.slice(1)}"`);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test('a frame the host grows gets the whole chapter back, and fits again when it shrinks', async ({ browser }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    await page.goto(host.page('/grow/', onePage(c.oembedHtml, c.slug)));
    const frame = await frameOf(page, c.slug, 'bare');
    expect(await layoutOf(frame)).toBe('fit');
    const full = await frame.evaluate(() => {
      const r = document.documentElement;
      r.dataset['layout'] = 'full';
      r.setAttribute('data-measuring', '');
      const h = r.getBoundingClientRect().height;
      r.removeAttribute('data-measuring');
      r.dataset['layout'] = 'fit';
      return Math.ceil(h);
    });
    const resize = (h: number) => page.locator('iframe').evaluate((el, h) => el.setAttribute('height', String(h)), h);
    await resize(full);
    await expect.poll(() => layoutOf(frame), { message: 'grown to the chapter’s height: the full layout' }).toBe('full');
    await expectFits(frame, 'grown');
    // A data table opened makes the chapter taller; this host never answers the request for more, so the embed fits.
    await frame.locator('.chart-data summary').first().click();
    await expect.poll(() => layoutOf(frame), { message: 'outgrown, unanswered: fitted', timeout: 5_000 }).toBe('fit');
    await expectFits(frame, 'outgrown');
    await frame.evaluate(() => document.querySelector('.chart-data')!.removeAttribute('open'));
    await expect.poll(() => layoutOf(frame), { message: 'the table closed: the whole chapter again' }).toBe('full');
    await resize(full - 10);
    await expect.poll(() => layoutOf(frame), { message: 'a little short of it: fitted again' }).toBe('fit');
    await expectFits(frame, 'shrunk');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test('pym.js: a data table opened in the whole chapter grows the frame, and the layout stays whole meanwhile', async ({ browser }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    await page.goto(host.page('/pym-grow/', hostPage('pym', [c])));
    const frame = await frameOf(page, c.slug, 'pym');
    const content = () => frame.evaluate(() => document.body.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await iframeHeight(page, c.slug)) - (await content()))).toBeLessThanOrEqual(2);
    expect(await layoutOf(frame)).toBe('full');
    const before = await iframeHeight(page, c.slug);
    await frame.evaluate(() => {
      const w = window as unknown as { __layouts: string[] };
      w.__layouts = [];
      new MutationObserver(() => w.__layouts.push(document.documentElement.dataset['layout'] ?? '')).observe(document.documentElement, { attributeFilter: ['data-layout'] });
    });
    await frame.locator('.chart-data summary').first().click();
    await expect.poll(async () => (await iframeHeight(page, c.slug)) - before, { message: 'the frame grew' }).toBeGreaterThan(100);
    await expect.poll(async () => Math.abs((await iframeHeight(page, c.slug)) - (await content()))).toBeLessThanOrEqual(2);
    // The measuring sets and restores data-layout within one task; what counts is that no "fit" was left standing.
    expect(await frame.evaluate(() => (window as unknown as { __layouts: string[] }).__layouts.filter((l, i, all) => l === 'fit' && all[i + 1] !== 'full')), 'never the fitted layout').toEqual([]);
    expect(await layoutOf(frame)).toBe('full');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test('theme=light|dark holds whatever the reader’s system prefers; auto follows it', async ({ browser }) => {
    const c = chapters[0]!;
    for (const [scheme, theme, paper] of [['light', 'dark', '#121417'], ['dark', 'light', '#fff'], ['dark', 'auto', '#121417'], ['light', '', '#fff']] as const) {
      const page = await browser.newPage({ viewport: { width: 768, height: 1000 }, colorScheme: scheme });
      await page.goto(host.page(`/theme/${scheme}-${theme}/`, onePage(`<iframe src="${c.embedUrl}${theme ? `?theme=${theme}` : ''}" title="t" width="100%" height="900"></iframe>`, c.slug)));
      const frame = await frameOf(page, c.slug, 'bare');
      const seen = await frame.evaluate(() => ({ paper: getComputedStyle(document.documentElement).getPropertyValue('--paper').trim(), body: getComputedStyle(document.documentElement).backgroundColor }));
      expect(seen.paper, `system ${scheme}, theme=${theme || '(none)'}`).toBe(paper);
      await page.close();
    }
  });

  test('step= opens at that step, in its own graphic, from the first paint', async ({ browser }) => {
    const c = chapters.find((ch) => ch.slug === 'two-markets') ?? chapters[chapters.length - 1]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    await page.goto(host.page('/step-probe/', onePage(c.oembedHtml, c.slug)));
    const probe = await frameOf(page, c.slug, 'bare');
    const ids = await stepIds(probe);
    const last = ids[ids.length - 1]!;
    await page.goto(host.page('/step/', onePage(c.oembedHtml.replace(c.embedUrl, `${c.embedUrl}?step=${last.slice(c.slug.length + 1)}`), c.slug)));
    const frame = await frameOf(page, c.slug, 'bare');
    await expect.poll(() => frame.evaluate(() => document.querySelector<HTMLElement>('.scrolly-section.is-current .scrolly')?.dataset['activeStep'])).toBe(last);
    await expect(frame.locator('.scrolly-section.is-current [data-role="position"]')).toHaveText(`${ids.length} of ${ids.length}`);
    expect(await shiftsBefore(frame, Infinity), 'no layout shift').toBe(0);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  test('layout=fit asks a resizer for the fitted height only; layout=full shows the whole chapter in any frame', async ({ browser }) => {
    const c = chapters[0]!;
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    const problems = watch(page);
    const target = { slug: c.slug, title: c.title, embedUrl: `${c.embedUrl}?layout=fit`, pageUrl: c.pageUrl };
    await page.goto(host.page('/pym-fit/', onePage(pymSnippet(target), c.slug, '<script src="/vendor/pym.v1.min.js"></script>')));
    const frame = await frameOf(page, c.slug, 'pym');
    await expect.poll(() => iframeHeight(page, c.slug)).toBeGreaterThan(300);
    expect(await layoutOf(frame)).toBe('fit');
    const s = await expectFits(frame, 'pym, layout=fit');
    expect(s.region!.text, 'the longest step fits without scrolling').toBeLessThanOrEqual(s.region!.height + 1);
    await page.goto(host.page('/bare-full/', onePage(c.oembedHtml.replace(c.embedUrl, `${c.embedUrl}?layout=full`), c.slug)));
    const full = await frameOf(page, c.slug, 'bare');
    expect(await layoutOf(full)).toBe('full');
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });
});

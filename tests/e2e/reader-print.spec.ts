/**
 * Print (media emulation): a flat document in any reading mode, with and without script. Every step's chart state is a
 * visible figure after its text, sources and data tables are shown, link addresses are written out, nothing is fixed or
 * sticky, and no two blocks of content overlap.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepImages } from './helpers/chart-image';
import { allSteps, chapterSlugs } from './helpers/site';
import { MODES, openInMode } from './helpers/reader';

interface PrintCheck {
  figures: { id: string; state: string; shownState: string; width: number; height: number; afterText: boolean }[];
  hidden: string[];
  pinned: string[];
  overlaps: string[];
  sources: number;
  sourcesVisible: number;
  tablesVisible: number;
  tables: number;
  links: { href: string; after: string }[];
  darkText: boolean;
}

async function printCheck(page: Page): Promise<PrintCheck> {
  const { textBottoms, ...rest } = await page.evaluate(() => {
    // Rendered with a box: not hidden, not under display: none, and not in a skipped subtree (a closed <details>, whose
    // content still reports a box where it would lie).
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true });
    };
    const textBottoms = Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.scrolly .step')].map((step) => [step.id, step.querySelector('.step-text')!.getBoundingClientRect().bottom]),
    );
    const hidden = ['.scrolly-graphic', '.reader-bar', '.step-nav', '[popover]', '.skip-link', '.embed-code']
      .flatMap((sel) => [...document.querySelectorAll(sel)])
      .filter((e) => visible(e))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    const pinned = [...document.querySelectorAll('body *')]
      .filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position) && visible(e))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    // Blocks of content: no two overlap unless one holds the other.
    const blocks = [...document.querySelectorAll('main :is(p, h1, h2, h3, li, figure, table, caption, .chart-heading, img, svg), .masthead, .site-footer')].filter(
      (e) => visible(e),
    );
    const boxes = blocks.map((e) => ({ e, r: e.getBoundingClientRect() }));
    const overlaps: string[] = [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.split(' ').join('.')}` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) overlaps.push(`${name(a.e)} and ${name(b.e)} overlap by ${Math.round(w)}x${Math.round(h)} px`);
      }
    }
    const sources = [...document.querySelectorAll('.scrolly .source, .static-figure .source')];
    const tables = [...document.querySelectorAll('.chart-data table')];
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      after: getComputedStyle(a, '::after').content,
    }));
    const ink = getComputedStyle(document.body).color.match(/\d+/g)!.map(Number);
    return {
      textBottoms,
      hidden,
      pinned,
      overlaps,
      sources: sources.length,
      sourcesVisible: sources.filter(visible).length,
      tables: tables.length,
      tablesVisible: tables.filter(visible).length,
      links,
      darkText: ink.slice(0, 3).every((c) => c < 100),
    };
  });
  // Each step's own figure: its state's picture (an image taking its room from its width and height attributes, loaded
  // or not: a browser loads lazy images before it prints).
  const figures = (await stepImages(page)).map((i) => ({
    id: i.id,
    state: i.state,
    shownState: i.rendered && i.width > 0 && i.height > 0 ? i.pictureState : '(no visible chart)',
    width: i.width,
    height: i.height,
    afterText: i.top >= textBottoms[i.id]! - 1,
  }));
  return { figures, ...rest };
}

function expectPrintable(r: PrintCheck, where: string): void {
  expect(r.figures.length, `${where}: steps`).toBeGreaterThan(0);
  for (const f of r.figures) {
    expect(f.shownState, `${where}: #${f.id} prints its own state`).toBe(f.state);
    expect(f.width > 200 && f.height > 150, `${where}: #${f.id}'s figure has a real size (${f.width}x${f.height})`).toBe(true);
    expect(f.afterText, `${where}: #${f.id}'s figure follows its text`).toBe(true);
  }
  expect(r.hidden, `${where}: screen-only controls and the sticky copy are not printed`).toEqual([]);
  expect(r.pinned, `${where}: nothing fixed or sticky`).toEqual([]);
  expect(r.overlaps, `${where}: overlapping content`).toEqual([]);
  expect(r.sourcesVisible, `${where}: every chart's source line prints`).toBe(r.sources);
  expect(r.tablesVisible, `${where}: the data tables print`).toBe(r.tables);
  expect(r.links.length, `${where}: links to addresses`).toBeGreaterThan(0);
  for (const l of r.links) expect(l.after, `${where}: the address of a link to ${l.href} is written out`).toContain(l.href);
  expect(r.darkText, `${where}: dark text for paper`).toBe(true);
}

for (const mode of MODES) {
  test(`print, saved ${mode} mode (script on, dark system scheme): a flat document with every state figure`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 }, colorScheme: 'dark', baseURL: test.info().project.use.baseURL });
    const page = await ctx.newPage();
    await page.goto('./');
    const paths = ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)];
    for (const path of paths) {
      // Mid-story, with the stepper on a later step, the way a reader would print.
      await page.goto(`./${path}`);
      const steps = await allSteps(page);
      await openInMode(page, path, mode, `#${steps[steps.length - 1]!.id}`);
      await page.emulateMedia({ media: 'print' });
      expectPrintable(await printCheck(page), `/${path} printed in ${mode} mode`);
      await page.emulateMedia({ media: 'screen' });
    }
    await ctx.close();
  });
}

test('print without script: the same flat document', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await ctx.newPage();
  await page.goto('./');
  for (const path of ['', ...(await chapterSlugs(page)).map((s) => `${s}/`)]) {
    await page.goto(`./${path}`);
    await page.emulateMedia({ media: 'print' });
    expectPrintable(await printCheck(page), `/${path} printed without script`);
  }
  await ctx.close();
});

// Gate: a second engine. Firefox ESR, driven over WebDriver BiDi by puppeteer-core, runs the core checks: on the
// article and the first chapter page every step shows its state while scrolling down and back up and a deep link to
// each scrolly's last step opens at it; without script every page's story is unrolled. `node tests/quality/firefox.mjs [--dist=dist] [--only=the-climb/] [--report=file.json]`
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { arg, runGate } from './gate.mjs';
import { serveBuild, sitePages } from './site-pages.mjs';
import { figuresReady, liveChartMismatch, loadScenes, stepMismatch } from '../tools/figures-in-page.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const SIZES = [
  ['390x844', { width: 390, height: 844 }],
  ['1440x900', { width: 1440, height: 900 }],
];
const TIMEOUT = 5_000;

export function firefoxPath() {
  const path = process.env.FIREFOX_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) throw new Error('No Firefox found: install Firefox ESR (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  return path;
}

/** Firefox ESR 153 has no BiDi command to turn script off per page, so the no-script checks get a browser with it off. */
const launch = (executablePath, javaScriptEnabled) =>
  puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: javaScriptEnabled ? {} : { 'javascript.enabled': false } });

/** The steps on the page, in order, with their state and the index of their scrolly. */
const stepsOf = (page) =>
  page.$$eval('.scrolly', (els) => els.flatMap((el, scrolly) => [...el.querySelectorAll(':scope > .scrolly-steps > .step')].map((s) => ({ id: s.id, state: s.dataset.state, scrolly }))));

/** Waits up to TIMEOUT for the page to show `step`; returns '' or what is wrong. */
async function expectShown(page, step) {
  const until = Date.now() + TIMEOUT;
  await page.evaluate(loadScenes, step.id);
  for (;;) {
    const wrong = (await page.evaluate(stepMismatch, step)) || (await page.evaluate(liveChartMismatch, step.id));
    if (!wrong) return '';
    if (Date.now() > until) return `#${step.id}: ${wrong}`;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Scrolls instantly so the step's top sits `above` px above its scrolly's trigger line; false if the page is too short. */
const scrollToStep = (page, id, above = 4) =>
  page.evaluate(
    (id, above) => {
      const step = document.getElementById(id);
      const trigger = parseFloat(getComputedStyle(step.closest('.scrolly')).getPropertyValue('--scrolly-trigger')) * innerHeight;
      const top = scrollY + step.getBoundingClientRect().top - (trigger - above);
      scrollTo({ top, behavior: 'instant' });
      return top <= document.documentElement.scrollHeight - innerHeight + 0.5;
    },
    id,
    above,
  );

/** The step controller has run and every figure in view has drawn its live chart. */
const waitForFigures = (page) => page.waitForFunction(figuresReady, { timeout: 15_000 });

/** Without script: (scripting: none), no sticky graphic, and each step's text and the picture of its state, loaded. */
function unrolledProblems() {
  const out = [];
  if (!matchMedia('(scripting: none)').matches) out.push('the browser does not report (scripting: none)');
  for (const g of document.querySelectorAll('.scrolly-graphic')) if (getComputedStyle(g).display !== 'none') out.push('a sticky graphic is displayed');
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.display !== 'none' && cs.visibility !== 'hidden';
  };
  for (const step of document.querySelectorAll('.scrolly .step')) {
    const paragraphs = [...step.querySelectorAll('.step-text p')];
    if (!paragraphs.length || !paragraphs.every(visible)) out.push(`#${step.id}: step text missing or hidden`);
    const fig = step.querySelector('.step-figure');
    const title = fig?.querySelector('[data-role="title"]');
    if (!title || !visible(title)) out.push(`#${step.id}: figure title missing or hidden`);
    // Its state's picture: the file of the window's image layout (src/site/image-layouts.ts), loaded, of a readable
    // size, never shown narrower than drawn.
    const picture = fig?.querySelector('picture.chart-image');
    const img = picture?.querySelector('img');
    // The file the picture's markup names for this window: the first source whose media matches, else the img's own.
    const source = picture && [...picture.querySelectorAll('source')].find((s) => matchMedia(s.media).matches);
    const want = new URL(source?.getAttribute('srcset') ?? img?.getAttribute('src') ?? '', document.baseURI).href;
    if (!picture || !img || !visible(img)) out.push(`#${step.id}: no visible chart image`);
    else {
      const r = img.getBoundingClientRect();
      if (picture.dataset.state !== step.dataset.state) out.push(`#${step.id}: the picture shows "${picture.dataset.state}", not "${step.dataset.state}"`);
      if (img.currentSrc !== want) out.push(`#${step.id}: the image is ${img.currentSrc}, expected ${want} in a ${innerWidth}px window`);
      if (!img.complete || img.naturalWidth === 0) out.push(`#${step.id}: the image ${img.currentSrc} did not load`);
      if (r.width <= 100 || r.height <= 100) out.push(`#${step.id}: the image is ${r.width}x${r.height}`);
      if (r.width < img.naturalWidth) out.push(`#${step.id}: the image, drawn ${img.naturalWidth} px wide, is shown at ${r.width} px`);
    }
  }
  if (!document.querySelectorAll('.scrolly .step').length) out.push('no steps on the page');
  return out;
}

await runGate('firefox', async (gate) => {
  const executablePath = firefoxPath();
  const dist = arg('dist') ?? 'dist';
  const only = arg('only');
  const pages = (await sitePages(dist)).filter((p) => (p.kind === 'article' || p.kind === 'chapter') && (only === undefined || p.path === only));
  // Scrolling and deep links: the article (every step of every chapter, across chapter boundaries) and the first
  // chapter page (a page of one chapter); without script, every page.
  const walked = only === undefined ? pages.filter((p, i) => p.kind === 'article' || i === pages.findIndex((q) => q.kind === 'chapter')) : pages;
  const server = await serveBuild(dist, '/');
  let version = '';
  let deepLinks = 0;
  let scrolled = 0;
  /** Scroll down and back up through every step of one page, then open a deep link to each scrolly's last; records into `check`. */
  async function scrollAndLink(check, page, path, size) {
    // Scroll down through every step, then back up through them.
    await page.goto(server.url + path);
    await waitForFigures(page);
    const steps = await stepsOf(page);
    const problems = [];
    for (const step of steps) {
      if (!(await scrollToStep(page, step.id))) problems.push(`#${step.id}: the page cannot scroll it to the trigger line`);
      const wrong = await expectShown(page, step);
      if (wrong) problems.push(`scrolling down, ${wrong}`);
      scrolled++;
    }
    for (const step of [...steps].reverse().slice(1)) {
      await scrollToStep(page, step.id);
      const wrong = await expectShown(page, step);
      if (wrong) problems.push(`scrolling back up, ${wrong}`);
    }
    check(`/${path} at ${size}: scrolling shows each of ${steps.length} steps, down and back up`, steps.length > 0 && problems.length === 0, steps.length ? problems.join('\n') : 'no steps found');

    // A deep link to the last step of each scrolly opens at its state (every step's deep link in Chromium is
    // tests/e2e/scroll.spec.ts's): the state furthest from the figure's first, in each figure.
    const links = [];
    const lasts = steps.filter((step, i) => steps[i + 1]?.scrolly !== step.scrolly);
    for (const step of lasts) {
      await page.goto('about:blank');
      await page.goto(`${server.url}${path}#${step.id}`);
      await waitForFigures(page);
      const wrong = await expectShown(page, step);
      if (wrong) links.push(`deep link ${wrong}`);
      deepLinks++;
    }
    check(`/${path} at ${size}: a deep link to each of ${lasts.length} scrollies' last steps opens at its step`, lasts.length > 0 && links.length === 0, links.join('\n'));
  }

  /** Every check at one size: the walked pages with script, then every page without, each in a browser of its own. */
  async function checksAt(size, viewport) {
    const checks = [];
    const check = (...c) => checks.push(c);
    const browser = await launch(executablePath, true);
    version ||= await browser.version();
    try {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      for (const { path } of walked) {
        try {
          await scrollAndLink(check, page, path, size);
        } catch (error) {
          check(`/${path} at ${size}: the scroll and deep-link checks ran`, false, error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      await browser.close();
    }
    const noScript = await launch(executablePath, false);
    try {
      const page = await noScript.newPage();
      await page.setViewport(viewport);
      for (const { path } of pages) {
        await page.goto(server.url + path);
        const problems = await page.evaluate(unrolledProblems);
        check(`/${path} at ${size}, script off: the story is unrolled, every step with its text and figure`, problems.length === 0, problems.join('\n'));
      }
    } finally {
      await noScript.close();
    }
    return checks;
  }

  try {
    // The two sizes at once, one browser each (one per core); their checks are reported in order.
    const results = await Promise.allSettled(SIZES.map(([size, viewport]) => checksAt(size, viewport)));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') for (const c of r.value) gate.check(...c);
      else gate.check(`the checks at ${SIZES[i][0]} ran`, false, r.reason instanceof Error ? r.reason.message : String(r.reason));
    });
  } finally {
    await server.close();
  }
  gate.figure(`Firefox ${version} (${executablePath}) over WebDriver BiDi: ${walked.length} pages walked and ${pages.length} without script × ${SIZES.length} sizes, ${scrolled} step positions scrolled to, ${deepLinks} deep links, no-script on every page`);
});

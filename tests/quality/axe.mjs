// Gate: axe-core finds no WCAG 2.2 AA violation on any page, at 390x844 and 1440x900, in the light and dark colour
// schemes, with script (at the top and at a deep link to the last step) and without.
// `node tests/quality/axe.mjs [--dist=dist] [--only=the-climb/] [--report=file.json]`
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/browser.mjs';
import { arg, runGate } from './gate.mjs';
import { serveBuild, sitePages } from './site-pages.mjs';
import { figuresReady } from '../tools/figures-in-page.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [
  ['390x844', { width: 390, height: 844 }],
  ['1440x900', { width: 1440, height: 900 }],
];
const MOTION = 'no-preference';
const SCHEMES = ['light', 'dark'];
const WORKERS = Math.max(1, Number(process.env.QUALITY_WORKERS) || 2);

/**
 * Every configuration a page is scanned in: script on and off in every size and scheme, motion allowed. Reduced motion
 * is not scanned here: the page has no reduced-motion styles; it skips chart transitions, which a scan waits to end,
 * and unticks the settings' "Animate chart changes" box, so the page scanned is the same but for that box. The dark,
 * reduced-motion scans in every reading mode, settings panel open, are tests/e2e/reader-dark-motion.spec.ts's.
 */
export const CONFIGS = [
  ...SIZES.flatMap(([size, viewport]) => SCHEMES.map((scheme) => ({ label: `script on, ${size}, motion ${MOTION}, ${scheme}`, viewport, reducedMotion: MOTION, colorScheme: scheme, javaScriptEnabled: true }))),
  ...SIZES.flatMap(([size, viewport]) => SCHEMES.map((scheme) => ({ label: `script off, ${size}, ${scheme}`, viewport, reducedMotion: 'no-preference', colorScheme: scheme, javaScriptEnabled: false }))),
];

/** One readable paragraph per violation: rule, impact, help, and each offending node with axe's summary. */
function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map((n) => `  - ${n.target.join(' ')}\n    ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`)
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${v.nodes.length > 6 ? `\n  … and ${v.nodes.length - 6} more` : ''}`;
    })
    .join('\n');
}

/**
 * With script disabled, Chromium runs evaluated code and promise jobs but no callback the page schedules (timers),
 * and axe-core settles each rule through setTimeout(…, 0): short timers become promise jobs, long ones (axe's cache
 * expiry and preload time-out) are dropped. The page's own scripts stay off. Axe then runs in the page itself
 * (legacy mode): by default it finishes in a new blank page of the same script-less context, where no timer fires.
 */
async function allowAxeWithoutScript(page) {
  await page.evaluate(() => {
    window.setTimeout = (fn, ms = 0, ...args) => {
      if (ms <= 10) void Promise.resolve().then(() => fn(...args));
      return 0;
    };
    window.clearTimeout = () => undefined;
  });
}

/** Waits until the step controller has run and every figure in view has drawn, with no chart transition running. */
const waitForFigures = (page) => page.waitForFunction(figuresReady, { settled: true });

/**
 * Opens the page again at a deep link to its last step (chapter pages scroll there; embeds, which step by buttons,
 * open on it) and waits until its figure shows that step's state. Returns the step's id, or false with no steps.
 */
async function openAtLastStep(page, url) {
  const last = await page.evaluate(() => {
    const steps = [...document.querySelectorAll('.scrolly .step[id]')];
    const step = steps[steps.length - 1];
    return step ? { id: step.id, state: step.dataset.state } : null;
  });
  if (!last) return false;
  await page.goto('about:blank');
  await page.goto(`${url}#${last.id}`);
  await page.waitForFunction(({ id, state }) => document.getElementById(id).closest('.scrolly').querySelector('scrolly-figure')?.getAttribute('data-state') === state, last);
  await waitForFigures(page);
  return last.id;
}

/**
 * Whether axe can run in the page itself (legacy mode): a page without frames has nothing the frame-aware run would
 * reach besides, and that run finishes in a new blank page, which costs a second or more per scan.
 */
const hasNoFrames = async (page) => (await page.locator('iframe, frame').count()) === 0;

async function scan(page, legacy) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(legacy).analyze();
  return { violations: results.violations, passes: results.passes.length };
}

await runGate('axe', async (gate) => {
  const dist = arg('dist') ?? 'dist';
  const only = arg('only');
  const pages = (await sitePages(dist)).filter((p) => only === undefined || p.path === only);
  const server = await serveBuild(dist, '/');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const tasks = pages.flatMap((sitePage) => CONFIGS.map((config) => ({ sitePage, config })));
  const results = [];
  let scans = 0;
  /** Scans one page in one configuration; returns the problems found. */
  async function run({ sitePage, config }) {
    const { label, ...options } = config;
    const ctx = await browser.newContext(options);
    const page = await ctx.newPage();
    const problems = [];
    try {
      await page.goto(server.url + sitePage.path);
      if (options.javaScriptEnabled) await waitForFigures(page);
      else await allowAxeWithoutScript(page);
      // Open the data tables too, so their contents are checked.
      await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
      const legacy = !options.javaScriptEnabled || (await hasNoFrames(page));
      const top = await scan(page, legacy);
      scans++;
      if (top.violations.length) problems.push(`at the top:\n${describe(top.violations)}`);
      if (top.passes <= 10) problems.push(`axe passed only ${top.passes} rules: it did not really run`);
      if (options.javaScriptEnabled) {
        // Again at the last step: another chart state in the sticky figure.
        const step = await openAtLastStep(page, server.url + sitePage.path);
        if (step) {
          await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
          const end = await scan(page, await hasNoFrames(page));
          scans++;
          if (end.violations.length) problems.push(`at step #${step}:\n${describe(end.violations)}`);
        }
      }
    } catch (error) {
      problems.push(`the scan did not finish: ${error instanceof Error ? error.message : error}`);
    } finally {
      await ctx.close();
    }
    return problems;
  }
  try {
    // Two scans at a time (one per core); each has its own browser context.
    let next = 0;
    const worker = async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await run(tasks[i]);
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  tasks.forEach(({ sitePage, config }, i) => gate.check(`/${sitePage.path} (${config.label}): no violations`, results[i].length === 0, results[i].join('\n')));
  const version = (await import('axe-core/package.json', { with: { type: 'json' } })).default.version;
  gate.figure(`axe-core ${version}, ${TAGS.join(' ')}: ${pages.length} pages × ${CONFIGS.length} configurations, ${scans} scans`);
});

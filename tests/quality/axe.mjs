// Gate: axe-core finds no WCAG 2.2 AA violation on any page, at 390x844 and 1440x900, in the light and dark colour
// schemes, with script (at the top and at a deep link to the last step) and without.
// `node tests/quality/axe.mjs [--dist=dist] [--only=the-climb/] [--report=file.json]`
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/browser.mjs';
import { arg, runGate } from './gate.mjs';
import { serveBuild, sitePages } from './site-pages.mjs';
import { figuresReady } from '../tools/figures-in-page.mjs';
import { hasNoFrames } from '../tools/axe-mode.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [
  ['390x844', { width: 390, height: 844 }],
  ['1440x900', { width: 1440, height: 900 }],
];
const MOTION = 'no-preference';
/**
 * Rules whose outcome depends on the colours: the only thing the dark scheme changes (the page's colours are CSS
 * custom properties switched by a media query; no script reads the scheme, and layout and DOM stay the same).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WORKERS = Math.max(1, Number(process.env.QUALITY_WORKERS) || 2);

/**
 * Every page load a page is scanned in: script on and off at each size, motion allowed. Each load is scanned in the
 * light scheme with every rule, then switched to the dark scheme (the same DOM and layout) and scanned again with the
 * colour rules only, so no scan repeats one of an identical DOM. Reduced motion is not scanned here: the page has no
 * reduced-motion styles; it skips chart transitions, which a scan waits to end, and unticks the settings' "Animate
 * chart changes" box, so the page scanned is the same but for that box. The dark, reduced-motion scans in every
 * reading mode, settings panel open, are tests/e2e/reader-dark-motion.spec.ts's.
 */
export const LOADS = [
  ...SIZES.map(([size, viewport]) => ({ label: `script on, ${size}, motion ${MOTION}`, viewport, reducedMotion: MOTION, javaScriptEnabled: true })),
  ...SIZES.map(([size, viewport]) => ({ label: `script off, ${size}`, viewport, reducedMotion: 'no-preference', javaScriptEnabled: false })),
];
const SCHEMES = ['light', 'dark'];

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

/** One axe scan; `rules` limits it to those rules (the dark scheme's colour scan). */
async function scan(page, legacy, rules) {
  const builder = new AxeBuilder({ page }).setLegacyMode(legacy);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  return { violations: results.violations, passes: results.passes.length };
}

await runGate('axe', async (gate) => {
  const dist = arg('dist') ?? 'dist';
  const only = arg('only');
  const pages = (await sitePages(dist)).filter((p) => only === undefined || p.path === only);
  const server = await serveBuild(dist, '/');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const tasks = pages.flatMap((sitePage) => LOADS.map((load) => ({ sitePage, load })));
  const results = [];
  let scans = 0;
  /**
   * Scans the page where it is in both schemes: light with every rule, then dark with the colour rules. Adds what
   * it finds to `problems[scheme]`, with `where` on the page.
   */
  async function scanSchemes(page, legacy, problems, where) {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await scan(page, legacy, scheme === 'light' ? undefined : COLOUR_RULES);
      scans++;
      if (found.violations.length) problems[scheme].push(`${where}:\n${describe(found.violations)}`);
      if (scheme === 'light' && found.passes <= 10) problems[scheme].push(`axe passed only ${found.passes} rules ${where}: it did not really run`);
      if (scheme === 'dark' && found.passes + found.violations.length === 0) problems[scheme].push(`the colour rules checked nothing ${where}: they did not really run`);
    }
    await page.emulateMedia({ colorScheme: SCHEMES[0] });
  }
  /** Scans one page in one load, in both schemes; returns the problems found in each. */
  async function run({ sitePage, load }) {
    const { label, ...options } = load;
    const ctx = await browser.newContext({ ...options, colorScheme: SCHEMES[0] });
    const page = await ctx.newPage();
    const problems = Object.fromEntries(SCHEMES.map((scheme) => [scheme, []]));
    try {
      await page.goto(server.url + sitePage.path);
      if (options.javaScriptEnabled) await waitForFigures(page);
      else await allowAxeWithoutScript(page);
      // Open the data tables too, so their contents are checked.
      await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
      await scanSchemes(page, !options.javaScriptEnabled || (await hasNoFrames(page)), problems, 'at the top');
      if (options.javaScriptEnabled) {
        // Again at the last step: another chart state in the sticky figure. The data tables stay closed this time:
        // their markup is the same as in the scan at the top, which had them open.
        const step = await openAtLastStep(page, server.url + sitePage.path);
        if (step) {
          await scanSchemes(page, await hasNoFrames(page), problems, `at step #${step}`);
        }
      }
    } catch (error) {
      for (const scheme of SCHEMES) problems[scheme].push(`the scan did not finish: ${error instanceof Error ? error.message : error}`);
    } finally {
      await ctx.close();
    }
    return problems;
  }
  try {
    // Two loads at a time (one per core); each has its own browser context.
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
  tasks.forEach(({ sitePage, load }, i) => {
    for (const scheme of SCHEMES) gate.check(`/${sitePage.path} (${load.label}, ${scheme}): no violations`, results[i][scheme].length === 0, results[i][scheme].join('\n'));
  });
  const version = (await import('axe-core/package.json', { with: { type: 'json' } })).default.version;
  gate.figure(`axe-core ${version}, ${TAGS.join(' ')}: ${pages.length} pages × ${LOADS.length} loads × ${SCHEMES.length} schemes (dark: ${COLOUR_RULES.join(', ')}), ${scans} scans`);
});

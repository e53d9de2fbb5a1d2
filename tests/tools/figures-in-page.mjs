// The in-page checks every browser test shares (Playwright's Chromium and the Firefox and axe gates): whether the
// figures are ready, and whether a live chart draws the state it claims. Each function is self-contained: it is sent
// to the page as source (page.evaluate / waitForFunction) and must use nothing outside itself.

/**
 * In the page: true once the step controller has run (every scrolly names its active step) and every figure in view
 * has drawn its live chart; with `settled`, also no chart transition still running. Figures further away draw only as
 * they come near (embeds draw all at once). Pages without a figure are ready at once.
 * @param {{ settled?: boolean }} [options]
 */
export function figuresReady(options) {
  const figs = [...document.querySelectorAll('scrolly-figure')];
  if (figs.length && !customElements.get('scrolly-figure')) return false;
  if (![...document.querySelectorAll('.scrolly')].every((s) => s instanceof HTMLElement && s.dataset.activeStep)) return false;
  return figs.every((f) => {
    const r = f.getBoundingClientRect();
    const inView = f.checkVisibility() && r.bottom > 0 && r.top < innerHeight && r.width > 0;
    if (!inView) return true;
    const live = f.querySelector('svg.live');
    if (!live || !f.getAttribute('data-state')) return false;
    // Settled: no mark moving (a d3 transition on it) and none fading (in a group: src/client/figure/apply-scene.ts).
    return !options?.settled || (![...live.querySelectorAll('[data-key]')].some((m) => /** @type {any} */ (m).__transition) && !live.querySelector('[data-fade]'));
  });
}

/**
 * In the page: '' when the page shows `step` (its figure in the step's state, the step the scrolly's one active step,
 * the sticky heading the step's own), else what is wrong. The live chart is checked by liveChartMismatch.
 * @param {{ id: string, state: string }} step
 */
export function stepMismatch(step) {
  const el = document.getElementById(step.id);
  const root = el?.closest('.scrolly');
  const fig = root?.querySelector('scrolly-figure');
  if (!el || !root || !fig) return `no step #${step.id} with a scrolly figure`;
  if (fig.getAttribute('data-state') !== step.state) return `figure data-state is "${fig.getAttribute('data-state')}", not "${step.state}"`;
  if (root.getAttribute('data-active-step') !== step.id) return `the scrolly's active step is "${root.getAttribute('data-active-step')}"`;
  if (root.querySelectorAll('.step.is-active').length !== 1 || !el.classList.contains('is-active')) return 'the step is not the one step with is-active';
  const title = el.querySelector('.step-figure [data-role="title"]')?.textContent;
  const shown = fig.querySelector('.chart-heading-item.is-current [data-role="title"]')?.textContent;
  return title === shown ? '' : `the sticky chart title is "${shown}", not "${title}"`;
}

/**
 * In the page: fetches the scene file of the figure in the scrolly holding step `id` into `window.__testScenes` (once
 * per page and file), for liveChartMismatch.
 * @param {string} id
 */
export async function loadScenes(id) {
  const source = /** @type {HTMLElement | null | undefined} */ (document.getElementById(id)?.closest('.scrolly')?.querySelector('scrolly-figure'))?.dataset.scenes;
  if (!source) return;
  const cache = /** @type {any} */ (window).__testScenes ?? (/** @type {any} */ (window).__testScenes = {});
  cache[source] ??= await (await fetch(source)).json();
}

/**
 * In the page: '' when the live chart of the scrolly holding step `id` draws exactly the marks of that step's state
 * (the marks of the state's scene in its frame's size class, as label placement draws them, read from the chart's
 * scene file, which loadScenes has fetched), else what is wrong. A scrolly more than a window's height from the view
 * has not drawn: nothing to check. Synchronous, so a test can run it at every frame.
 * @param {string} id
 * @returns {string}
 */
export function liveChartMismatch(id) {
  const stepEl = /** @type {HTMLElement} */ (document.getElementById(id));
  const root = /** @type {HTMLElement} */ (stepEl.closest('.scrolly'));
  const fig = /** @type {HTMLElement} */ (root.querySelector('scrolly-figure'));
  const live = fig.querySelector('svg.live');
  if (!live) {
    const r = root.getBoundingClientRect();
    return r.bottom < -innerHeight || r.top > 2 * innerHeight ? '' : 'no live chart drawn yet';
  }
  const state = live.getAttribute('data-state') ?? '';
  if (state !== stepEl.dataset.state) return `the live chart draws "${state}", not "${stepEl.dataset.state}"`;
  const frame = /** @type {HTMLElement} */ (live.closest('.chart-frame'));
  const sizeClass = frame.clientWidth >= 560 ? 'wide' : 'narrow';
  const source = fig.dataset.scenes ?? '';
  const scenes = /** @type {any} */ (window).__testScenes?.[source];
  if (!scenes) return `the scene file ${source} is not loaded (call loadScenes first)`;
  /** @type {{ key: string, type: string }[]} */
  const marks = scenes[sizeClass][state].marks;
  // Label placement at the drawn size may thin ticks, leave a label out or turn it into a numbered marker with a key
  // line: every mark that is not text must be drawn, and nothing the state does not have.
  const have = new Set([...live.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key') ?? ''));
  const scene = new Set(marks.map((m) => m.key));
  const missing = marks.filter((m) => m.type !== 'text' && !have.has(m.key)).map((m) => m.key);
  const extra = [...have].filter((k) => !scene.has(k) && !/-marker$|^key-line-/.test(k));
  return !missing.length && !extra.length ? '' : `the live chart's marks differ from the ${sizeClass} scene of "${state}": missing ${missing.join(', ') || 'none'}; not in the scene ${extra.join(', ') || 'none'}`;
}

/** Helpers for the reading-experience tests: modes, focus, the reading bar, layout shift and overlap checks. */
import { expect, type Page } from '@playwright/test';
import { recordShifts, recordedShifts, shiftTotal } from './layout-shift';
import { expectStepShown, waitForFigures, type StepInfo } from './site';

export const MODES = ['scroll', 'stepper', 'article'] as const;
export type Mode = (typeof MODES)[number];
export const STORAGE_KEY = 'seven-thousand:reader';

/** Opens `path` with `mode` already saved, as a returning reader would (the mode applies before the first paint). */
export async function openInMode(page: Page, path: string, mode: Mode, hash = ''): Promise<void> {
  await page.goto(`./${path}`);
  await page.evaluate(({ key, mode }) => localStorage.setItem(key, JSON.stringify(mode === 'scroll' ? {} : { mode })), { key: STORAGE_KEY, mode });
  await page.goto('about:blank');
  await page.goto(`./${path}${hash}`);
  await waitForReader(page);
}

/** Waits until the reading bar's script has run (it fills in and enables the controls). */
export async function waitForReader(page: Page): Promise<void> {
  await waitForFigures(page);
  await expect(page.locator('.reader-bar')).toHaveCount(1);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Chooses a reading mode in the settings panel, as a reader would. */
export async function chooseMode(page: Page, mode: Mode): Promise<void> {
  await page.locator('.reader-bar [popovertarget="reader-settings"]').click();
  await page.locator(`#reader-settings input[name="mode"][value="${mode}"]`).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('#reader-settings')).toBeHidden();
}

/** The id of the step whose text has focus, or a description of what has it. */
export async function focusedStep(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el?.classList.contains('step-text')) return el.closest('.step')!.id;
    return `not a step's text: <${el?.tagName.toLowerCase()} class="${el?.getAttribute('class') ?? ''}">${(el?.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/** The focused element shows a focus indicator (an outline of at least 2 px) and is not hidden under the bar or the sticky figure. */
export async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const probe = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { problem: 'nothing has focus' };
    const cs = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + 4, 0), innerWidth - 1);
    // Probe along the element's first line, inside the viewport.
    const ys = [box.top + 4, box.top + box.height / 2, box.bottom - 4].filter((y) => y >= 0 && y < innerHeight);
    const seen = ys.some((y) => {
      const top = document.elementFromPoint(x, y);
      return !!top && (top === el || el.contains(top));
    });
    return {
      problem: '',
      focusVisible: el.matches(':focus-visible'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && cs.outlineColor !== 'rgba(0, 0, 0, 0)',
      seen,
      box: `${Math.round(box.top)}..${Math.round(box.bottom)} of ${innerHeight}`,
    };
  });
  // A smooth scroll may still be bringing the element into view.
  await expect.poll(async () => { const r = await probe(); return !r.problem && r.seen; }, { message: `${what}: focused element in view` }).toBe(true).catch(() => undefined);
  const r = await probe();
  expect(r.problem, `${what}: focus`).toBe('');
  expect(r.focusVisible, `${what}: the focused element matches :focus-visible`).toBe(true);
  expect(r.ring, `${what}: a focus outline of at least 2 px (${r.outline})`).toBe(true);
  expect(r.seen, `${what}: the focused element is not hidden under the bar or the sticky figure (box ${r.box})`).toBe(true);
}

/** The reading bar's two lines, e.g. "Chapter 1 of 6 | Step 2 of 4". */
export async function barLabel(page: Page): Promise<string> {
  return page.evaluate(() =>
    ['.reader-where-chapter', '.reader-where-step'].map((s) => document.querySelector(s)?.textContent?.trim() ?? '').join(' | '),
  );
}

/** Step k of m within its chapter, as the bar should say it. */
export function stepLabel(steps: StepInfo[], step: StepInfo, chapterOf: (s: StepInfo) => string): string {
  const inChapter = steps.filter((s) => chapterOf(s) === chapterOf(step));
  return `Step ${inChapter.indexOf(step) + 1} of ${inChapter.length}`;
}

/** Expects the reader to be at `step` in `mode`: its state on show (scroll, stepper) or its figure in view (article). */
export async function expectAtStep(page: Page, step: StepInfo, mode: Mode, what: string): Promise<void> {
  if (mode !== 'article') await expectStepShown(page, step, what);
  if (mode === 'stepper') {
    const shown = await page.evaluate((id) => {
      const steps = [...document.getElementById(id)!.parentElement!.querySelectorAll<HTMLElement>(':scope > .step')];
      return steps.filter((s) => getComputedStyle(s).visibility !== 'hidden').map((s) => s.id);
    }, step.id);
    expect(shown, `${what}: the stepper shows #${step.id} alone`).toEqual([step.id]);
  }
  await expect(page, `${what}: the address names #${step.id}`).toHaveURL(new RegExp(`#${step.id}$`));
  // The step's text is on screen, once any smooth scroll has run.
  await settle(page);
  const box = await page.locator(`#${step.id} .step-text`).boundingBox();
  const height = page.viewportSize()!.height;
  expect(box && box.y < height && box.y + box.height > 0, `${what}: #${step.id}'s text is on screen (${JSON.stringify(box)})`).toBe(true);
}

/** Waits until the page has stopped scrolling (the scroll position holds for several frames). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The layout shift since the beginning of the load, with what moved (call right after navigation). */
export async function layoutShift(page: Page): Promise<{ total: number; sources: string[] }> {
  await recordShifts(page);
  return shiftTotal(await recordedShifts(page));
}

/**
 * The reader's own scrolling stays off the main thread: while the reader just scrolls, the page listens for no wheel
 * or touch event (a listener, even a passive one, makes the browser hand each wheel notch and touch move to the main
 * thread: a hit test and a task in the frame it lands in). A move by the controls listens for the reader taking over,
 * and stops listening once they have; the wheel counts wherever the pointer is, over the bar's buttons too.
 */
import { expect, test, type Page } from '@playwright/test';
import { activeStepIndex } from '../../src/client/steps/active-step';
import { PHONE, triggerLine, waitForFigures } from './helpers/site';

const INPUT_EVENTS = ['wheel', 'mousewheel', 'touchstart', 'touchmove'];

/**
 * Wheel and touch listeners that the site's own scripts added, on the window, the document or any element in it
 * ("wheel on window"). Playwright's injected script adds listeners of its own; they are not the page's.
 */
async function inputListeners(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  const found: string[] = [];
  try {
    // Enabling the debugger reports every script already parsed.
    await cdp.send('Debugger.enable');
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: -1, pierce: true });
      for (const l of listeners) {
        if (!INPUT_EVENTS.includes(l.type) || !(scripts.get(l.scriptId) ?? '').startsWith(origin)) continue;
        found.push(`${l.type} on ${l.backendNodeId ? `an element (node ${l.backendNodeId})` : target}`);
      }
    }
  } finally {
    await cdp.detach();
  }
  return found.sort();
}

test('while the reader scrolls, no wheel or touch listener; a move listens for the reader taking over, until they do', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./the-climb/');
  await waitForFigures(page);
  await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY), { message: 'the wheel scrolled the page' }).toBeGreaterThan(0);
  expect(await inputListeners(page), 'reading by scrolling: no wheel or touch listener').toEqual([]);

  await page.locator('.reader-bar button[data-go="next"]').click();
  await expect.poll(() => inputListeners(page), { message: 'a move by the bar listens for the reader taking over' }).toEqual(['touchmove on window', 'wheel on window']);

  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY), { message: 'the reader scrolled on' }).toBeGreaterThan(before);
  await expect.poll(() => inputListeners(page), { message: 'the reader took over: no wheel or touch listener again' }).toEqual([]);
});

/**
 * The first scrolly's step on show, and the step the controller's rule (`activeStepIndex`: the last step whose top has
 * reached the trigger line) gives for where the page is now.
 */
async function shownAndInView(page: Page): Promise<{ shown: string; inView: string }> {
  const { shown, ids, tops } = await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.scrolly')!;
    const steps = [...root.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')];
    return { shown: root.dataset['activeStep'] ?? '', ids: steps.map((s) => s.id), tops: steps.map((s) => s.getBoundingClientRect().top) };
  });
  return { shown, inView: ids[activeStepIndex(tops, await triggerLine(page, ids[0]!))]! };
}

test('the wheel over the bar while a move runs is the reader taking over: positions decide again, and the step in view is shown', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./the-climb/');
  await waitForFigures(page);
  // "next" from the top: a smooth scroll to the first step. The mouse stays on the button, and the wheel turns at once.
  await page.locator('.reader-bar button[data-go="next"]').click();
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => inputListeners(page), { message: 'the reader took over: no wheel or touch listener' }).toEqual([]);
  await expect.poll(async () => {
    const { shown, inView } = await shownAndInView(page);
    return shown === inView ? 'the step in view' : `#${shown} on show, #${inView} in view`;
  }, { message: 'the step on show' }).toBe('the step in view');
});

/**
 * Keyboard only: from the top of the article and of a chapter page, in every reading mode, the step controls reach
 * each step and put focus on its text each time (every step of the article in scroll mode), with a visible focus
 * indicator; the single-key shortcuts move the same way but never while the reader types in a field or holds a
 * modifier, and can be turned off. Steps are discovered from the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { SIZES, acrossFirstBoundary, allSteps, type StepInfo, walkPaths } from './helpers/site';
import { MODES, barLabel, expectAtStep, expectVisibleFocus, focusedStep, openInMode, settle, stepLabel, waitForReader } from './helpers/reader';

/** Presses Tab until `matches` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, matches: string, max: number, what: string): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), matches)) return n;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${what}: ${max} presses of Tab did not reach ${matches} (focus is on ${at})`);
}

// Keyboard reach and focus are under test here, not motion (motion has its own specs): instant scrolling keeps each
// landing position exact, where a smooth scroll on a busy 2-core machine was seen to stop short of the step.
test.use({ reducedMotion: 'reduce' });

const chapterOf = (page: Page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.step')].map((s) => [s.id, s.closest('article.chapter')!.id])));

for (const { name, viewport } of SIZES) {
  for (const mode of MODES) {
    test(`keyboard only, ${mode} mode, ${name}: the step controls reach every step, focus on its text each time`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await openInMode(page, path, mode);
        const where = `/${path} (${mode}, ${name})`;
        const all = await allSteps(page);
        const chapters = await chapterOf(page);
        expect(all.length, `${where} has steps`).toBeGreaterThan(0);
        // Every step of the article in scroll mode; in the other modes the article across its first chapter boundary
        // (the controls are the same; what differs by mode is the layout they move through) and a chapter page whole.
        const steps = mode !== 'scroll' && path === '' ? acrossFirstBoundary(all) : all;

        // From the top: the skip link comes first and shows itself.
        await page.keyboard.press('Tab');
        await expect(page.locator('.skip-link'), `${where}: first Tab`).toBeFocused();
        await expectVisibleFocus(page, `${where} skip link`);

        // Then the reading bar's "next step", a few presses on.
        await tabUntil(page, '.reader-bar button[data-go="next"]', 6, where);
        await expectVisibleFocus(page, `${where} the bar's next-step button`);
        await page.keyboard.press('Enter');

        let current: StepInfo = steps[0]!;
        for (let i = 0; ; i++) {
          const label = `${where} step ${i + 1} of ${all.length} (#${current.id})`;
          await expect.poll(() => focusedStep(page), { message: `${label}: focus on the step's text` }).toBe(current.id);
          await expectVisibleFocus(page, label);
          await expectAtStep(page, current, mode, label);
          expect(await barLabel(page), `${label}: the reading bar`).toContain(stepLabel(all, current, (s) => chapters[s.id]!));
          const next = steps[i + 1];
          if (!next) break;
          // The step's own "next step" control is a couple of presses after its text.
          const presses = await tabUntil(page, `#${current.id} button[data-go="next"]`, 3, label);
          expect(presses, `${label}: presses of Tab from the text to "next step"`).toBeLessThanOrEqual(3);
          await expectVisibleFocus(page, `${label}, its next-step button`);
          await page.keyboard.press('Enter');
          current = next;
        }

        // At the last step "next" is off, and "previous" goes back one, focus again on the text.
        if (steps !== all) continue;
        const last = steps[steps.length - 1]!;
        await expect(page.locator(`#${last.id} button[data-go="next"]`), `${where}: no next step after the last`).toBeDisabled();
        if (steps.length > 1) {
          const before = steps[steps.length - 2]!;
          await tabUntil(page, `#${last.id} button[data-go="prev"]`, 3, `${where} last step`);
          await page.keyboard.press('Enter');
          await expect.poll(() => focusedStep(page), { message: `${where}: previous step from the last` }).toBe(before.id);
          await expectVisibleFocus(page, `${where} back one step`);
          await expectAtStep(page, before, mode, `${where} back one step`);
        }
      }
    });
  }

  test(`single-key shortcuts, ${name}: J/N and K/P move step by step; not in a text field, not with a modifier, and they can be turned off`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openInMode(page, '', 'scroll');
    const steps = await allSteps(page);
    const documented = await page.locator('#reader-settings .reader-keys').textContent();
    expect(documented, 'the shortcuts are listed in the settings panel').toMatch(/J\s*or\s*N\s*next step/);
    expect(documented).toMatch(/K\s*or\s*P\s*previous step/);

    for (const [i, key] of ['j', 'n', 'j'].entries()) {
      const step = steps[Math.min(i, steps.length - 1)]!;
      await page.keyboard.press(key);
      await expect.poll(() => focusedStep(page), { message: `"${key}" moves to #${step.id}` }).toBe(step.id);
      await expectAtStep(page, step, 'scroll', `after "${key}"`);
    }
    const at = steps[Math.min(2, steps.length - 1)]!;
    const back = steps[Math.max(0, Math.min(2, steps.length - 1) - 1)]!;
    await page.keyboard.press('k');
    await expect.poll(() => focusedStep(page), { message: '"k" moves back one step' }).toBe(back.id);
    await page.keyboard.press('p');
    const back2 = steps[Math.max(0, steps.indexOf(back) - 1)]!;
    await expect.poll(() => focusedStep(page), { message: '"p" moves back one step' }).toBe(back2.id);

    const where = () => page.evaluate(() => ({ hash: location.hash, y: Math.round(scrollY) }));
    await settle(page);
    const still = await where();
    // With a modifier: nothing (Ctrl+J, Alt+N, Shift+K, Meta+P belong to the browser and the system).
    for (const combo of ['Control+j', 'Alt+n', 'Shift+K', 'Meta+p']) {
      await page.keyboard.press(combo);
      await page.waitForTimeout(50);
      expect(await where(), `${combo} does not move`).toEqual(still);
    }
    // While typing in a field: the letters go into the field.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.setAttribute('aria-label', 'probe');
      document.querySelector('main')!.prepend(input);
    });
    await page.locator('#probe').focus();
    await settle(page);
    const typing = await where();
    await page.keyboard.type('jnkp');
    await expect(page.locator('#probe')).toHaveValue('jnkp');
    await settle(page);
    expect(await where(), 'typing in a field does not move').toEqual(typing);
    await page.evaluate(() => document.getElementById('probe')!.remove());

    // Turned off in the settings: the keys do nothing, and the choice is remembered.
    await page.locator('.reader-bar [popovertarget="reader-settings"]').click();
    await page.locator('#reader-settings input[name="keys"]').uncheck();
    await page.keyboard.press('Escape');
    await page.locator(`#${at.id} .step-text`).focus();
    await settle(page);
    const off = await where();
    await page.keyboard.press('j');
    await page.waitForTimeout(100);
    expect(await where(), 'shortcuts turned off: "j" does nothing').toEqual(off);
    await page.reload();
    await waitForReader(page);
    expect(await page.evaluate(() => document.documentElement.dataset['keys']), 'the choice survives a reload').toBe('off');
    await expect(page.locator('#reader-settings input[name="keys"]')).not.toBeChecked();
  });
}

for (const { name, viewport } of SIZES) {
  test(`keyboard only, ${name}: the panels open from the bar, read in order, close with Escape or when focus leaves them`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openInMode(page, '', 'scroll');
    for (const panel of ['contents', 'settings']) {
      const button = `.reader-bar [popovertarget="reader-${panel}"]`;
      await page.locator(button).focus();
      await page.keyboard.press('Enter');
      await expect(page.locator(`#reader-${panel}`), `${panel}: Enter opens it`).toBeVisible();
      // The next Tab goes into the panel, whatever its place in the page.
      await page.keyboard.press('Tab');
      expect(await page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), `reader-${panel}`), `${panel}: Tab moves into the panel`).toBe(true);
      await expectVisibleFocus(page, `${panel} panel, first control`);
      await page.keyboard.press('Escape');
      await expect(page.locator(`#reader-${panel}`), `${panel}: Escape closes it`).toBeHidden();
      await expect(page.locator(button), `${panel}: focus returns to its button`).toBeFocused();
      // Tabbing out of the open panel closes it: nothing is left covering the next control.
      await page.keyboard.press('Enter');
      const inside = await page.locator(`#reader-${panel}`).evaluate((el) => el.querySelectorAll('a[href], input:not([type="radio"]), input[type="radio"]:checked').length);
      for (let i = 0; i <= inside; i++) await page.keyboard.press('Tab');
      await expect(page.locator(`#reader-${panel}`), `${panel}: closed once focus has left it`).toBeHidden();
      await expectVisibleFocus(page, `${panel}: the control after the panel`);
    }
  });
}

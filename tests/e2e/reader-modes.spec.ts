/**
 * Reading modes, chosen in the settings panel: scroll (sticky figure), stepper (one step at a time, moved only by its
 * buttons) and plain article (every state as a static figure after its text). Each changes the layout as described,
 * survives a reload (read before the first paint, under the page's CSP, with no layout shift), and keeps the reader's place.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepImages } from './helpers/chart-image';
import { ORIGIN } from './helpers/servers';
import { SIZES, allSteps, expectStepShown, guard, scrollies, scrollStepToTrigger, type StepInfo, walkPaths } from './helpers/site';
import { MODES, chooseMode, expectAtStep, layoutShift, openInMode, settle, waitForReader, type Mode } from './helpers/reader';

interface Layout {
  mode: string;
  /** Per scrolly: the sticky graphic's display and position, and which steps are displayed. */
  scrollies: { graphic: string; shown: string[]; figures: { id: string; visible: boolean; width: number; height: number; state: string; stepState: string }[] }[];
  /** Elements other than the reading bar held in place while the page scrolls. */
  pinned: string[];
}

async function layout(page: Page): Promise<Layout> {
  // Each step's own figure is its state's picture: seen when rendered at a real size (not the 1 px screen-reader box).
  const figures = new Map(
    (await stepImages(page)).map((i) => [
      i.id,
      { id: i.id, visible: i.rendered && i.width > 100 && i.height > 100, width: i.width, height: i.height, state: i.pictureState, stepState: i.state },
    ]),
  );
  const l = await page.evaluate(() => ({
    mode: document.documentElement.dataset['mode'] ?? 'scroll',
    scrollies: [...document.querySelectorAll<HTMLElement>('.scrolly')].map((el) => {
      const g = getComputedStyle(el.querySelector('.scrolly-graphic')!);
      const steps = [...el.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')];
      return {
        graphic: g.display === 'none' ? 'none' : g.position,
        shown: steps.filter((s) => s.getClientRects().length > 0 && getComputedStyle(s).visibility !== 'hidden').map((s) => s.id),
        steps: steps.map((s) => s.id),
      };
    }),
    pinned: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position) && !e.closest('.reader-bar') && e.getClientRects().length > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  return {
    ...l,
    scrollies: l.scrollies.map(({ steps, ...s }) => ({
      ...s,
      figures: steps.map((id) => figures.get(id) ?? { id, visible: false, width: 0, height: 0, state: '', stepState: '' }),
    })),
  };
}

/** Checks the layout `mode` promises. */
async function expectLayout(page: Page, mode: Mode, where: string): Promise<void> {
  const l = await layout(page);
  expect(l.mode, `${where}: <html data-mode>`).toBe(mode);
  for (const [i, s] of l.scrollies.entries()) {
    const label = `${where}, scrolly ${i}`;
    if (mode === 'article') {
      expect(s.graphic, `${label}: no sticky figure`).toBe('none');
      expect(s.shown, `${label}: every step displayed`).toEqual(s.figures.map((f) => f.id));
      for (const f of s.figures) {
        expect(f.visible, `${label}: #${f.id}'s figure shows as a static figure (${f.width}x${f.height})`).toBe(true);
        expect(f.state, `${label}: #${f.id}'s figure shows its own state`).toBe(f.stepState);
      }
    } else {
      expect(s.graphic, `${label}: the figure is sticky`).toBe('sticky');
      for (const f of s.figures) expect(f.visible, `${label}: #${f.id}'s own figure is kept for screen readers only (${f.width}x${f.height})`).toBe(false);
      if (mode === 'scroll') expect(s.shown, `${label}: every step displayed`).toEqual(s.figures.map((f) => f.id));
      else expect(s.shown.length, `${label}: the stepper displays one step (${s.shown.join(', ')})`).toBe(1);
    }
  }
  if (mode === 'article') expect(l.pinned, `${where}: nothing sticky or fixed but the reading bar`).toEqual([]);
}

for (const { name, viewport } of SIZES) {
  test.describe(`reading modes at ${name}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });

    test('each mode, chosen in the settings, changes the layout as described and survives a reload', async ({ page }) => {
      const { problems } = guard(page, ORIGIN);
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await openInMode(page, path, 'scroll');
        await expectLayout(page, 'scroll', `/${path} by default`);
        for (const mode of ['stepper', 'article', 'scroll'] as const) {
          await chooseMode(page, mode);
          await expectLayout(page, mode, `/${path} after choosing ${mode}`);
          await page.reload();
          await waitForReader(page);
          const shift = await layoutShift(page);
          expect(shift.total, `/${path} reloaded in ${mode} mode: layout shift (${shift.sources.join(', ')})`).toBe(0);
          await expectLayout(page, mode, `/${path} reloaded in ${mode} mode`);
          await expect(page.locator(`#reader-settings input[name="mode"][value="${mode}"]`), `${mode}: the settings show the choice`).toBeChecked();
        }
      }
      // The saved mode is applied by the inline script in <head>: the page's CSP allows it (no violation was reported).
      expect(problems, problems.join('\n')).toEqual([]);
    });

    test('a new page opens in the saved mode at its first paint, also at a deep link, with no layout shift', async ({ page }) => {
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await page.goto(`./${path}`);
        const steps = await allSteps(page);
        const target = steps[steps.length - 1]!;
        for (const mode of MODES) {
          for (const hash of ['', `#${target.id}`]) {
            await openInMode(page, path, mode, hash);
            const where = `/${path}${hash} opened in ${mode} mode`;
            const shift = await layoutShift(page);
            expect(shift.total, `${where}: layout shift (${shift.sources.join(', ')})`).toBe(0);
            await expectLayout(page, mode, where);
            if (hash) await expectAtStep(page, target, mode, where);
          }
        }
      }
    });

    test('stepper: the buttons move one step at a time; scrolling never changes the step', async ({ page }) => {
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await openInMode(page, path, 'stepper');
        for (const group of await scrollies(page)) {
          const first = group.steps[0]!;
          // Bring the scrolly into view by scrolling, as a reader would: the first step stays on show.
          await page.locator(`#${first.id}`).scrollIntoViewIfNeeded();
          await expectStepShown(page, first, `/${path} stepper, scrolled to scrolly ${group.index}`);
          for (const [i, step] of group.steps.entries()) {
            const next = group.steps[i + 1];
            if (!next) break;
            const notesAt = () => page.locator('.scrolly-section').nth(group.index).locator('.chart-notes').evaluate((e) => Math.round(e.getBoundingClientRect().top + scrollY));
            const notesBefore = await notesAt();
            await page.locator(`#${step.id} button[data-go="next"]`).click();
            await expectAtStep(page, next, 'stepper', `/${path} stepper, "next" from #${step.id}`);
            expect(await notesAt(), `/${path} stepper: changing step does not move what follows the scrolly`).toBe(notesBefore);
            // Scrolling the page (wheel) moves the page, not the step: tried once in each scrolly, at its second step.
            if (i > 0) continue;
            const before = await page.evaluate(() => scrollY);
            await page.mouse.move(viewport.width / 2, viewport.height / 2);
            await page.mouse.wheel(0, 250);
            await settle(page);
            await page.mouse.wheel(0, -500);
            await settle(page);
            expect(await page.evaluate(() => scrollY), 'the wheel scrolled the page').not.toBe(before + 250);
            await expectStepShown(page, next, `/${path} stepper, after scrolling with the wheel at #${next.id}`);
            await page.locator(`#${next.id}`).scrollIntoViewIfNeeded();
          }
          // And back with "previous".
          const last = group.steps[group.steps.length - 1]!;
          if (group.steps.length > 1) {
            await page.locator(`#${last.id} button[data-go="prev"]`).click();
            await expectAtStep(page, group.steps[group.steps.length - 2]!, 'stepper', `/${path} stepper, "previous" from #${last.id}`);
          }
        }
      }
    });

    test('switching mode keeps the reader at the same step', async ({ page }) => {
      await page.goto('./');
      const paths = (await walkPaths(page));
      for (const path of paths) {
        await openInMode(page, path, 'scroll');
        const steps = await allSteps(page);
        const step: StepInfo = steps[Math.min(2, steps.length - 1)]!;
        await scrollStepToTrigger(page, step.id, 20);
        await expectStepShown(page, step, `/${path} scrolled to #${step.id}`);
        for (const mode of ['stepper', 'article', 'scroll'] as const) {
          await chooseMode(page, mode);
          await expectAtStep(page, step, mode, `/${path} switched to ${mode} at #${step.id}`);
        }
      }
    });
  });
}

test('the reading bar shows its whole position beside its buttons from 280 px up, and every button keeps its name', async ({ page }) => {
  await page.goto('./');
  const steps = await allSteps(page);
  // A step of the last chapter: the longest position label ("Chapter 6 of 6").
  const step = steps[steps.length - 1]!;
  for (const width of [280, 320, 360, 400, 600]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`./#${step.id}`);
    await waitForReader(page);
    const bar = await page.evaluate(() => {
      const cut = (el: Element | null) => !el || el.scrollWidth > el.clientWidth + 0.5;
      const box = (el: Element) => el.getBoundingClientRect();
      const buttons = [...document.querySelectorAll('.reader-bar > button')];
      const overlaps = buttons.flatMap((a, i) => buttons.slice(i + 1).filter((b) => box(a).right > box(b).left + 0.5 && box(b).right > box(a).left + 0.5).map((b) => `${a.className} / ${b.className}`));
      return {
        cut: ['.reader-where-chapter', '.reader-where-step'].filter((s) => cut(document.querySelector(s))),
        overlaps,
        outside: buttons.filter((b) => box(b).right > innerWidth + 0.5 || box(b).left < -0.5).map((b) => b.className),
      };
    });
    expect(bar.cut, `${width} px: position lines cut off`).toEqual([]);
    expect(bar.overlaps, `${width} px: bar buttons overlapping`).toEqual([]);
    expect(bar.outside, `${width} px: bar buttons outside the window`).toEqual([]);
    await expect(page.getByRole('button', { name: 'Settings', exact: true }), `${width} px: the settings button's name`).toBeVisible();
    await expect(page.locator('.reader-bar .reader-where'), `${width} px: the position's name`).toHaveAccessibleName(/^Contents: Chapter \d+ of \d+ /);
  }
});

test.describe('the first frame', () => {
  test.use({ viewport: SIZES[1].viewport });

  test('is drawn with the reading bar whole, and at a deep link with the addressed step whole', async ({ page }) => {
    // A frame drawn while the parser is half-way through the bar or the step in view shows buttons that then grow as
    // their labels arrive, moving their neighbours (layout shifts seen under load). The CPU is slowed 20x so that the
    // parser yields often (without the holds, most loads here drew such a frame); the first frame's callback tells
    // what had been parsed when it was drawn.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const hash = decodeURIComponent(location.hash.slice(1));
        (window as unknown as { firstFrame: unknown }).firstFrame = {
          settings: document.querySelector('.reader-bar .reader-open-settings-label')?.textContent ?? null,
          next: hash ? (document.getElementById(hash)?.querySelector('.step-go-next')?.textContent ?? null) : 'Next step',
        };
      });
    });
    await page.goto('./');
    const paths = await walkPaths(page);
    const cdp = await page.context().newCDPSession(page);
    for (const path of paths) {
      await page.goto(`./${path}`);
      const steps = await allSteps(page);
      // Every step of the chapter page (without the holds, about a third of these loads drew the step half-parsed); on
      // the article, its first and last.
      const targets = path ? steps : [steps[0]!, steps[steps.length - 1]!];
      for (const hash of ['', ...targets.map((s) => `#${s.id}`)]) {
        await page.goto('about:blank');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
        await page.goto(`./${path}${hash}`, { waitUntil: 'commit' });
        await page.waitForFunction(() => 'firstFrame' in window);
        const parsed = await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        expect(parsed, `/${path}${hash}: parsed at the first frame`).toEqual({ settings: 'Settings', next: 'Next step' });
      }
    }
  });
});

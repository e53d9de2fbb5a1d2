/**
 * Every press counts: on the article, quick runs of "next" and "previous" (the bar's buttons, the J/N and K/P keys, a
 * step's own buttons), with no waiting between presses, across chapter boundaries, with motion allowed and reduced,
 * at phone and desktop size, land on the step the presses add up to: its state on show, its address, its text focused.
 */
import { expect, test, type Page } from '@playwright/test';

const SIZES = [
  { name: 'phone 390x844', viewport: { width: 390, height: 844 } },
  { name: 'desktop 1440x900', viewport: { width: 1440, height: 900 } },
] as const;

interface Step {
  id: string;
  state: string;
}

/** Waits until step `want` is where the reader is: the figure of its scrolly shows its state, the address names it, its text has focus. */
async function expectAt(page: Page, want: Step, what: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((id) => {
          const step = document.getElementById(id)!;
          const figure = step.closest('.scrolly')!.querySelector<HTMLElement>('scrolly-figure')!;
          return {
            address: location.hash,
            figure: figure.dataset['state'],
            active: step.classList.contains('is-active'),
            focus: document.activeElement?.closest('.step')?.id ?? '',
          };
        }, want.id),
      { message: `${what}: should be at #${want.id} (${want.state})`, timeout: 20_000 },
    )
    .toEqual({ address: `#${want.id}`, figure: want.state, active: true, focus: want.id });
}

for (const { name, viewport } of SIZES) {
  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`${name}, motion ${motion === 'reduce' ? 'reduced' : 'allowed'}: quick runs of next and previous, by buttons and keys, all count`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.setViewportSize(viewport);
      await page.goto('./');
      // The controller has measured once: every scrolly names its step on show.
      await page.waitForFunction(() => document.querySelectorAll('.scrolly:not([data-active-step])').length === 0);
      const steps: Step[] = await page.$$eval('.scrolly .step', (els) => els.map((e) => ({ id: e.id, state: (e as HTMLElement).dataset['state'] ?? '' })));
      const chapters = new Set(steps.map((s) => s.id.split('-').slice(0, -1).join('-')));
      expect(steps.length, 'the article has enough steps to cross chapters').toBeGreaterThan(12);
      expect(chapters.size, 'several chapters').toBeGreaterThan(2);
      const next = page.locator('.reader-bar button[data-go="next"]');
      const prev = page.locator('.reader-bar button[data-go="prev"]');

      // From the top, the bar's "next" as fast as it can be clicked: the first step, then one further per click.
      const forward = steps.length - 1;
      for (let i = 0; i < forward; i++) await next.click({ noWaitAfter: true });
      await expectAt(page, steps[forward - 1]!, `${forward} clicks on the bar's next`);

      // Back with the K and P keys, alternating, without waiting.
      const back = forward - 3;
      for (let i = 0; i < back; i++) await page.keyboard.press(i % 2 ? 'p' : 'k');
      await expectAt(page, steps[forward - 1 - back]!, `then ${back} presses of K/P`);

      // Forward again with J and N and the bar's buttons mixed: +1 per J, N or next, -1 per previous.
      const mixed: [string, number][] = [['j', 1], ['n', 1], ['next', 1], ['j', 1], ['prev', -1], ['n', 1], ['next', 1], ['j', 1]];
      let at = forward - 1 - back;
      for (const [how, by] of mixed) {
        if (how === 'next') await next.click({ noWaitAfter: true });
        else if (how === 'prev') await prev.click({ noWaitAfter: true });
        else await page.keyboard.press(how);
        at += by;
      }
      await expectAt(page, steps[at]!, `then ${mixed.length} mixed presses`);

      // A step's own "next" moves on from that step.
      const own = page.locator(`#${steps[at]!.id} .step-nav button[data-go="next"]`);
      await own.click({ noWaitAfter: true });
      await expectAt(page, steps[at + 1]!, 'the step\'s own next');
    });
  }
}

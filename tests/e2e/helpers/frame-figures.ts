/**
 * Figures in an embed's frame on a host page of another origin. A figure loads its scenes as it comes near the view,
 * and in a cross-origin frame the browser measures that against the host's window, with no margin: a figure in the
 * frame but out of the host's view stays as its picture. So the figures in view are those the frame's own
 * IntersectionObserver reports, as the figures' own observers see them.
 */
import type { Frame } from '@playwright/test';

/**
 * Waits until the embed's script has run (every scrolly names its step on show) and every figure in the host's view
 * has drawn its live chart. Graphics the fitted layout keeps unseen in place count as in view: their charts are
 * drawn and ready. Returns how many figures were in view.
 */
export async function waitForFiguresInView(frame: Frame): Promise<number> {
  await frame.waitForFunction(
    () => customElements.get('scrolly-figure') !== undefined && [...document.querySelectorAll<HTMLElement>('.scrolly')].every((s) => s.dataset['activeStep']),
  );
  const inView = await frame.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const figures = [...document.querySelectorAll('scrolly-figure')];
        if (!figures.length) return resolve([]);
        // The first report covers every figure observed: whether it intersects the view now.
        const seen = new IntersectionObserver((entries) => {
          seen.disconnect();
          resolve(entries.filter((e) => e.isIntersecting).map((e) => figures.indexOf(e.target)));
        });
        figures.forEach((f) => seen.observe(f));
      }),
  );
  await frame.waitForFunction(
    (inView) => inView.every((i) => {
      const f = document.querySelectorAll('scrolly-figure')[i]!;
      return f.querySelector('svg.live') && f.getAttribute('data-state');
    }),
    inView,
  );
  return inView.length;
}

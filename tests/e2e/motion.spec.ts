/**
 * Reduced motion: when the reader asks for it, a state change draws its final marks at once, with no
 * d3 transition left running. A control run without the preference shows the check can see transitions; with motion
 * allowed, a transition (whole or cut short) ends as a direct draw would: marks in order, opaque, nothing left over.
 */
import { expect, test, type Page } from '@playwright/test';
import { TRANSITION_MS } from '../../src/client/figure/motion';
import { WIDE_FROM } from '../../src/charts/scene/size-classes';
import { SIZES, allSteps, expectStepShown, scrollStepToTrigger, waitForFigures, type StepInfo } from './helpers/site';

interface Mark {
  key: string;
  attrs: string;
  opacity: string;
  transition: boolean;
}
interface Snapshot {
  marks: Mark[];
  /** Keys of this state's scene (from the chart's scene file) at the live chart's size class. */
  sceneKeys: string;
  /** Size of the chart frame (after layout) and size the live <svg> was drawn at. */
  frame: string;
  drawn: string;
  /** performance.now() when the snapshot was taken. */
  at: number;
}
interface Flip {
  /** Index of the figure among the page's scrolly figures. */
  figure: number;
  state: string;
  /** The moment data-state changed (a microtask after the figure's update). */
  atFlip: Snapshot;
  /** Two animation frames later: what the first paint after the change showed. */
  painted?: Snapshot;
}

/**
 * Records each sticky figure's live marks when its data-state changes and at the first paint after. The charts' scene
 * files are fetched first, so each snapshot can name the marks its state should have (the figure loads the same files).
 */
async function recordFlips(page: Page): Promise<void> {
  await page.evaluate(async (wideFrom) => {
    const w = window as unknown as { __flips: Flip[] };
    w.__flips = [];
    for (const [figure, fig] of [...document.querySelectorAll<HTMLElement>('scrolly-figure')].entries()) {
      const scenes = (await (await fetch(fig.dataset['scenes']!)).json()) as Record<string, Record<string, { marks: { key: string; type: string }[] }>>;
      const snapshot = (): Snapshot => {
        const svg = fig.querySelector('svg.live');
        // A figure that has not loaded its scenes yet has no live chart: an empty snapshot (the tests prime each
        // figure before recording its changes, so a state change they look at always has one).
        if (!svg) return { sceneKeys: '(no live chart)', frame: '', drawn: '(no live chart)', marks: [], at: performance.now() };
        const frame = svg.closest<HTMLElement>('.chart-frame')!;
        const sizeClass = frame.clientWidth >= wideFrom ? 'wide' : 'narrow';
        const state = fig.dataset['state'] ?? '';
        return {
          sceneKeys: (scenes[sizeClass]?.[state]?.marks ?? []).map((m) => `${m.type === 'text' ? 'text' : 'mark'} ${m.key}`).sort().join('\n'),
          frame: `${frame.clientWidth}x${frame.clientHeight}`,
          drawn: `${svg.getAttribute('width')}x${svg.getAttribute('height')}`,
          at: performance.now(),
          marks: [...svg.querySelectorAll('[data-key]')].map((el) => ({
            key: el.getAttribute('data-key') ?? '',
            attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ') + `|${el.textContent}`,
            opacity: getComputedStyle(el).opacity,
            // Moving (d3-transition keeps a node's scheduled and running transitions on node.__transition) or fading (in
            // a group that fades in or out: src/client/figure/apply-scene.ts).
            transition: !!(el as unknown as { __transition?: object }).__transition || !!el.closest('[data-fade]'),
          })),
        };
      };
      let last = fig.dataset['state'];
      new MutationObserver(() => {
        // The figure re-sets data-state on every redraw; only a new value is a state change.
        if (fig.dataset['state'] === last) return;
        last = fig.dataset['state'];
        const flip: Flip = { figure, state: last ?? '', atFlip: snapshot() };
        w.__flips.push(flip);
        requestAnimationFrame(() => requestAnimationFrame(() => (flip.painted = snapshot())));
      }).observe(fig, { attributes: true, attributeFilter: ['data-state'] });
    }
  }, WIDE_FROM);
}

/**
 * Brings the scrolly of `step` (its first step) to the trigger line and waits until its figure has drawn that state
 * live. Figures load their scenes only as they come near, and the first drawing is at once (there is nothing to move
 * from), so each scrolly is primed this way before its state changes are recorded.
 */
async function prime(page: Page, step: StepInfo): Promise<void> {
  await scrollStepToTrigger(page, step.id, 20);
  await page.waitForFunction(
    ({ id, state }) => {
      const fig = document.getElementById(id)!.closest('.scrolly')!.querySelector('scrolly-figure')!;
      const svg = fig.querySelector('svg.live');
      return fig.getAttribute('data-state') === state && svg?.getAttribute('data-state') === state;
    },
    { id: step.id, state: step.state },
  );
}

/** Scrolls to `step` and returns its state change as recorded (once the first paint after it is in). */
async function flipTo(page: Page, step: StepInfo): Promise<Flip & { painted: Snapshot }> {
  const before = await page.evaluate(() => (window as unknown as { __flips: Flip[] }).__flips.length);
  await scrollStepToTrigger(page, step.id, 20);
  const handle = await page.waitForFunction(
    ({ before, id, state }) => {
      const figure = [...document.querySelectorAll('scrolly-figure')].indexOf(document.getElementById(id)!.closest('.scrolly')!.querySelector('scrolly-figure')!);
      const flips = (window as unknown as { __flips: Flip[] }).__flips.slice(before);
      const flip = flips.find((f) => f.figure === figure && f.state === state);
      return flip?.painted ? flip : null;
    },
    { before, id: step.id, state: step.state },
  );
  return (await handle.jsonValue()) as Flip & { painted: Snapshot };
}

/** The live marks of the figure showing `step`, now. */
async function liveMarks(page: Page, step: StepInfo): Promise<Record<string, string>> {
  return page.evaluate((id) => {
    const svg = document.getElementById(id)!.closest('.scrolly')!.querySelector('scrolly-figure svg.live')!;
    return Object.fromEntries(
      [...svg.querySelectorAll('[data-key]')].map((el) => [
        el.getAttribute('data-key') ?? '',
        [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ') + `|${el.textContent}`,
      ]),
    );
  }, step.id);
}

/** Per scrolly: its first step (to prime it), then forward through every state change and back to the first step. */
async function route(page: Page): Promise<{ first: StepInfo; changes: StepInfo[] }[]> {
  const steps = await allSteps(page);
  const byScrolly = new Map<number, StepInfo[]>();
  for (const s of steps) byScrolly.set(s.scrolly, [...(byScrolly.get(s.scrolly) ?? []), s]);
  return [...byScrolly.values()].map((group) => ({
    first: group[0]!,
    changes: [...group.filter((s, i) => i > 0 && s.state !== group[i - 1]!.state), group[0]!],
  }));
}

/**
 * '' when a snapshot draws the state's marks as label placement may draw them at its size: every mark that is not text,
 * and nothing else but the scene's texts, numbered markers and key lines (ticks may be thinned, labels left out).
 */
function marksMismatch(s: Snapshot): string {
  const scene = s.sceneKeys.split('\n').map((line): [string, string] => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]);
  const have = new Set(s.marks.map((m) => m.key));
  const missing = scene.filter(([kind, key]) => kind === 'mark' && !have.has(key)).map(([, key]) => key);
  const known = new Set(scene.map(([, key]) => key));
  const extra = [...have].filter((k) => !known.has(k) && !/-marker$|^key-line-/.test(k));
  return missing.length || extra.length ? `missing ${missing.join(', ') || 'none'}; not in the scene ${extra.join(', ') || 'none'}` : '';
}

/**
 * Waits for the live chart of `step`'s scrolly to end its transition, then lists what a direct draw would not have:
 * children that are not marks of the state (a fading group left behind), marks out of the scene's order, marks not
 * fully opaque.
 */
async function settledChart(page: Page, step: StepInfo): Promise<{ strays: string[]; outOfOrder: string[]; notOpaque: string[] }> {
  await page.waitForFunction((id) => {
    const svg = document.getElementById(id)!.closest('.scrolly')!.querySelector('scrolly-figure svg.live')!;
    return ![...svg.querySelectorAll('*')].some((m) => (m as unknown as { __transition?: object }).__transition);
  }, step.id);
  return page.evaluate(async ({ id, wideFrom }) => {
    const fig = document.getElementById(id)!.closest('.scrolly')!.querySelector<HTMLElement>('scrolly-figure')!;
    const svg = fig.querySelector('svg.live')!;
    const scenes = (await (await fetch(fig.dataset['scenes']!)).json()) as Record<string, Record<string, { marks: { key: string }[] }>>;
    const sizeClass = svg.closest<HTMLElement>('.chart-frame')!.clientWidth >= wideFrom ? 'wide' : 'narrow';
    const scene = scenes[sizeClass]![fig.dataset['state']!]!.marks.map((m) => m.key);
    const children = [...svg.children];
    const keys = children.map((el) => el.getAttribute('data-key') ?? `<${el.tagName}> without a key`);
    const inScene = keys.filter((k) => scene.includes(k));
    const expected = scene.filter((k) => inScene.includes(k));
    return {
      // Label placement may add numbered markers and key lines, which the scene file does not list.
      strays: keys.filter((k) => !scene.includes(k) && !/-marker$|^key-line-/.test(k)),
      outOfOrder: inScene.filter((k, i) => expected[i] !== k),
      notOpaque: children.filter((el) => el.getAttribute('opacity') !== '1').map((el) => `${el.getAttribute('data-key')} at ${el.getAttribute('opacity')}`),
    };
  }, { id: step.id, wideFrom: WIDE_FROM });
}

const running = (s: Snapshot) => s.marks.filter((m) => m.transition).map((m) => m.key);
const fading = (s: Snapshot) => s.marks.filter((m) => Number(m.opacity) > 0 && Number(m.opacity) < 1).map((m) => `${m.key} (opacity ${m.opacity})`);

for (const { name, viewport } of SIZES) {
  test.describe(`reduced motion at ${name}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });

    test('a state change draws the final marks at once, with no transition', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await recordFlips(page);
      const targets = await route(page);
      expect(targets.flatMap((t) => t.changes).length, 'there are state changes to test').toBeGreaterThan(1);
      for (const { first, changes } of targets) {
        await prime(page, first);
        for (const step of changes) {
          const flip = await flipTo(page, step);
          const label = `state "${step.state}" (#${step.id})`;
          expect(running(flip.atFlip), `${label}: marks with a d3 transition when the state changed`).toEqual([]);
          expect(fading(flip.atFlip), `${label}: marks part-way faded when the state changed`).toEqual([]);
          expect(running(flip.painted), `${label}: marks with a d3 transition at the first paint`).toEqual([]);
          expect(fading(flip.painted), `${label}: marks part-way faded at the first paint`).toEqual([]);
          expect(marksMismatch(flip.painted), `${label}: the first paint holds exactly the state's marks`).toBe('');
          // Nothing moves afterwards: the first paint was final. Three frames on (resize and intersection observers
          // have had their turns) nothing is left that could move a mark (no d3 transition scheduled, no Web Animation
          // in the figure), and the marks are as painted.
          await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
          const pending = await page.evaluate((id) => {
            const fig = document.getElementById(id)!.closest('.scrolly')!.querySelector('scrolly-figure')!;
            const scheduled = [...fig.querySelectorAll('svg.live [data-key]')].filter((m) => (m as unknown as { __transition?: object }).__transition);
            const fades = [...fig.querySelectorAll('svg.live [data-fade]')];
            return [...scheduled.map((m) => `d3 transition on ${m.getAttribute('data-key')}`), ...fades.map((g) => `a group fading ${g.getAttribute('data-fade')}`), ...fig.getAnimations({ subtree: true }).map((a) => `animation on ${(a.effect as KeyframeEffect | null)?.target?.nodeName}`)];
          }, step.id);
          expect(pending, `${label}: what could still move a mark three frames after the first paint`).toEqual([]);
          const now = await liveMarks(page, step);
          const at = Object.fromEntries(flip.painted.marks.map((m) => [m.key, m.attrs]));
          const moved = Object.keys({ ...at, ...now }).filter((k) => at[k] !== now[k]);
          expect(moved, `${label}: marks that changed after the first paint`).toEqual([]);
          await expectStepShown(page, step);
        }
      }
    });
  });

  test.describe(`motion allowed at ${name}`, () => {
    test.use({ viewport, reducedMotion: 'no-preference' });

    test('control: a state change starts a transition (so the reduced-motion check can see one)', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      await recordFlips(page);
      const [group] = await route(page);
      const target = group!.changes[0]!;
      await prime(page, group!.first);
      const flip = await flipTo(page, target);
      expect(running(flip.atFlip).length, 'marks with a d3 transition when the state changed').toBeGreaterThan(0);
      await expectStepShown(page, target);
    });

    test('a transition, whole or cut short by the next state, ends with the marks in the scene’s order, opaque, none left fading', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      await recordFlips(page);
      // The Fed's figure: its changes bring dozens of marks in and take dozens out at once.
      const group = (await route(page)).find((g) => g.first.id.startsWith('the-fed-holds'));
      expect(group && group.changes.length >= 3, 'a scrolly in the Fed chapter with three state changes').toBe(true);
      await prime(page, group!.first);
      const [a, b, c] = group!.changes;
      // a is cut short by b as soon as it has painted; b and then c run to their ends.
      await flipTo(page, a!);
      for (const step of [b!, c!]) {
        await flipTo(page, step);
        expect(await settledChart(page, step), `"${step.state}" after its transition`).toEqual({ strays: [], outOfOrder: [], notOpaque: [] });
        await expectStepShown(page, step);
      }
    });

    test('every state change is still animating at its first paint (not cut short by a redraw)', async ({ page }) => {
      await page.goto('./');
      await waitForFigures(page);
      await recordFlips(page);
      const cut: string[] = [];
      let measured = 0;
      for (const { first, changes } of await route(page)) {
        await prime(page, first);
        for (const step of changes) {
          const flip = await flipTo(page, step);
          // A first paint that came after most of a transition's length (a busy machine can hold the two frames that
          // long) says nothing: the transition may have run to its end. Only a paint well inside it is a measure.
          if (flip.painted.at - flip.atFlip.at > TRANSITION_MS * 0.75) continue;
          measured++;
          if (running(flip.painted).length === 0) {
            cut.push(
              `"${step.state}" (#${step.id}): drawn at ${flip.atFlip.drawn} in a ${flip.atFlip.frame} frame when the state changed, ` +
                `redrawn at ${flip.painted.drawn} without transition by the first paint`,
            );
          }
          await expectStepShown(page, step);
        }
      }
      expect(cut, `state changes whose transition had already been stopped at the first paint:\n${cut.join('\n')}`).toEqual([]);
      expect(measured, 'state changes whose first paint came within three quarters of a transition').toBeGreaterThan(0);
    });
  });
}

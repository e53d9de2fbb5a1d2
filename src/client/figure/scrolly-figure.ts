/**
 * <scrolly-figure>: shows the active step's chart state, laid out at the figure's measured size. The active
 * step follows the page's scroll, or, inside an element marked `data-stepper` (embeds), whatever `showStep` says.
 */
import { applyScene } from './apply-scene';
import { layoutScene } from '../../charts/scene/layout';
import type { SceneSet } from '../../charts/scene/scenes-for';
import { sizeClassFor } from '../../charts/scene/size-classes';
import { activeStepIndex } from '../steps/active-step';
import { shownStepIndex } from '../steps/stepper';
import { transitionMs } from './motion';
import { watchSteps } from '../steps/scroll-sensor';

/** Window events after which the active step is looked up again (`reader:change`: a reading setting or the stepper changed). */
const EVENTS = ['hashchange', 'pageshow', 'scrollend', 'reader:change'];

class ScrollyFigure extends HTMLElement {
  /** Loaded from the chart's scene file; until then the build's SVG of the first state stays on show. */
  private scenes: SceneSet | undefined;
  private steps: HTMLElement[] = [];
  private svg!: SVGSVGElement;
  private frame!: HTMLElement;
  private state = '';
  private index = -1;
  private size = '';
  private cleanups: (() => void)[] = [];
  /** The step chosen from outside (stepper mode); undefined while the page's scroll decides. */
  private chosen: number | undefined;

  connectedCallback(): void {
    const source = this.dataset.scenes;
    const root = this.closest('.scrolly');
    const frame = this.querySelector<HTMLElement>('.chart-frame');
    if (!source || !root || !frame) return;
    void this.load(source);
    this.frame = frame;
    this.steps = [...root.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')];
    // Keep one live <svg>; the build wrote one per size class for readers without script.
    const svgs = [...frame.querySelectorAll('svg')];
    this.svg = svgs[0]!;
    svgs.slice(1).forEach((s) => s.remove());
    this.svg.classList.add('live');
    this.state = '';
    this.index = -1;

    const resize = new ResizeObserver(() => this.update(true));
    resize.observe(frame);
    this.cleanups.push(() => resize.disconnect());
    if (this.closest('[data-stepper]')) {
      this.chosen ??= 0;
      this.update(true);
      return;
    }
    const update = () => this.update();
    const trigger = Number(getComputedStyle(root).getPropertyValue('--scrolly-trigger')) || 0.5;
    const unwatch = watchSteps(this.steps, trigger, update);
    for (const type of EVENTS) window.addEventListener(type, update);
    this.cleanups.push(unwatch, () => {
      for (const type of EVENTS) window.removeEventListener(type, update);
    });
    this.update(true);
  }

  disconnectedCallback(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
  }

  /** Fetches the chart's scenes (same origin), then draws the active step's state at the measured size. */
  private async load(source: string): Promise<void> {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`scrolly-figure: ${source} answered ${response.status}`);
    this.scenes = (await response.json()) as SceneSet;
    if (this.isConnected) this.update(true);
  }

  /** Shows step `index` (clamped to the steps there are), whatever the scroll position: for step controls. */
  showStep(index: number): void {
    this.chosen = Math.max(0, Math.min(this.steps.length - 1, Math.round(index)));
    this.update();
  }

  /** Re-derives the active step from positions and draws its state; `relayout` forces a redraw at the current size. */
  private update(relayout = false): void {
    const root = this.closest<HTMLElement>('.scrolly')!;
    const trigger = (Number(getComputedStyle(root).getPropertyValue('--scrolly-trigger')) || 0.5) * window.innerHeight;
    // An embed's step controls choose the step; the stepper reading mode shows one step at a time; otherwise positions decide.
    const index = this.chosen ?? shownStepIndex(this.steps) ?? activeStepIndex(this.steps.map((s) => s.getBoundingClientRect().top), trigger);
    const step = this.steps[index];
    const state = step?.dataset.state ?? this.state;
    const width = Math.round(this.frame.clientWidth);
    const height = Math.round(this.frame.clientHeight);
    const size = `${width}x${height}`;
    // Two steps may show the same state: the active step still moves (its text shows in a stepper).
    if (index === this.index && state === this.state && size === this.size && !relayout) return;
    const animate = state !== this.state && this.state !== '' && size === this.size;
    const redraw = state !== this.state || size !== this.size || relayout;
    this.steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    this.index = index;
    root.dataset.activeStep = step?.id ?? '';
    this.state = state;
    this.size = size;
    this.dataset.state = state;
    const scene = this.scenes?.[sizeClassFor(width)][state];
    if (!redraw || !scene || width === 0 || height === 0) return;
    this.svg.dataset.state = state;
    this.querySelectorAll<HTMLElement>('.chart-heading-item').forEach((h) => h.classList.toggle('is-current', h.dataset.state === state));
    applyScene(this.svg, layoutScene(scene, { width, height }), { width, height }, animate ? transitionMs() : 0);
  }
}

if (!customElements.get('scrolly-figure')) customElements.define('scrolly-figure', ScrollyFigure);

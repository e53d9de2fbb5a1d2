/** <scrolly-figure>: draws the state of the step its scrolly shows (the step controller decides which), at its measured size. */
import { applyScene } from './apply-scene';
import { layoutScene } from '../../charts/scene/layout';
import type { SceneSet } from '../../charts/scene/scenes-for';
import { sizeClassFor } from '../../charts/scene/size-classes';
import { pageSteps } from '../steps/page-steps';
import type { StepController } from '../steps/step-controller';
import { transitionMs } from './motion';

const SVG_NS = 'http://www.w3.org/2000/svg';

class ScrollyFigure extends HTMLElement {
  /** Loaded from the chart's scene file; until then the build's image of the first state stays on show. */
  private scenes: SceneSet | undefined;
  private controller!: StepController;
  private scrolly = -1;
  private frame!: HTMLElement;
  private svg: SVGSVGElement | undefined;
  private state = '';
  private size = '';
  private cleanups: (() => void)[] = [];

  connectedCallback(): void {
    const source = this.dataset['scenes'];
    const frame = this.querySelector<HTMLElement>('.chart-frame');
    const root = this.closest<HTMLElement>('.scrolly');
    if (!source || !frame || !root) return;
    this.frame = frame;
    this.controller = pageSteps();
    this.scrolly = this.controller.scrollies.indexOf(root);
    const resize = new ResizeObserver(() => this.draw());
    resize.observe(frame);
    // A step change elsewhere on the page leaves this figure as it is: no work, and no layout read, unless its state changed.
    const changed = () => {
      if (this.stateOnShow() !== this.dataset['state']) this.draw();
    };
    this.cleanups.push(() => resize.disconnect(), this.controller.onChange(changed));
    // The scenes are fetched and drawn when the scrolly comes within three window heights of the view, not on load:
    // farther than the browser's lazy loading fetches the build's image (Chromium: 1,250 px on a fast connection,
    // 2,500 on 3G; https://addyosmani.com/blog/better-image-lazy-loading-in-chrome/), so the live chart usually
    // replaces that image before it is fetched, and its SVG file is not parsed mid-scroll on the main thread only to
    // be thrown away. The section holding it is watched: a layout may render the .scrolly itself as
    // `display: contents` (the wide fitted embed), which has no box to intersect. An embed, one chapter in a frame,
    // loads its charts at once: in a frame on another origin the observer measures against the host's window and
    // ignores its margin.
    if (document.body.hasAttribute('data-embed')) {
      void this.load(source);
      return;
    }
    const section = root.closest<HTMLElement>('.scrolly-section') ?? root;
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void this.load(source);
      },
      { rootMargin: '300% 0px' },
    );
    near.observe(section);
    this.cleanups.push(() => near.disconnect());
  }

  disconnectedCallback(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
  }

  /** Fetches the chart's scenes (same origin, cached immutably), then draws. */
  private async load(source: string): Promise<void> {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`scrolly-figure: ${source} answered ${response.status}`);
    this.scenes = (await response.json()) as SceneSet;
    if (this.isConnected) this.draw();
  }

  /** Draws the state on show at the frame's size; moves between states with transitions when the size is unchanged. */
  private draw(): void {
    const state = this.stateOnShow();
    if (state === undefined) return;
    this.dataset['state'] = state;
    this.querySelectorAll<HTMLElement>('.chart-heading-item').forEach((h) => h.classList.toggle('is-current', h.dataset['state'] === state));
    // Until the live chart is drawn, the build's image shows the first state only: never under another state's heading.
    const placeholder = this.querySelector<HTMLElement>('.chart-image');
    if (placeholder) placeholder.style.visibility = placeholder.dataset['state'] === state ? '' : 'hidden';
    const width = Math.round(this.frame.clientWidth);
    const height = Math.round(this.frame.clientHeight);
    const size = `${width}x${height}`;
    const scene = this.scenes?.[sizeClassFor(width)][state];
    if (!scene || width === 0 || height === 0 || (state === this.state && size === this.size)) return;
    const animate = !!this.svg && this.state !== '' && size === this.size;
    const svg = this.svg ?? this.liveSvg();
    this.state = state;
    this.size = size;
    svg.dataset['state'] = state;
    applyScene(svg, layoutScene(scene, { width, height }), { width, height }, animate ? transitionMs() : 0);
  }

  /** The state of the step its scrolly shows, or undefined. */
  private stateOnShow(): string | undefined {
    return this.controller.steps[this.controller.shownIn(this.scrolly)]?.state;
  }

  /** Replaces the build's image of the first state with an SVG the figure draws into. */
  private liveSvg(): SVGSVGElement {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', `chart chart-${this.dataset['chart'] ?? ''} live`);
    svg.setAttribute('aria-hidden', 'true');
    this.frame.replaceChildren(svg);
    this.svg = svg;
    return svg;
  }
}

if (!customElements.get('scrolly-figure')) customElements.define('scrolly-figure', ScrollyFigure);

/**
 * Fits an embed to its frame: measures the whole chapter and the fitted layout, shows the one the frame's height
 * allows (fit-layout.ts decides), and in the fitted layout shows the chart of the step on show and lets a long step's
 * text scroll in its own region. The inline boot script (embed-boot.ts) made the first choice before the first paint.
 */
import { chooseLayout, FIT_TOLERANCE, HOST_GRACE_MS, type Layout } from './fit-layout';
import type { LayoutChoice } from './embed-params';
import type { StepController } from '../steps/step-controller';

/** Fired on window when the layout changes between full and fit. */
export const LAYOUT_EVENT = 'embed:layout';

/** The natural heights of both layouts at the frame's current width, in CSS px. */
export interface Heights {
  /** The whole chapter. */
  full: number;
  /** The fitted layout with the chart at its natural size and the longest step's text without scrolling. */
  fit: number;
}

const root = () => document.documentElement;

/** Shows the graphic holding `el` in the fitted layout, which shows one at a time; the others hide. */
export function showGraphicOf(el: Element): void {
  const section = el.closest('.scrolly-section');
  for (const s of document.querySelectorAll('.scrolly-section')) s.classList.toggle('is-current', s === section);
}

/** The embed's layout now (the boot script set it; before it ran, the full layout). */
export const currentLayout = (): Layout => (root().dataset['layout'] === 'fit' ? 'fit' : 'full');

/** Lays the page out as `layout` with `data-measuring` (no scrollbars, no fixed height) and returns its height; restores everything. */
function measure(layout: Layout, sections: HTMLElement[]): number {
  const r = root();
  const before = r.dataset['layout'];
  r.dataset['layout'] = layout;
  r.setAttribute('data-measuring', '');
  let height = 0;
  if (layout === 'full' || sections.length < 2) {
    height = r.getBoundingClientRect().height;
  } else {
    // The fitted layout shows one graphic at a time: its height is that of the tallest.
    const current = sections.find((s) => s.classList.contains('is-current'));
    for (const s of sections) {
      sections.forEach((x) => x.classList.toggle('is-current', x === s));
      height = Math.max(height, r.getBoundingClientRect().height);
    }
    sections.forEach((x) => x.classList.toggle('is-current', x === current));
  }
  r.removeAttribute('data-measuring');
  if (before === undefined) delete r.dataset['layout'];
  else r.dataset['layout'] = before;
  return height;
}

export class FrameFit {
  private readonly sections: HTMLElement[];
  private layout: Layout = currentLayout();
  private measured: Heights = { full: 0, fit: 0 };
  /** The heights last asked of the host, and whether the host has ever set the frame to one of them. */
  private asked: number[] = [];
  private resizerSeen = false;
  /** Since when a full layout has been waiting for a known resizer to grow the frame, if it is. */
  private waitingSince: number | undefined;
  private graceTimer = 0;
  private lastViewport = innerHeight;

  constructor(
    private readonly choice: LayoutChoice,
    private readonly controller: StepController,
    /** Called after every check with the heights measured and the layout on show. */
    private readonly onCheck: (heights: Heights, layout: Layout) => void,
  ) {
    this.sections = [...document.querySelectorAll<HTMLElement>('.scrolly-section')];
  }

  get heights(): Heights {
    return this.measured;
  }

  get current(): Layout {
    return this.layout;
  }

  start(): this {
    // The frame's own viewport (resize) and the content's size (the root element's box) both decide; a data table
    // opened or closed changes the whole chapter's height even where the fitted layout does not show it.
    addEventListener('resize', () => this.check());
    new ResizeObserver(() => this.check()).observe(root());
    document.addEventListener('toggle', () => this.check(), true);
    this.controller.onChange(() => this.showStep());
    this.showStep();
    return this;
  }

  /** The embed asked the host for these heights: a frame later set to one of them has a resizer. */
  hostAsked(heights: number[]): void {
    this.asked = heights;
  }

  /** Measures both layouts, shows the one the frame allows, and reports. */
  check(): void {
    const viewport = innerHeight;
    if (viewport !== this.lastViewport) {
      this.lastViewport = viewport;
      if (this.asked.some((h) => Math.abs(h - viewport) <= 1)) this.resizerSeen = true;
    }
    this.measured = { full: measure('full', this.sections), fit: measure('fit', this.sections) };
    // A whole chapter outgrowing a frame that a host has resized before: give the host a moment to grow it again.
    const outgrown = this.layout === 'full' && this.resizerSeen && this.measured.full > viewport + FIT_TOLERANCE;
    if (!outgrown) {
      this.waitingSince = undefined;
      clearTimeout(this.graceTimer);
    } else if (this.waitingSince === undefined) {
      this.waitingSince = performance.now();
      this.graceTimer = window.setTimeout(() => this.check(), HOST_GRACE_MS);
    }
    const waiting = this.waitingSince !== undefined && performance.now() - this.waitingSince < HOST_GRACE_MS;
    const next = chooseLayout(this.choice, viewport, this.measured.full, this.layout, waiting);
    if (next !== this.layout) {
      this.layout = next;
      root().dataset['layout'] = next;
      dispatchEvent(new Event(LAYOUT_EVENT));
    }
    this.showStep();
    this.onCheck(this.measured, this.layout);
  }

  /**
   * Makes sure the fitted layout shows a graphic (the boot script or a move chose it; else the first), and lets the
   * keyboard reach the step's text region when its text is longer than the region (a scrolling region must be
   * focusable, WCAG 2.1.1).
   */
  private showStep(): void {
    if (!this.sections.some((s) => s.classList.contains('is-current'))) this.sections[0]?.classList.add('is-current');
    for (const s of this.controller.steps) {
      const scrolls = this.layout === 'fit' && s.el.classList.contains('is-active') && s.el.scrollHeight > s.el.clientHeight + 1;
      if (scrolls) s.el.setAttribute('tabindex', '0');
      else s.el.removeAttribute('tabindex');
    }
  }
}

/**
 * The one step controller: it alone decides which step each scrolly shows and where the reader is, whatever asked
 * (scrolling, buttons, shortcuts, the contents, the stepper mode, an embed's host, the address).
 */
import { activeStepIndex } from './active-step';
import { readingPosition, stepNeighbours, type Position } from './reading-position';
import { watchCrossings } from './scroll-sensor';
import type { Mode } from '../settings/settings';

/** One step on the page, in document order. */
export interface StepRef {
  el: HTMLElement;
  /** Where focus goes when the reader moves to the step. */
  text: HTMLElement;
  /** Index of its scrolly, and of its chapter, on the page. */
  scrolly: number;
  chapter: number;
  /** The chart state it shows. */
  state: string;
}

/** How a move is made. */
export interface MoveOptions {
  /** Put focus on the step's text (button and keyboard moves do; the host's scroll and the address do not). */
  focus?: boolean;
  /** Smooth scroll when motion is allowed; false jumps. */
  smooth?: boolean;
  /** The address: replaced (moving step by step), a new history entry (a jump from the contents), or left alone. */
  history?: 'replace' | 'push' | 'none';
}

export interface ControllerOptions {
  /** The reading mode at start. */
  mode: Mode;
  /** Smooth scrolling is allowed (the reader's motion setting, else the system's). */
  motionAllowed: () => boolean;
  /** Pages scroll to the step a move goes to; an embed's stepper never scrolls. */
  scrollToSteps: boolean;
  /** Pages keep the address on the reader's step; embeds leave it alone. */
  ownsAddress: boolean;
}

/** Fired on window whenever the step on show in any scrolly, the reader's step, or the mode changes. */
export const STEPS_CHANGE = 'steps:change';

/** Keys that scroll the page when no control has focus. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** Elements whose own keys and taps are not the reader scrolling (a finger's jitter on "next" is a touch move too). */
const CONTROLS = 'button, a[href], input, select, textarea, summary, label, [contenteditable], [popover]';
/** Panels that scroll by themselves: the wheel inside one does not move the page. Over a button, the wheel does. */
const OWN_SCROLL = '[popover]';
/** Frames without movement after which a move's scroll is over, should `scrollend` never come. */
const STILL_FRAMES = 30;

/** Where `scrollIntoView({ block: 'start' })` will take the window: the element's top less its scroll margin, within the page. */
function scrollDestination(el: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
  const max = document.documentElement.scrollHeight - innerHeight;
  return Math.max(0, Math.min(max, Math.round(scrollY + el.getBoundingClientRect().top - margin)));
}

export class StepController {
  readonly steps: StepRef[];
  readonly scrollies: HTMLElement[];
  readonly chapters: HTMLElement[];
  private readonly options: ControllerOptions;
  private currentMode: Mode;
  /** Where the reader is, from positions, as last measured (a line was crossed, a move ended, the window changed). */
  private position: Position = { chapter: 0, inside: false, step: -1, passed: -1 };
  /** Each scrolly's step on show, as last published. */
  private shown: number[] = [];
  /** The step a move is heading for while its scroll runs: presses count from here, never from mid-scroll positions. */
  private target: number | null = null;
  /** The step a move arrived at; it stays the reader's step until the reader scrolls by themselves. */
  private pinned: number | null = null;
  /** Stepper mode: the step on show in each scrolly (page-wide index). */
  private readonly chosen: number[];
  private published = '';
  private frame = 0;
  private settleFrame = 0;
  /** A scroll event has come since the last move began. */
  private scrolledSinceMove = false;
  /** The address is left alone until the browser has made its own scroll to a fragment or a restored position. */
  private ready: boolean;
  private sensor: ReturnType<typeof watchCrossings> | undefined;
  /** Each scrolly's trigger line as a fraction of the window height (from CSS; read again on resize and mode change). */
  private triggerFractions: number[] = [];
  private cleanups: (() => void)[] = [];
  /** Adds or removes the listeners for the reader taking over (set by `start`). */
  private listenForTakeOver: (on: boolean) => void = () => undefined;

  constructor(root: ParentNode, options: ControllerOptions) {
    this.options = options;
    this.currentMode = options.mode;
    this.chapters = [...root.querySelectorAll<HTMLElement>('article.chapter')];
    this.scrollies = [...root.querySelectorAll<HTMLElement>('.scrolly')];
    this.steps = this.scrollies.flatMap((scrolly, s) =>
      [...scrolly.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')].map((el) => ({
        el,
        text: el.querySelector<HTMLElement>('.step-text') ?? el,
        scrolly: s,
        chapter: this.chapters.indexOf(el.closest<HTMLElement>('article.chapter')!),
        state: el.dataset['state'] ?? '',
      })),
    );
    this.chosen = this.scrollies.map((_, s) => this.firstOf(s));
    const addressed = this.indexOfHash(location.hash);
    if (addressed >= 0) {
      this.chosen[this.steps[addressed]!.scrolly] = addressed;
      this.pinned = addressed;
    }
    this.ready = document.readyState === 'complete';
  }

  get mode(): Mode {
    return this.currentMode;
  }

  /** Starts listening (line crossings, the window, the reader's own scrolling, the address) and publishes at the next frame. */
  start(): this {
    const measure = () => this.schedule();
    const resized = () => {
      this.readTriggers();
      this.schedule();
    };
    this.readTriggers();
    this.sensor = watchCrossings(this.scrollies, this.chapters, (s) => this.triggerOf(s), measure);
    const tookOver = (e: Event) => {
      const target = e.target instanceof Element ? e.target : null;
      if (e instanceof KeyboardEvent && !SCROLL_KEYS.has(e.key)) return;
      if (target?.closest(e instanceof WheelEvent ? OWN_SCROLL : CONTROLS)) return;
      this.readerTookOver();
    };
    const onScroll = () => {
      // While a move runs, its scroll is ours; after it arrived, a scroll is the reader's own: positions decide again.
      if (this.target !== null) this.scrolledSinceMove = true;
      else if (this.pinned !== null) this.readerTookOver();
    };
    const onScrollEnd = () => {
      if (this.target === null || !this.scrolledSinceMove) return;
      // An interrupted smooth scroll may end before the move's own scroll does: arrive only at the destination.
      if (Math.abs(scrollDestination(this.steps[this.target]!.el) - scrollY) > 1) return;
      cancelAnimationFrame(this.settleFrame);
      this.settleFrame = 0;
      this.arrive();
      this.update();
    };
    const onAddress = () => this.followAddress();
    const onLoad = () => {
      this.ready = true;
      this.schedule();
    };
    // The reader's own scrolling matters only while a move runs or after it arrived (both end when the reader takes
    // over): only then is it listened for. With no wheel or touch listener the browser scrolls off the main thread,
    // without dispatching each wheel event there (a hit test and a task per notch, in the frame it lands in).
    const takeOver: [string, EventListener, AddEventListenerOptions?][] = [
      ['wheel', tookOver, { passive: true }],
      ['touchmove', tookOver, { passive: true }],
      ['keydown', tookOver],
      ['scroll', onScroll, { passive: true }],
    ];
    let listening = false;
    this.listenForTakeOver = (on) => {
      if (on === listening) return;
      listening = on;
      for (const [type, f, o] of takeOver) (on ? addEventListener : removeEventListener)(type, f, o);
    };
    this.listenForTakeOver(this.target !== null || this.pinned !== null);
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ['scrollend', onScrollEnd],
      ['resize', resized],
      ['pageshow', measure],
      ['hashchange', onAddress],
      ['popstate', onAddress],
      ['load', onLoad],
    ];
    for (const [type, f, o] of listeners) addEventListener(type, f, o);
    this.cleanups.push(() => {
      this.sensor?.stop();
      this.listenForTakeOver(false);
      for (const [type, f] of listeners) removeEventListener(type, f);
    });
    // The first measurement waits for the first frame: a task of its own, after the page's first layout.
    this.schedule();
    return this;
  }

  stop(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.settleFrame);
  }

  /** The page-wide index of the step the reader is at or going to, or -1 (before the first step, in a chapter's opening, past its end). */
  get at(): number {
    return this.target ?? this.pinned ?? this.position.step;
  }

  /** Where the reader is: the measured position, or the step a move is heading for or arrived at. */
  get where(): Position {
    const at = this.at;
    if (at < 0 || at === this.position.step) return this.position;
    return { chapter: this.steps[at]!.chapter, inside: true, step: at, passed: at };
  }

  /** The step on show in scrolly `s` (page-wide index), as last published. */
  shownIn(s: number): number {
    return this.shown[s] ?? this.firstOf(s);
  }

  /** The steps "previous" and "next" lead to from where the reader is going (-1: none). */
  neighbours(): { prev: number; next: number } {
    const at = this.at;
    if (at >= 0) return { prev: at - 1, next: at + 1 < this.steps.length ? at + 1 : -1 };
    return stepNeighbours(this.position, this.steps.length);
  }

  /** One step forward (1) or back (-1) from where the reader is going, or from step `from` (its own controls). */
  go(direction: 1 | -1, from?: number): void {
    const i = from !== undefined ? from + direction : direction > 0 ? this.neighbours().next : this.neighbours().prev;
    this.goTo(i, { focus: true });
  }

  /** Brings the reader to step `i`: on show at once (the figure moves now), scrolled to, focused, addressed. */
  goTo(i: number, { focus = false, smooth = true, history = 'replace' }: MoveOptions = {}): void {
    const step = this.steps[i];
    if (!step) return;
    this.chosen[step.scrolly] = i;
    this.setMove(i, null);
    if (this.options.ownsAddress && history !== 'none') this.address(step.el.id, history);
    // Publish first: in stepper mode the step must be on show before it takes focus (a hidden element cannot) and
    // before the page scrolls to it.
    this.update();
    if (focus) step.text.focus({ preventScroll: true });
    if (this.options.scrollToSteps) {
      const scrolls = Math.abs(scrollDestination(step.el) - scrollY) >= 1;
      step.el.scrollIntoView({ block: 'start', behavior: smooth && this.options.motionAllowed() ? 'smooth' : 'instant' });
      if (scrolls) this.awaitArrival();
      else this.arrive();
    } else {
      this.arrive();
    }
    this.update();
  }

  /** The reading mode changed: the lines move, and the reader stays at the same step. */
  setMode(mode: Mode): void {
    const at = this.at;
    this.currentMode = mode;
    this.readTriggers();
    this.sensor?.reset();
    if (at >= 0) this.goTo(at, { smooth: false, history: 'none' });
    else this.update();
  }

  /** The step that holds `el`, or -1. */
  stepOf(el: Element): number {
    return this.steps.findIndex((s) => s.el.contains(el));
  }

  /** The step a fragment names ("#the-climb-jan28"), or -1. */
  indexOfHash(hash: string): number {
    return hash.length > 1 ? this.steps.findIndex((s) => `#${s.el.id}` === hash) : -1;
  }

  /** Runs `listener` after every change; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    addEventListener(STEPS_CHANGE, listener);
    return () => removeEventListener(STEPS_CHANGE, listener);
  }

  private firstOf(s: number): number {
    return this.steps.findIndex((st) => st.scrolly === s);
  }

  private triggerOf(scrolly: HTMLElement): number {
    return parseFloat(getComputedStyle(scrolly).getPropertyValue('--scrolly-trigger')) || 0.5;
  }

  private readTriggers(): void {
    this.triggerFractions = this.scrollies.map((s) => this.triggerOf(s));
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  }

  /**
   * Marks the move as arrived when its scroll ends (`scrollend`). A pause inside a smooth scroll on a busy machine
   * is not an end: only a long stillness counts, as a fallback for a browser without `scrollend`.
   */
  private awaitArrival(): void {
    cancelAnimationFrame(this.settleFrame);
    this.scrolledSinceMove = false;
    let last = scrollY;
    let still = 0;
    const tick = () => {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      if (still < STILL_FRAMES) {
        this.settleFrame = requestAnimationFrame(tick);
        return;
      }
      this.settleFrame = 0;
      this.arrive();
      this.update();
    };
    this.settleFrame = requestAnimationFrame(tick);
  }

  /** Where a move is heading, and the step one arrived at; the reader's own scrolling is listened for while either is set. */
  private setMove(target: number | null, pinned: number | null): void {
    this.target = target;
    this.pinned = pinned;
    this.listenForTakeOver(target !== null || pinned !== null);
  }

  private arrive(): void {
    if (this.target === null) return;
    this.setMove(null, this.target);
  }

  /** The reader scrolled by themselves (wheel, touch, keys, or after a move ended): positions decide again. */
  private readerTookOver(): void {
    if (this.target === null && this.pinned === null) return;
    cancelAnimationFrame(this.settleFrame);
    this.settleFrame = 0;
    this.setMove(null, null);
    this.schedule();
  }

  /** Back, forward or a new fragment: the addressed step is the reader's, where it is (the browser restores the scroll). */
  private followAddress(): void {
    const i = this.indexOfHash(location.hash);
    if (i < 0) return this.schedule();
    const step = this.steps[i]!;
    cancelAnimationFrame(this.settleFrame);
    this.settleFrame = 0;
    this.chosen[step.scrolly] = i;
    this.setMove(null, i);
    this.update();
    if (this.options.scrollToSteps) {
      const top = step.el.getBoundingClientRect().top;
      if (top < 0 || top > innerHeight) {
        step.el.scrollIntoView({ block: 'start', behavior: 'instant' });
        this.setMove(i, null);
        this.awaitArrival();
      }
    }
  }

  /** Replaces the fragment (no new history entry) or pushes a new entry; an empty id removes the fragment. */
  private address(id: string, how: 'replace' | 'push' = 'replace'): void {
    if (`#${id}` === (location.hash || '#')) return;
    const url = id ? `#${id}` : location.pathname + location.search;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Measures once, then publishes: each scrolly's step on show, the reader's step, the address. */
  private update(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const tops = this.steps.map((s) => s.el.getBoundingClientRect().top);
    const triggers = this.triggerFractions.map((f) => f * innerHeight);
    const stepper = this.currentMode === 'stepper';
    this.position = readingPosition(
      this.chapters.map((c) => c.getBoundingClientRect()),
      innerHeight / 2,
      // In stepper mode only the step on show in each scrolly is on screen.
      this.steps.map((s, i) => ({ chapter: s.chapter, top: stepper && this.chosen[s.scrolly] !== i ? null : tops[i]!, trigger: triggers[s.scrolly]! })),
    );
    const at = this.at;
    this.shown = this.scrollies.map((_, s) => {
      if (stepper) return this.chosen[s]!;
      if (at >= 0 && this.steps[at]!.scrolly === s) return at;
      const first = this.firstOf(s);
      const own = this.steps.flatMap((st, i) => (st.scrolly === s ? [tops[i]!] : []));
      return first + activeStepIndex(own, triggers[s]!);
    });
    this.steps.forEach((st, i) => {
      const on = this.shown[st.scrolly] === i;
      st.el.classList.toggle('is-active', on);
      st.el.classList.toggle('is-shown', stepper && on);
    });
    this.scrollies.forEach((s, i) => {
      const id = this.steps[this.shown[i]!]?.el.id ?? '';
      // Written only when it changes: a write restyles the scrolly even when the value is the same.
      if (s.dataset['activeStep'] !== id) s.dataset['activeStep'] = id;
    });
    if (this.options.ownsAddress && this.ready && this.target === null) this.addressPosition();
    const key = `${this.currentMode}|${at}|${this.where.chapter}|${this.shown.join(',')}`;
    if (key !== this.published) {
      this.published = key;
      dispatchEvent(new Event(STEPS_CHANGE));
    }
  }

  /**
   * At a step: its id. In a chapter's opening: the chapter's id where the page holds several. Before the first
   * chapter: no fragment. Past a chapter's end (notes, footer): the address stays as it is.
   */
  private addressPosition(): void {
    const where = this.where;
    const step = this.steps[where.step];
    const chapter = this.chapters[where.chapter];
    if (step) this.address(step.el.id);
    else if (where.inside) this.address(this.chapters.length > 1 && chapter ? chapter.id : '');
    else if (where.passed < 0) this.address('');
  }
}

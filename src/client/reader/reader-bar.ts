/** Reading controls: the position bar and contents, previous/next step, single-key shortcuts, settings, and the address. */
import { readingPosition, stepNeighbours, type Position } from '../steps/reading-position';
import { mode, motionAllowed, setSetting, systemMotion, type Setting } from './settings';
import { onShow, showStep } from '../steps/stepper';

interface StepEntry {
  el: HTMLElement;
  /** Where focus goes when the reader moves to the step. */
  text: HTMLElement;
  scrolly: HTMLElement;
  chapter: number;
}

const $$ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] => [...root.querySelectorAll<T>(selector)];
const chapters = $$('article.chapter');
const steps: StepEntry[] = $$('.scrolly .step').map((el) => ({
  el,
  text: el.querySelector<HTMLElement>('.step-text') ?? el,
  scrolly: el.closest<HTMLElement>('.scrolly')!,
  chapter: chapters.indexOf(el.closest<HTMLElement>('article.chapter')!),
}));
const bar = document.querySelector<HTMLElement>('.reader-bar');
let frame = 0;
/** The step a move is heading for while its smooth scroll runs, so a quick second press goes on from there. */
let heading = -1;
let headingTimer = 0;
/** The address is left alone until the browser has made its own scroll to a fragment or restored position. */
let ready = document.readyState === 'complete';

function measure(): Position {
  const triggers = new Map<HTMLElement, number>();
  const trigger = (scrolly: HTMLElement): number => {
    let y = triggers.get(scrolly);
    if (y === undefined) triggers.set(scrolly, (y = (parseFloat(getComputedStyle(scrolly).getPropertyValue('--scrolly-trigger')) || 0.5) * innerHeight));
    return y;
  };
  const placed = steps.map((s) => ({
    chapter: s.chapter,
    top: onShow(s.el) ? s.el.getBoundingClientRect().top : null,
    trigger: trigger(s.scrolly),
  }));
  return readingPosition(chapters.map((c) => c.getBoundingClientRect()), innerHeight / 2, placed);
}

/** Replaces the address's fragment (no new history entry); '' removes it. */
function address(id: string): void {
  if (`#${id}` !== (location.hash || '#')) history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search);
}

/** Brings the reader to step `i`: on show (stepper), scrolled to, its text focused, its address in the bar. */
function goTo(i: number, focus = true, smooth = true): void {
  const step = steps[i];
  if (!step) return;
  if (mode() === 'stepper') showStep(step.el);
  step.el.scrollIntoView({ block: 'start', behavior: smooth && motionAllowed() ? 'smooth' : 'instant' });
  if (focus) step.text.focus({ preventScroll: true });
  address(step.el.id);
  heading = i;
  clearTimeout(headingTimer);
  headingTimer = window.setTimeout(() => (heading = -1), 1000);
  schedule();
}

/** One step forward (1) or back (-1) from `from` (a step's index), or from the reading position. */
function go(direction: 1 | -1, from = heading >= 0 ? heading : undefined): void {
  if (from !== undefined) return goTo(from + direction);
  const { prev, next } = stepNeighbours(measure(), steps.length);
  goTo(direction > 0 ? next : prev);
}

function refresh(): void {
  frame = 0;
  const pos = measure();
  const chapter = chapters[pos.chapter];
  const step = steps[pos.step];
  if (bar && chapter) {
    const { prev, next } = stepNeighbours(pos, steps.length);
    for (const b of $$<HTMLButtonElement>('button[data-go]', bar)) b.disabled = (b.dataset['go'] === 'next' ? next : prev) < 0;
    const inChapter = steps.filter((s) => s.chapter === pos.chapter);
    bar.querySelector('.reader-where-chapter')!.textContent = `Chapter ${chapter.dataset['order']} of ${bar.dataset['chapters']}`;
    bar.querySelector('.reader-where-step')!.textContent = step
      ? `Step ${inChapter.indexOf(step) + 1} of ${inChapter.length}`
      : (chapter.querySelector('.chapter-title')?.textContent ?? '');
    const here = step?.el.id ?? chapter.id;
    for (const a of $$('a[data-target]', bar)) {
      if (a.dataset['target'] === here) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  }
  if (!ready) return;
  // At a step: its id. In a chapter's opening: the chapter's id where the page holds several. Before the first
  // chapter: no fragment. Past a chapter's end (notes, footer): the address stays as it is.
  if (step) address(step.el.id);
  else if (pos.inside) address(chapters.length > 1 && chapter ? chapter.id : '');
  else if (pos.passed < 0) address('');
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(refresh);
}

/** After back/forward or a new fragment: in stepper mode, put the addressed step on show. */
function restore(): void {
  const step = steps.find((s) => `#${s.el.id}` === location.hash);
  if (step && mode() === 'stepper' && !step.el.classList.contains('is-shown')) {
    showStep(step.el);
    const top = step.el.getBoundingClientRect().top;
    if (top < 0 || top > innerHeight) step.el.scrollIntoView({ block: 'start', behavior: 'instant' });
  }
  schedule();
}

// Step controls in the bar (from the reading position) and under each step (from that step).
steps.forEach((s, i) => {
  for (const b of $$<HTMLButtonElement>('button[data-go]', s.el)) {
    b.disabled = !steps[b.dataset['go'] === 'next' ? i + 1 : i - 1];
  }
});
document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  const button = target?.closest<HTMLButtonElement>('button[data-go]');
  if (button) {
    const own = steps.findIndex((s) => s.el.contains(button));
    return go(button.dataset['go'] === 'next' ? 1 : -1, own >= 0 ? own : undefined);
  }
  const link = target?.closest<HTMLAnchorElement>('a[href^="#"]');
  if (!link) return;
  link.closest<HTMLElement>('[popover]')?.hidePopover();
  // A jump to a step is a new history entry (back returns here); moving step by step only replaces the address.
  const i = steps.findIndex((s) => `#${s.el.id}` === link.hash);
  if (i < 0) return;
  e.preventDefault();
  if (link.hash !== location.hash) history.pushState(null, '', link.hash);
  goTo(i);
});

// A panel closes when focus leaves it, so it never covers what the keyboard reaches next.
for (const panel of $$('[popover]', bar ?? document)) {
  panel.addEventListener('focusout', (e) => {
    if (e.relatedTarget instanceof Node && !panel.contains(e.relatedTarget) && panel.matches(':popover-open')) panel.hidePopover();
  });
}

// Single-key shortcuts (listed in the settings panel): never while typing, never with a modifier, and can be turned off.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.isComposing) return;
  if (document.documentElement.dataset['keys'] === 'off') return;
  if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, textarea, select'))) return;
  const direction = ({ j: 1, n: 1, k: -1, p: -1 } as const)[e.key.toLowerCase() as 'j'];
  if (!direction) return;
  e.preventDefault();
  go(direction);
});

// Settings: the form shows the current choices; a change applies at once, keeping the reader at the same step.
const form = document.querySelector<HTMLFormElement>('form.reader-settings');
if (form) {
  const field = (name: string) => form.elements.namedItem(name) as (HTMLInputElement & RadioNodeList) | null;
  const sync = () => {
    const m = field('mode');
    if (m) m.value = mode();
    const motion = field('motion');
    if (motion) motion.checked = motionAllowed();
    const keys = field('keys');
    if (keys) keys.checked = document.documentElement.dataset['keys'] !== 'off';
  };
  sync();
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    const at = measure().step;
    const value: Record<Setting, string | undefined> = {
      mode: input.value,
      motion: input.checked === systemMotion() ? undefined : input.checked ? 'on' : 'off',
      keys: input.checked ? undefined : 'off',
    };
    setSetting(input.name as Setting, value[input.name as Setting]);
    if (input.name === 'mode' && at >= 0) goTo(at, false, false);
    sync();
  });
}

addEventListener('scroll', schedule, { passive: true });
for (const type of ['resize', 'reader:change', 'pageshow']) addEventListener(type, schedule);
addEventListener('scrollend', () => (heading = -1));
addEventListener('hashchange', restore);
addEventListener('popstate', restore);
addEventListener('load', () => {
  ready = true;
  schedule();
});
schedule();

/**
 * <step-controls>: an embed's previous/next buttons and "Step n of N". In the full layout they move their own
 * scrolly (also moved by the host page's scroll); in the fitted layout, which shows one graphic at a time, they walk
 * the whole chapter, from one graphic's last step to the next graphic's first.
 */
import { HOST_POSITION_EVENT, type HostPosition } from './frame-messages';
import { hostScrollStep } from './host-scroll';
import { currentLayout, LAYOUT_EVENT, showGraphicOf } from './embed-layout';
import { pageSteps } from '../steps/page-steps';
import type { StepController } from '../steps/step-controller';

type Role = 'prev' | 'next';

class StepControls extends HTMLElement {
  private controller!: StepController;
  private root!: HTMLElement;
  private scrolly = -1;
  /** Page-wide indices of this scrolly's steps. */
  private own: number[] = [];
  /** The step the host's scroll last chose: only a new one moves the figure, so buttons and scroll both work. */
  private fromHost: number | undefined;
  private cleanups: (() => void)[] = [];

  connectedCallback(): void {
    const root = this.closest<HTMLElement>('.scrolly');
    if (!root) return;
    this.root = root;
    this.controller = pageSteps();
    this.scrolly = this.controller.scrollies.indexOf(root);
    this.own = this.controller.steps.flatMap((st, i) => (st.scrolly === this.scrolly ? [i] : []));
    for (const role of ['prev', 'next'] as const) this.button(role)?.addEventListener('click', () => this.move(role));
    const onHost = (event: Event) => this.follow((event as CustomEvent<HostPosition>).detail);
    const render = () => this.render();
    addEventListener(HOST_POSITION_EVENT, onHost);
    addEventListener(LAYOUT_EVENT, render);
    this.cleanups.push(() => removeEventListener(HOST_POSITION_EVENT, onHost), () => removeEventListener(LAYOUT_EVENT, render), this.controller.onChange(render));
    this.render();
  }

  disconnectedCallback(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
  }

  private button(role: Role): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-role="${role}"]`);
  }

  /** The steps these controls walk, and where among them the one on show is. */
  private walk(): { steps: number[]; at: number } {
    const shown = this.controller.shownIn(this.scrolly);
    const steps = currentLayout() === 'fit' ? this.controller.steps.map((_, i) => i) : this.own;
    return { steps, at: steps.indexOf(shown) };
  }

  private move(role: Role): void {
    const { steps, at } = this.walk();
    const to = steps[at + (role === 'next' ? 1 : -1)];
    if (to === undefined) return;
    const hadFocus = this.contains(document.activeElement);
    showGraphicOf(this.controller.steps[to]!.el);
    this.controller.goTo(to, { history: 'none' });
    // Into another graphic (fitted layout): these controls are hidden now, so focus follows to the same button there.
    const there = this.controller.steps[to]!.scrolly;
    if (hadFocus && there !== this.scrolly) this.controller.scrollies[there]?.querySelector<HTMLElement>(`step-controls [data-role="${role}"]`)?.focus();
  }

  private follow(position: HostPosition): void {
    const box = this.root.getBoundingClientRect();
    const top = box.top + scrollY;
    const k = hostScrollStep(position, top, top + box.height, this.own.length);
    if (k === this.fromHost) return;
    this.fromHost = k;
    this.controller.goTo(this.own[k]!, { history: 'none' });
  }

  private render(): void {
    const { steps, at } = this.walk();
    this.button('prev')?.setAttribute('aria-disabled', String(at <= 0));
    this.button('next')?.setAttribute('aria-disabled', String(at < 0 || at >= steps.length - 1));
    const position = this.querySelector('[data-role="position"]');
    if (position) position.textContent = `${at + 1} of ${steps.length}`;
  }
}

if (!customElements.get('step-controls')) customElements.define('step-controls', StepControls);

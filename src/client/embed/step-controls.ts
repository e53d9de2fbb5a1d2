/** <step-controls>: an embed's previous/next buttons and "Step n of N" for its scrolly, also moved by the host page's scroll. */
import { HOST_POSITION_EVENT, type HostPosition } from './frame-messages';
import { hostScrollStep } from './host-scroll';
import { pageSteps } from '../steps/page-steps';
import type { StepController } from '../steps/step-controller';

class StepControls extends HTMLElement {
  private controller!: StepController;
  private root!: HTMLElement;
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
    const s = this.controller.scrollies.indexOf(root);
    this.own = this.controller.steps.flatMap((st, i) => (st.scrolly === s ? [i] : []));
    const move = (by: number) => () => {
      const k = this.own.indexOf(this.controller.shownIn(s)) + by;
      if (this.own[k] !== undefined) this.controller.goTo(this.own[k]!, { history: 'none' });
    };
    this.querySelector('[data-role="prev"]')?.addEventListener('click', move(-1));
    this.querySelector('[data-role="next"]')?.addEventListener('click', move(1));
    const onHost = (event: Event) => this.follow((event as CustomEvent<HostPosition>).detail);
    addEventListener(HOST_POSITION_EVENT, onHost);
    this.cleanups.push(() => removeEventListener(HOST_POSITION_EVENT, onHost), this.controller.onChange(() => this.render(s)));
    this.render(s);
  }

  disconnectedCallback(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
  }

  private follow(position: HostPosition): void {
    const box = this.root.getBoundingClientRect();
    const top = box.top + scrollY;
    const k = hostScrollStep(position, top, top + box.height, this.own.length);
    if (k === this.fromHost) return;
    this.fromHost = k;
    this.controller.goTo(this.own[k]!, { history: 'none' });
  }

  private render(s: number): void {
    const k = this.own.indexOf(this.controller.shownIn(s));
    this.querySelector('[data-role="prev"]')?.setAttribute('aria-disabled', String(k <= 0));
    this.querySelector('[data-role="next"]')?.setAttribute('aria-disabled', String(k >= this.own.length - 1));
    const position = this.querySelector('[data-role="position"]');
    if (position) position.textContent = `${k + 1} of ${this.own.length}`;
  }
}

if (!customElements.get('step-controls')) customElements.define('step-controls', StepControls);

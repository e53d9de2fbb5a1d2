/** <step-controls>: previous/next buttons that move a scrolly's figure from step to step (embeds), also driven by the host's scroll. */
import { HOST_POSITION_EVENT, type HostPosition } from './frame-messages';
import { hostScrollStep } from './host-scroll';

interface SteppableFigure extends HTMLElement {
  showStep(index: number): void;
}

class StepControls extends HTMLElement {
  private index = 0;
  private steps: HTMLElement[] = [];
  private figure: SteppableFigure | undefined;
  private root!: HTMLElement;
  /** The last step the host's scroll chose: a new one moves the figure, so buttons and scroll both work. */
  private fromHost: number | undefined;
  private onHost = (event: Event) => this.follow((event as CustomEvent<HostPosition>).detail);

  connectedCallback(): void {
    const root = this.closest<HTMLElement>('.scrolly');
    if (!root) return;
    this.root = root;
    this.steps = [...root.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')];
    this.querySelector('[data-role="prev"]')?.addEventListener('click', () => this.show(this.index - 1));
    this.querySelector('[data-role="next"]')?.addEventListener('click', () => this.show(this.index + 1));
    window.addEventListener(HOST_POSITION_EVENT, this.onHost);
    void customElements.whenDefined('scrolly-figure').then(() => {
      this.figure = root.querySelector<SteppableFigure>('scrolly-figure') ?? undefined;
      // A link to a step (#<chapter>-<step>) opens on it.
      const hashed = this.steps.findIndex((s) => `#${s.id}` === window.location.hash);
      this.show(Math.max(0, hashed));
    });
  }

  disconnectedCallback(): void {
    window.removeEventListener(HOST_POSITION_EVENT, this.onHost);
  }

  private follow(position: HostPosition): void {
    const box = this.root.getBoundingClientRect();
    const top = box.top + window.scrollY;
    const step = hostScrollStep(position, top, top + box.height, this.steps.length);
    if (step === this.fromHost) return;
    this.fromHost = step;
    this.show(step);
  }

  private show(index: number): void {
    const last = this.steps.length - 1;
    this.index = Math.max(0, Math.min(last, index));
    this.figure?.showStep(this.index);
    this.querySelector('[data-role="prev"]')?.setAttribute('aria-disabled', String(this.index === 0));
    this.querySelector('[data-role="next"]')?.setAttribute('aria-disabled', String(this.index === last));
    const position = this.querySelector('[data-role="position"]');
    if (position) position.textContent = `${this.index + 1} of ${this.steps.length}`;
  }
}

if (!customElements.get('step-controls')) customElements.define('step-controls', StepControls);

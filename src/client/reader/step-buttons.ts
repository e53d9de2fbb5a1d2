/** Previous/next buttons: in the reading bar they move from where the reader is going; under a step, from that step. */
import type { StepController } from '../steps/step-controller';

/** Wires every `button[data-go="prev|next"]` under `root` to the controller; disables those that lead nowhere. */
export function setupStepButtons(root: HTMLElement, controller: StepController): () => void {
  // Each button with the step it sits in (-1: the reading bar's) and its direction.
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-go]')].map((el) => ({ el, own: controller.stepOf(el), forward: el.dataset['go'] === 'next' }));
  const refresh = () => {
    const { prev, next } = controller.neighbours();
    for (const b of buttons) {
      const to = b.own >= 0 ? b.own + (b.forward ? 1 : -1) : b.forward ? next : prev;
      const off = !controller.steps[to];
      // Written only when it changes: a write restyles the button even when the value is the same.
      if (b.el.disabled !== off) b.el.disabled = off;
    }
  };
  const onClick = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-go]') : null;
    if (!button || !root.contains(button)) return;
    const own = controller.stepOf(button);
    controller.go(button.dataset['go'] === 'next' ? 1 : -1, own >= 0 ? own : undefined);
  };
  root.addEventListener('click', onClick);
  const stop = controller.onChange(refresh);
  refresh();
  return () => {
    root.removeEventListener('click', onClick);
    stop();
  };
}

/** Single-key shortcuts J/N (next step) and K/P (previous): never while typing, never with a modifier, and can be turned off. */
import type { StepController } from '../steps/step-controller';

const KEYS: Record<string, 1 | -1> = { j: 1, n: 1, k: -1, p: -1 };

/** Listens on `doc` for the shortcuts (off when `<html data-keys="off">`, the reader's choice: WCAG 2.1.4). */
export function setupShortcuts(doc: Document, controller: StepController): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.isComposing) return;
    if (doc.documentElement.dataset['keys'] === 'off') return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, textarea, select'))) return;
    const direction = KEYS[e.key.toLowerCase()];
    if (!direction) return;
    e.preventDefault();
    controller.go(direction);
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}

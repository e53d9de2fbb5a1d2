/** The settings form: shows the reader's choices; a change applies at once (the step controller keeps the reader's step). */
import { mode, motionAllowed, setSetting, systemMotion, type Setting } from '../settings/settings';

export function setupSettingsPanel(form: HTMLFormElement): void {
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
    const value: Record<Setting, string | undefined> = {
      mode: input.value,
      motion: input.checked === systemMotion() ? undefined : input.checked ? 'on' : 'off',
      keys: input.checked ? undefined : 'off',
    };
    setSetting(input.name as Setting, value[input.name as Setting]);
    sync();
  });
}

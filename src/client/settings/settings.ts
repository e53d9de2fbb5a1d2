/** The reader's choices (reading mode, motion, single-key shortcuts): data attributes on <html>, remembered in localStorage. */

/** localStorage key holding the choices as JSON, e.g. {"mode":"stepper"}. */
export const STORAGE_KEY = 'seven-thousand:reader';

/** Each setting's values other than its default; a setting at its default has no attribute and is not stored. */
export const CHOICES = {
  /** Reading mode; the default is "scroll". */
  mode: ['stepper', 'article'],
  /** Chart animation; the default follows the system's reduced-motion setting. */
  motion: ['on', 'off'],
  /** Single-key shortcuts; on by default. */
  keys: ['off'],
} as const;

export type Setting = keyof typeof CHOICES;

/** Fired on window when a setting changes. */
export const SETTINGS_CHANGE = 'settings:change';
export type Mode = 'scroll' | (typeof CHOICES.mode)[number];

const root = (): HTMLElement => document.documentElement;

export const mode = (): Mode => (root().dataset['mode'] as Mode | undefined) ?? 'scroll';

/** True when the system allows motion (no reduced-motion preference). */
export const systemMotion = (): boolean => matchMedia('(prefers-reduced-motion: no-preference)').matches;

/** Motion is allowed: the reader's choice on the page, or else their system's setting. */
export function motionAllowed(): boolean {
  const choice = root().dataset['motion'];
  return choice ? choice === 'on' : systemMotion();
}

/** Applies a setting (undefined: back to its default), remembers it, and tells the page with a `settings:change` event. */
export function setSetting(name: Setting, value: string | undefined): void {
  const d = root().dataset;
  if (value === undefined || !(CHOICES[name] as readonly string[]).includes(value)) delete d[name];
  else d[name] = value;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ mode: d['mode'], motion: d['motion'], keys: d['keys'] }));
  } catch {
    // Storage unavailable (blocked, or full): the choice lasts until the page is left.
  }
  dispatchEvent(new Event(SETTINGS_CHANGE));
}

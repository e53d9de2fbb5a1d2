/** The inline script that applies the reader's saved choices before the first paint, and its hash for the page's CSP. */
import { createHash } from 'node:crypto';
import { CHOICES, STORAGE_KEY } from './settings';

/**
 * Runs in <head> before the body is parsed, so the chosen reading mode is in place at the first paint
 * (the layouts are chosen in CSS from data-mode). Unknown or malformed stored values are ignored.
 */
export const BOOT_SCRIPT =
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}"),c=${JSON.stringify(CHOICES)},k;` +
  `for(k in c)if(s&&c[k].indexOf(s[k])>=0)document.documentElement.dataset[k]=s[k]}catch(e){}`;

/** CSP source for the script: the page's policy allows it by this hash (added with Astro.csp). */
export const BOOT_SCRIPT_HASH = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}` as const;

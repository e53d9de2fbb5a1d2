/** The inline script that applies the reader's saved choices before the first paint (ReaderBoot.astro inlines it). */
import { CHOICES, STORAGE_KEY } from './settings';

/**
 * Runs in <head> before the body is parsed, so the chosen reading mode is in place at the first paint
 * (the layouts are chosen in CSS from data-mode). Unknown or malformed stored values are ignored.
 */
export const BOOT_SCRIPT =
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}"),c=${JSON.stringify(CHOICES)},k;` +
  `for(k in c)if(s&&c[k].indexOf(s[k])>=0)document.documentElement.dataset[k]=s[k]}catch(e){}`;

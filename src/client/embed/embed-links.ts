/**
 * Links out of an embed. Where WordPress framed it, through wp-embed's `link` message (its sandbox lets the frame
 * open nothing, and WordPress then navigates its own page); elsewhere a new tab, as the links say. In a sandbox
 * (an opaque origin) that blocks new tabs too, the reader gets the address to copy, and downloads, which a sandbox
 * blocks, lead to the data section of the chapter's own page instead. The embed never navigates the host's window.
 */
import { wpLinkMessage } from './frame-messages';

/** True when the frame's document has an opaque origin: a sandbox without `allow-same-origin`. */
export const sandboxed = (): boolean => self.origin === 'null';

/** Points each download at the chapter page's copy of its chart's data section (where the CSV can be downloaded). */
function downloadsToChapterPage(story: HTMLAnchorElement): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[download]')) {
    const section = a.closest<HTMLElement>('.chart-notes[id]');
    a.removeAttribute('download');
    a.href = new URL(section ? `#${section.id}` : '', story.href).href;
    const note = document.createElement('span');
    note.textContent = ', on the chapter’s page';
    a.append(note);
  }
}

/** Shows the address a blocked link leads to, for the reader to copy, under the embed's footer link. */
function showAddress(href: string): void {
  const footer = document.querySelector('.embed-footer');
  if (!footer) return;
  let note = footer.querySelector<HTMLElement>('.embed-address');
  if (!note) {
    note = document.createElement('p');
    note.className = 'embed-address';
    note.setAttribute('role', 'status');
    footer.append(note);
  }
  note.textContent = `This frame cannot open links. The address is ${href}`;
}

/** Sets the links up; `secret` gives WordPress's secret as the embed knows it (it may arrive after load). */
export function setupLinks(secret: () => string | undefined): void {
  const story = document.querySelector<HTMLAnchorElement>('.embed-footer a[href]');
  const boxed = sandboxed();
  if (boxed && story) downloadsToChapterPage(story);
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!a || a.hasAttribute('download')) return;
    const target = new URL(a.href);
    if (target.origin === location.origin && target.pathname === location.pathname && target.search === location.search) return;
    const wp = secret();
    if (wp) {
      event.preventDefault();
      window.parent.postMessage(wpLinkMessage(a.href, wp), '*');
    } else if (boxed) {
      event.preventDefault();
      const opened = window.open(a.href, '_blank');
      if (opened) opened.opener = null;
      else showAddress(a.href);
    }
  });
}

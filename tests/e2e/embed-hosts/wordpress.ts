/**
 * A WordPress-style host, written from WordPress's documented behaviour for oEmbed providers it does not trust
 * (wp-includes/embed.php, wp_filter_oembed_result; wp-includes/js/wp-embed.js): the server keeps only the
 * <iframe> and a few of its attributes, adds a secret to its address and a sandbox; the page's script tells each
 * frame it is ready, sets a frame's height on its `height` message (never below 200 or above 1,000 px) and follows
 * its `link` message to another page of the frame's own host, only while the frame has focus.
 */

/** The attributes WordPress keeps on an untrusted provider's iframe. */
const KEPT = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];

/** A secret as WordPress makes one: ten letters and digits. */
export const wpSecret = (n: number): string => `s${String(n).padStart(3, '0')}${'abcdef'.repeat(2)}`.slice(0, 10);

/**
 * oEmbed `html` as a WordPress post shows it: the first iframe only, its kept attributes, `#?secret=` on its address,
 * `data-secret`, the `wp-embedded-content` class, `sandbox="allow-scripts"`, and the `loading="lazy"` WordPress gives
 * iframes with a width and a height. Anything else (style, loading, other elements) is dropped.
 */
export function sanitiseLikeWordPress(html: string, secret: string): string {
  const tag = /<iframe\b([^>]*)>\s*<\/iframe>/i.exec(html);
  if (!tag) throw new Error(`no iframe in the oEmbed html: ${html}`);
  const attrs = new Map([...tag[1]!.matchAll(/([a-z-]+)="([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const kept = KEPT.filter((k) => attrs.has(k)).map((k) => (k === 'src' ? `src="${attrs.get(k)}#?secret=${secret}" data-secret="${secret}"` : `${k}="${attrs.get(k)}"`));
  const lazy = attrs.has('width') && attrs.has('height') ? ' loading="lazy"' : '';
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${kept.join(' ')}${lazy}></iframe>`;
}

/** The host page's script: WordPress's side of the wp-embed messages, for every `iframe.wp-embedded-content` on the page. */
export const WP_HOST_SCRIPT = `(() => {
  const MIN = 200, MAX = 1000;
  function onMessage(event) {
    const data = event.data;
    if (!data || !(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
      if (event.source !== frame.contentWindow) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        const asked = parseInt(data.value, 10);
        frame.height = asked > MAX ? MAX : ~~asked < MIN ? MIN : asked;
      } else if (data.message === 'link') {
        const from = new URL(frame.getAttribute('src'));
        const to = new URL(data.value);
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === frame) window.top.location.href = data.value;
      }
    }
  }
  function sayReady() {
    for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
      let secret = frame.getAttribute('data-secret');
      if (!secret) {
        secret = Math.random().toString(36).slice(2, 12);
        frame.src += '#?secret=' + secret;
        frame.setAttribute('data-secret', secret);
      }
      frame.contentWindow.postMessage({ message: 'ready', secret }, '*');
    }
  }
  addEventListener('message', onMessage);
  document.addEventListener('DOMContentLoaded', sayReady);
})();`;

/** Inside an embed: reports the document's height to the host on every change, and passes on the host's well-formed messages. */
import { embedSizeMessage, HOST_POSITION_EVENT, parseHostMessage, pymHeightMessage, validPymId, type HostPosition } from './frame-messages';

const framed = window.parent !== window;
const childId = new URLSearchParams(window.location.search).get('childId');
const pymId = validPymId(childId) ? childId : undefined;
let sent = -1;

/** The content's own height: the root element's box, not scrollHeight (which never shrinks below the frame). */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** Sends the height as the AMP embed-size message and, when pym's parent set us up, as pym's height message. */
function sendHeight(force = false): void {
  const height = contentHeight();
  if (!framed || (height === sent && !force)) return;
  sent = height;
  window.parent.postMessage(embedSizeMessage(height), '*');
  if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), '*');
}

if (framed) {
  document.documentElement.classList.add('is-framed');
  new ResizeObserver(() => sendHeight()).observe(document.documentElement);
  window.addEventListener('load', () => sendHeight(true), { once: true });
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data, pymId);
    if (!message) return;
    if (message.kind === 'position') {
      window.dispatchEvent(new CustomEvent<HostPosition>(HOST_POSITION_EVENT, { detail: message.position }));
    } else {
      // frames-init (a Framer started watching) and pym's width both ask for the current height.
      sendHeight(true);
    }
  });
  sendHeight(true);
}

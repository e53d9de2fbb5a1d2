/**
 * Inside an embed, the one script that speaks every host's language: it asks for the height its layout needs as
 * AMP `embed-size` (@newswire/frames, amp-iframe), as pym.js's `height` (when pym set it up) and as WordPress's
 * wp-embed `height` (when WordPress gave it a secret); it answers `frames-init`, pym's `width` and wp-embed's
 * `ready`, passes pym's scroll positions to the steps, and checks every message first (frame-messages.ts).
 */
import { askedHeight, askedWpHeight } from './fit-layout';
import { embedParams } from './embed-params';
import { FrameFit, type Heights } from './embed-layout';
import { setupLinks } from './embed-links';
import { embedSizeMessage, HOST_POSITION_EVENT, parseHostMessage, pymHeightMessage, wpHeightMessage, type HostPosition } from './frame-messages';
import { pageSteps } from '../steps/page-steps';

const params = embedParams(location.search, location.hash);
const framed = window.parent !== window;
let sent = { size: -1, wp: -1 };

/** Asks the host for the height the layout needs, in each language the host may speak; `force` repeats an unchanged request. */
function ask(heights: Heights, force = false): void {
  if (!framed) return;
  const size = askedHeight(params.layout, heights.full, heights.fit);
  const asked: number[] = [size];
  if (force || size !== sent.size) {
    window.parent.postMessage(embedSizeMessage(size), '*');
    if (params.pymId) window.parent.postMessage(pymHeightMessage(params.pymId, size), '*');
  }
  if (params.secret) {
    const wp = wpHeightMessage(askedWpHeight(params.layout, heights.full, heights.fit), params.secret);
    asked.push(wp.value as number);
    if (force || wp.value !== sent.wp) window.parent.postMessage(wp, '*');
    sent = { size, wp: wp.value as number };
  } else {
    sent = { size, wp: -1 };
  }
  fit.hostAsked(asked);
}

const fit = new FrameFit(params.layout, pageSteps(), (heights) => ask(heights));
fit.start();
setupLinks(() => params.secret);

if (framed) {
  // WordPress asks once (`ready`), often before the frame has loaded: so the height goes on load and on every resize too.
  addEventListener('load', () => ask(fit.heights, true), { once: true });
  addEventListener('resize', () => ask(fit.heights, true));
  // WordPress's page script gives a frame that came without a secret one of its own, in the fragment, after load.
  addEventListener('hashchange', () => {
    const secret = embedParams(location.search, location.hash).secret;
    if (!secret || secret === params.secret) return;
    params.secret = secret;
    ask(fit.heights, true);
  });
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data, params, event.origin);
    if (!message) return;
    if (message.kind === 'position') {
      // A fitted frame does not follow the host's scroll: its reader steps with its own controls.
      if (fit.current === 'full') dispatchEvent(new CustomEvent<HostPosition>(HOST_POSITION_EVENT, { detail: message.position }));
    } else {
      // frames-init (a Framer started watching), pym's width and wp-embed's ready all ask for the current height.
      ask(fit.heights, true);
    }
  });
}

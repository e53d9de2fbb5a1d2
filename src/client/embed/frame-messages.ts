/** The messages an embed exchanges with its host page: AMP embed-size, pym.js and WordPress's wp-embed, built and checked here (no DOM). */

/** pym.js joins message parts with this (pym.v1.js, MESSAGE_DELIMITER). */
const PYM = 'xPYMx';

/** Fired on window with the host's viewport and the frame's position, when the host sends them (pym.js with trackscroll). */
export const HOST_POSITION_EVENT = 'embed:host-position';

/** The AMP resize request, understood by @newswire/frames, amp-iframe and Flourish-style hosts. */
export interface EmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export const embedSizeMessage = (height: number): EmbedSizeMessage => ({ sentinel: 'amp', type: 'embed-size', height });

/** A pym child id as pym's parent passes it (`?childId=` is the host container's element id). */
export function validPymId(id: string | null): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= 200 && !id.includes(PYM) && !/\s/.test(id);
}

/** pym's height message: `pymxPYMx<id>xPYMxheightxPYMx<height>`. */
export const pymHeightMessage = (id: string, height: number): string => ['pym', id, 'height', String(height)].join(PYM);

/**
 * WordPress (wp-includes/js/wp-embed.js) sets a frame's height only between these, whatever the frame asks:
 * no embed in WordPress is ever taller than 1,000 px.
 */
export const WP_MIN_HEIGHT = 200;
export const WP_MAX_HEIGHT = 1000;

/** A wp-embed message to the host: `height` (clamped as WordPress will) or `link` (the one way out of its sandbox). */
export interface WpMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

export const wpHeightMessage = (height: number, secret: string): WpMessage => ({
  message: 'height',
  value: Math.min(WP_MAX_HEIGHT, Math.max(WP_MIN_HEIGHT, Math.ceil(height))),
  secret,
});

/** WordPress navigates its own window to `href` only if it is http(s) on the frame's host and the frame has focus. */
export const wpLinkMessage = (href: string, secret: string): WpMessage => ({ message: 'link', value: href, secret });

/** What the host may tell the embed; anything else is ignored. */
export type HostMessage =
  | { kind: 'frames-init' }
  | { kind: 'wp-ready' }
  | { kind: 'width'; width: number }
  | { kind: 'position'; position: HostPosition };

/** The host's viewport size and the frame's box in it, in host CSS pixels (pym's `viewport-iframe-position`). */
export interface HostPosition {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What the embed knows about its host, from its own address (see embed-params.ts). */
export interface HostContext {
  /** pym.js's child id: pym messages must name it. */
  pymId?: string | undefined;
  /** The host page's origin as pym.js declared it: pym messages from another origin are ignored. */
  pymOrigin?: string | undefined;
  /** WordPress's secret: its messages must carry it. */
  secret?: string | undefined;
}

const LIMIT = 1e7;
const finite = (s: string): number | undefined => {
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) < LIMIT ? n : undefined;
};

/**
 * Checks a message from the host window (the caller checks that it came from the parent) and returns what it means,
 * or undefined when it is not well-formed: the AMP `frames-init` object; WordPress's `ready` with our secret; a pym
 * string addressed to our child id, from the origin pym declared, of type `width` or `viewport-iframe-position`
 * with numbers that make sense.
 */
export function parseHostMessage(data: unknown, host: HostContext, origin: string): HostMessage | undefined {
  if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    if (d['sentinel'] === 'amp' && d['type'] === 'frames-init') return { kind: 'frames-init' };
    if (host.secret && d['message'] === 'ready' && d['secret'] === host.secret) return { kind: 'wp-ready' };
    return undefined;
  }
  if (typeof data !== 'string' || !host.pymId || data.length > 500) return undefined;
  if (host.pymOrigin && origin !== host.pymOrigin) return undefined;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== host.pymId) return undefined;
  const [, , type, body] = parts as [string, string, string, string];
  if (type === 'width') {
    const width = finite(body);
    return width !== undefined && width >= 0 ? { kind: 'width', width } : undefined;
  }
  if (type === 'viewport-iframe-position') {
    const nums = body.split(' ').map(finite);
    if (nums.length !== 6 || nums.some((n) => n === undefined)) return undefined;
    const [viewportWidth, viewportHeight, top, left, bottom, right] = nums as number[];
    if (viewportWidth! <= 0 || viewportHeight! <= 0 || bottom! < top! || right! < left!) return undefined;
    return { kind: 'position', position: { viewportWidth: viewportWidth!, viewportHeight: viewportHeight!, top: top!, left: left!, bottom: bottom!, right: right! } };
  }
  return undefined;
}

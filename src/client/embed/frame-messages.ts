/** The messages an embed exchanges with its host page: AMP embed-size and pym.js, built and checked here (no DOM). */

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

/** What the host may tell the embed; anything else is ignored. */
export type HostMessage =
  | { kind: 'frames-init' }
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

const LIMIT = 1e7;
const finite = (s: string): number | undefined => {
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) < LIMIT ? n : undefined;
};

/**
 * Checks a message from the host and returns what it means, or undefined when it is not well-formed:
 * the AMP `frames-init` object, or a pym string addressed to `pymId` of type `width` or
 * `viewport-iframe-position` with numbers that make sense.
 */
export function parseHostMessage(data: unknown, pymId: string | undefined): HostMessage | undefined {
  if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    return d['sentinel'] === 'amp' && d['type'] === 'frames-init' ? { kind: 'frames-init' } : undefined;
  }
  if (typeof data !== 'string' || !pymId || data.length > 500) return undefined;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== pymId) return undefined;
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

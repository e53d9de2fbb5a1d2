/** What the page framing an embed asked for in the embed's URL: theme, opening step and layout, WordPress's secret, pym's id and page (no DOM). */
import { validPymId } from './frame-messages';

/** `theme=`: the colours; auto follows the reader's system (the host page's `prefers-color-scheme`). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** `layout=`: auto chooses by the frame's height; full always shows the whole chapter, fit always the fitted stepper. */
export const LAYOUT_CHOICES = ['auto', 'full', 'fit'] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];

export interface EmbedParams {
  theme: Theme;
  layout: LayoutChoice;
  /** `step=<id>`: the step to open on, as written in the chapter (`milestones`) or as its element id (`the-climb-milestones`). */
  step: string | undefined;
  /** WordPress's secret, from the `#?secret=` it adds to the frame's address (wp-embed). */
  secret: string | undefined;
  /** pym.js's child id (`?childId=`, the host container's element id). */
  pymId: string | undefined;
  /** The origin of the host page, where pym.js declares it (`?parentUrl=`): pym messages from any other origin are ignored. */
  pymOrigin: string | undefined;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => ((values as readonly string[]).includes(value ?? '') ? (value as T) : fallback);

/** WordPress makes its secrets of letters and digits (10 of them); anything else is not a secret it sent. */
const SECRET = /(?:^#|[?&])secret=([A-Za-z0-9]{1,32})(?:&|$)/;
const STEP = /^[a-z0-9][a-z0-9-]{0,79}$/i;

/** The host's choices from the embed's `location.search` and `location.hash`; anything malformed is ignored. */
export function embedParams(search: string, hash: string): EmbedParams {
  const q = new URLSearchParams(search);
  const step = q.get('step');
  const childId = q.get('childId');
  return {
    theme: oneOf(THEMES, q.get('theme'), 'auto'),
    layout: oneOf(LAYOUT_CHOICES, q.get('layout'), 'auto'),
    step: step !== null && STEP.test(step) ? step : undefined,
    secret: SECRET.exec(hash)?.[1],
    pymId: validPymId(childId) ? childId : undefined,
    pymOrigin: httpOrigin(q.get('parentUrl')),
  };
}

/** The origin of an http(s) address, or undefined. */
function httpOrigin(address: string | null): string | undefined {
  if (!address) return undefined;
  try {
    const u = new URL(address);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The element ids `step=` may name in chapter `slug`, in order: the step's id in the chapter joined to the chapter's, or the element id itself. */
export const stepElementIds = (slug: string, step: string): string[] => (step.startsWith(`${slug}-`) ? [`${slug}-${step}`, step] : [`${slug}-${step}`]);

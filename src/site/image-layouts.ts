/**
 * The sizes each chart state's picture is drawn at (no script, plain mode, print, the placeholder before a chart draws),
 * each drawn at the narrowest text column it is shown in, so a browser only ever scales a picture up and its text
 * never renders below the 11 px it was drawn at.
 */
import { WIDE_FROM } from '../charts/scene/size-classes';

/** The page's padding on each side of the text column (1rem of 18 px): a window this much wider than the column. */
export const COLUMN_PADDING = 18;

/** The narrowest window a picture is drawn for: its column is 244 px. */
export const NARROWEST_WINDOW = 280;

export interface ImageLayout {
  /** In the file name: "climb-jan28-small-<hash>.svg". */
  name: 'small' | 'compact' | 'narrow' | 'medium' | 'wide';
  width: number;
  height: number;
  /** The window width from which the picture shows this file: where the column is as wide as the drawing. */
  fromWindow: number;
}

const windowFor = (column: number) => column + 2 * COLUMN_PADDING;

/**
 * Narrowest first; every window from NARROWEST_WINDOW shows the last layout whose fromWindow it reaches. Close steps
 * below 400 px keep the common phones near their drawn size (a 390 px window shows the 324 px drawing at 354 px).
 */
export const imageLayouts: readonly ImageLayout[] = [
  // Taller than the others for its width: in less height the gold records chart has to leave labels out.
  { name: 'small', width: NARROWEST_WINDOW - 2 * COLUMN_PADDING, height: 380, fromWindow: 0 },
  { name: 'compact', width: 324, height: 400, fromWindow: windowFor(324) },
  { name: 'narrow', width: 360, height: 440, fromWindow: windowFor(360) },
  { name: 'medium', width: WIDE_FROM, height: 420, fromWindow: windowFor(WIDE_FROM) },
  { name: 'wide', width: 720, height: 480, fromWindow: windowFor(720) },
];

export type ImageLayoutName = ImageLayout['name'];

export function imageLayout(name: ImageLayoutName): ImageLayout {
  const layout = imageLayouts.find((l) => l.name === name);
  if (!layout) throw new Error(`imageLayout: no layout "${name}" (expected one of ${imageLayouts.map((l) => l.name).join(', ')})`);
  return layout;
}

/** The two layouts a chart is computed for: narrow (phones) and wide; the browser picks by measured width. */
import type { ChartSize } from './scene';

export const sizeClasses = {
  narrow: { width: 360, height: 440 },
  wide: { width: 720, height: 480 },
} as const satisfies Record<string, ChartSize>;

export type SizeClass = keyof typeof sizeClasses;

/** Containers at least this wide use the wide layout. */
export const WIDE_FROM = 560;

export const sizeClassFor = (width: number): SizeClass => (width >= WIDE_FROM ? 'wide' : 'narrow');

/** True for a layout narrower than WIDE_FROM: phone typography and margins. */
export const isNarrow = (size: ChartSize): boolean => size.width < WIDE_FROM;


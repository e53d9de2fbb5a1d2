/**
 * The build's chart images: each chart state a `<picture class="chart-image" data-state>` of two pre-drawn SVG files, a
 * `<source media="(min-width: 596px)">` for the wide layout and an `<img>` (lazy) for the narrow one.
 */
import type { Frame, Page } from '@playwright/test';

/** The window width from which a picture shows its wide file (the page's text column is then 560 px wide). */
export const WIDE_WINDOW_FROM = 596;

export interface StepImage {
  /** The step's id and state. */
  id: string;
  state: string;
  /** The data-state of the picture in the step's own figure ('' if it has none). */
  pictureState: string;
  /** Which file the browser shows: 'wide', 'narrow', '' before it has chosen one (a lazy image not yet near). */
  shows: string;
  /** Which file it should show at this window width. */
  want: 'wide' | 'narrow';
  /** The image has loaded (complete, with a natural size). */
  loaded: boolean;
  /** The <img>'s box in viewport pixels. */
  width: number;
  height: number;
  top: number;
  bottom: number;
  /** CSS renders it: it and its ancestors are displayed and it is not visibility: hidden. */
  rendered: boolean;
}

/** In the page: the chart image of every step's own figure (`.step .step-figure picture.chart-image`), in order. */
export async function stepImages(page: Page | Frame): Promise<StepImage[]> {
  return page.evaluate((wideFrom) => {
    const abs = (url: string | null | undefined) => (url ? new URL(url, document.baseURI).href : '');
    return [...document.querySelectorAll<HTMLElement>('.scrolly .step')].map((step) => {
      const picture = step.querySelector<HTMLElement>('.step-figure picture.chart-image');
      const img = picture?.querySelector('img');
      const wide = abs(picture?.querySelector('source')?.getAttribute('srcset'));
      const narrow = abs(img?.getAttribute('src'));
      const src = img?.currentSrc ?? '';
      const r = img?.getBoundingClientRect();
      return {
        id: step.id,
        state: step.dataset['state'] ?? '',
        pictureState: picture?.dataset['state'] ?? '',
        shows: !src ? '' : src === wide ? 'wide' : src === narrow ? 'narrow' : src,
        want: (window.innerWidth >= wideFrom ? 'wide' : 'narrow') as 'wide' | 'narrow',
        loaded: !!img && img.complete && img.naturalWidth > 0,
        width: Math.round(r?.width ?? 0),
        height: Math.round(r?.height ?? 0),
        top: r?.top ?? 0,
        bottom: r?.bottom ?? 0,
        rendered: !!img && img.checkVisibility({ visibilityProperty: true }),
      };
    });
  }, WIDE_WINDOW_FROM);
}

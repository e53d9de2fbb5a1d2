/**
 * The build's chart images: each chart state a `<picture class="chart-image" data-state>` of pre-drawn SVG files, one
 * per image layout (src/site/image-layouts.ts): a `<source media="(min-width: …)">` for each but the smallest, which is
 * the `<img>` (lazy).
 */
import type { Frame, Page } from '@playwright/test';
import { imageLayouts, type ImageLayoutName } from '../../../src/site/image-layouts';

export interface StepImage {
  /** The step's id and state. */
  id: string;
  state: string;
  /** The data-state of the picture in the step's own figure ('' if it has none). */
  pictureState: string;
  /** Which layout's file the browser shows ('wide', 'small', …), '' before it has chosen one (a lazy image not yet near). */
  shows: string;
  /** Which layout's file it should show at this window width. */
  want: ImageLayoutName;
  /** The image has loaded (complete, with a natural size). */
  loaded: boolean;
  /** The width the file was drawn at (its natural width), 0 before it loads. */
  drawnWidth: number;
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
  return page.evaluate((layouts) => {
    const want = layouts.filter((l) => window.innerWidth >= l.fromWindow).at(-1)!.name;
    return [...document.querySelectorAll<HTMLElement>('.scrolly .step')].map((step) => {
      const picture = step.querySelector<HTMLElement>('.step-figure picture.chart-image');
      const img = picture?.querySelector('img');
      const src = img?.currentSrc ?? '';
      const r = img?.getBoundingClientRect();
      return {
        id: step.id,
        state: step.dataset['state'] ?? '',
        pictureState: picture?.dataset['state'] ?? '',
        shows: !src ? '' : (/-([a-z]+)-[0-9a-f]+\.svg$/.exec(src)?.[1] ?? src),
        want,
        loaded: !!img && img.complete && img.naturalWidth > 0,
        drawnWidth: img?.naturalWidth ?? 0,
        width: Math.round(r?.width ?? 0),
        height: Math.round(r?.height ?? 0),
        top: r?.top ?? 0,
        bottom: r?.bottom ?? 0,
        rendered: !!img && img.checkVisibility({ visibilityProperty: true }),
      };
    });
  }, imageLayouts.map(({ name, fromWindow }) => ({ name, fromWindow })));
}

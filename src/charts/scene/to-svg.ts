/** Renders a laid-out Scene to an SVG string at build time, with no DOM: a standalone image file, or an element of a share card. */
import { layoutScene } from './layout';
import type { ChartSize, Scene } from './scene';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SvgOptions {
  /** Extra class on the <svg>, e.g. the size class it is for. */
  className?: string;
  /** Hide from assistive technology (when the same alt text is given elsewhere, as an <img alt> does). */
  decorative?: boolean;
  /** A stylesheet to embed (a standalone image has no page styles). */
  style?: string;
}

export function sceneToSvg(scene: Scene, size: ChartSize, options: SvgOptions = {}): string {
  const a11y = options.decorative ? 'aria-hidden="true"' : `role="img" aria-label="${escape(scene.alt)}"`;
  const cls = ['chart', `chart-${scene.chart}`, options.className].filter(Boolean).join(' ');
  const body = layoutScene(scene, size)
    .map((m) => {
      const attrs = Object.entries(m.attrs)
        .map(([k, v]) => `${k}="${escape(String(v))}"`)
        .join(' ');
      const open = `<${m.tag} ${attrs}`;
      return m.text === undefined ? `${open}/>` : `${open}>${escape(m.text)}</${m.tag}>`;
    })
    .join('');
  const style = options.style ? `<style>${options.style.replace(/<\//g, '<\\/')}</style>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" data-state="${escape(scene.state)}" ${a11y}>${style}${body}</svg>`;
}

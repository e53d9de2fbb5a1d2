// Every state of every chart, from the scene files the built site sends the browser (dist/scenes/), laid out by the live
// chart's own code (layoutScene) at every width from 280 to 1440 px in 20 px steps, drawn in Chromium with the chart stylesheets: Chromium's own text boxes must not overlap, leave the SVG,
// or be smaller than 11 px. The build-time twin with the build's font metrics is tests/unit/charts/scene/width-sweep.test.ts.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { layoutScene, type DrawnMark } from '../../src/charts/scene/layout';
import type { SceneSet } from '../../src/charts/scene/scenes-for';
import { sizeClasses, sizeClassFor } from '../../src/charts/scene/size-classes';
import { MIN_TEXT_SIZE } from '../../src/charts/scene/text-metrics';
import { sitePalette, siteChartCss } from '../../src/site/chart-css';
import { SWEEP_WIDTHS, sweepHeights, textProblems, type TextBox, type TextProblem } from '../tools/text-problems';
import { ROOT } from './helpers/servers';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** One state drawn at a width, as the live chart draws it, with each text's key and role. */
function svgAt(chartId: string, marks: DrawnMark[], size: { width: number; height: number }): string {
  const body = marks
    .map((m) => {
      const attrs = Object.entries(m.attrs).map(([k, v]) => `${k}="${escape(String(v))}"`).join(' ');
      const data = `data-key="${escape(m.key)}"${m.role ? ` data-role="${m.role}"` : ''}`;
      return m.text === undefined ? `<${m.tag} ${data} ${attrs}/>` : `<${m.tag} ${data} ${attrs}>${escape(m.text)}</${m.tag}>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${chartId}" data-width="${size.width}" data-height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}">${body}</svg>`;
}

const css = siteChartCss(ROOT, { sans: sitePalette(ROOT).get('--chart-sans') ?? 'sans-serif' }, { plain: false });
/** Each chart's scene file in the build (`scenes/<chart>-<hash>.json`), every state of it. */
const cases = readdirSync(`${ROOT}/dist/scenes`)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const scenes = JSON.parse(readFileSync(`${ROOT}/dist/scenes/${file}`, 'utf8')) as SceneSet;
    return Object.keys(scenes.wide).map((state) => ({ scenes, id: file.replace(/-[0-9a-f]+\.json$/, ''), state }));
  });
let worst: { where: string; problem: TextProblem } | undefined;

for (const { scenes, id, state } of cases) {
  test(`${id} / ${state}: Chromium's text boxes clear of each other and inside the SVG at 280-1440 px wide`, async ({ page }) => {
    const svgs = SWEEP_WIDTHS.flatMap((width) =>
      sweepHeights(sizeClasses[sizeClassFor(width)].height).map((height) => svgAt(id, layoutScene(scenes[sizeClassFor(width)][state]!, { width, height }), { width, height })),
    );
    await page.setContent(`<!doctype html><html><head><style>${css} body{margin:0} svg{display:block}</style></head><body>${svgs.join('')}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg')].map((svg) => ({
        width: Number(svg.dataset['width']),
        height: Number(svg.dataset['height']),
        texts: [...svg.querySelectorAll<SVGTextElement>('text:not([data-role="symbol"])')].map((t) => {
          const b = t.getBBox();
          return { key: t.dataset['key'] ?? '', text: t.textContent ?? '', left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, size: parseFloat(getComputedStyle(t).fontSize) };
        }),
      })),
    );
    const found: string[] = [];
    for (const svg of drawn) {
      for (const t of svg.texts) if (t.size < MIN_TEXT_SIZE) found.push(`${svg.width}x${svg.height}: "${t.text}" is ${t.size} px`);
      for (const problem of textProblems(svg.texts satisfies TextBox[], svg)) {
        found.push(`${svg.width}x${svg.height}: ${problem.what}`);
        if (!worst || problem.amount > worst.problem.amount) worst = { where: `${id}/${state} at ${svg.width}x${svg.height}`, problem };
      }
    }
    expect(found).toEqual([]);
  });
}

test.afterAll(() => {
  console.log(`width sweep (Chromium): ${cases.length} states x ${SWEEP_WIDTHS.length} widths x 2 heights; worst case: ${worst ? `${worst.where}: ${worst.problem.what}` : 'none'}`);
});

/** A chapter's share card as SVG, 1200x630: kicker, headline, one state of its chart drawn by the chart's own scene, and the source line. */
import type { Chart } from '../../charts/define-chart';
import { sceneToSvg } from '../../charts/scene/to-svg';
import { sizeClasses } from '../../charts/scene/size-classes';
import type { ShareFonts } from './share-fonts';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * The chart is laid out exactly as the wide layout the site draws and each chart is made for (a flatter
 * box crowds charts that stack sections), then drawn as large as the room under the headline allows.
 */
const CHART_LAYOUT = sizeClasses.wide;
const CHART_SCALE = 1.4;
const PAD = 48;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits `text` into lines of at most `max` characters at spaces (a long word keeps its own line). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The headline's size and lines: the largest size at which it fits in two lines across the card. */
export function headline(title: string): { size: number; lines: string[] } {
  // A bold serif averages well under 0.56 em per character; the estimate errs on the wide side.
  for (const size of [52, 44, 38, 32]) {
    const lines = wrapText(title, Math.floor((CARD.width - 2 * PAD) / (size * 0.56)));
    if (lines.length <= 2) return { size, lines };
  }
  throw new Error(`Share card: the title "${title}" does not fit in two lines; shorten it`);
}

/** The chart's source line, whole: two lines at 15 px, else up to four at 13 px; longer fails the build. */
export function sourceLines(chart: Pick<Chart, 'id' | 'source'>): { size: number; lines: string[] } {
  for (const [size, max, most] of [[15, 140, 2], [13, 165, 4]] as const) {
    const lines = wrapText(chart.source, max);
    if (lines.length <= most) return { size, lines };
  }
  throw new Error(`Share card: the source line of chart "${chart.id}" is too long for the card (${chart.source.length} characters; at most about 660)`);
}

export interface ShareCardInput {
  /** Small capitals above the headline, e.g. "Seven Thousand · Chapter 1". */
  kicker: string;
  title: string;
  chart: Chart;
  state: string;
  /** The charts' mark styles, resolved (see chart-styles.ts). */
  css: string;
  fonts: ShareFonts;
  colours: { ink: string; muted: string; accent: string; paper: string };
}

export function shareCardSvg(input: ShareCardInput): string {
  const { size, lines } = headline(input.title);
  const scene = input.chart.scene(input.state, CHART_LAYOUT);
  const chart = sceneToSvg(scene, CHART_LAYOUT, { decorative: true });
  const titleTop = 112;
  const source = sourceLines(input.chart);
  const sourceTop = CARD.height - 22 - (source.lines.length - 1) * source.size * 1.3;
  // The chart fills the room between the headline and the source line, at most 1.4 times its layout size.
  const chartTop = titleTop + (lines.length - 1) * size * 1.1 + 24;
  const room = sourceTop - source.size - 16 - chartTop;
  const scale = Math.min(CHART_SCALE, room / CHART_LAYOUT.height);
  const chartLeft = (CARD.width - CHART_LAYOUT.width * scale) / 2;
  const { ink, muted, accent, paper } = input.colours;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<style>${input.css}</style>`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${paper}"/>`,
    `<rect width="${CARD.width}" height="10" fill="${accent}"/>`,
    `<text x="${PAD}" y="64" font-family="${input.fonts.sans}" font-size="22" font-weight="700" letter-spacing="1.5" fill="${accent}">${escape(input.kicker.toUpperCase())}</text>`,
    ...lines.map(
      (line, i) =>
        `<text x="${PAD}" y="${titleTop + i * size * 1.1}" font-family="${input.fonts.serif}" font-size="${size}" font-weight="700" fill="${ink}">${escape(line)}</text>`,
    ),
    `<g transform="translate(${chartLeft.toFixed(1)} ${chartTop.toFixed(1)}) scale(${scale.toFixed(4)})">${chart}</g>`,
    ...source.lines.map(
      (line, i) =>
        `<text x="${PAD}" y="${(sourceTop + i * source.size * 1.3).toFixed(1)}" font-family="${input.fonts.sans}" font-size="${source.size}" fill="${muted}">${escape(line)}</text>`,
    ),
    '</svg>',
  ].join('');
}

/** A chapter's share card as PNG: its lead chart (first Scrolly state) under its headline, drawn at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertState, getChart } from '../../charts/registry';
import { leadChart } from '../chapter-chart';
import { sizeClasses } from '../../charts/scene/size-classes';
import { customProperties, siteChartCss } from './chart-styles';
import { shareCardSvg } from './share-card';
import { findShareFonts, type ShareFonts } from './share-fonts';
import { svgToPng } from './render-png';

export interface CardChapter {
  order: number;
  title: string;
  /** The chapter's MDX source. */
  body: string;
  /** Its file, for error messages. */
  file: string;
}

let shared: { fonts: ShareFonts; css: string; colours: Record<'ink' | 'muted' | 'accent' | 'paper', string> } | undefined;

/** Fonts and styles, read once per build from the project at `root`. */
function setup(root: string) {
  if (shared) return shared;
  const fonts = findShareFonts();
  const vars = customProperties(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
  const colour = (name: string) => {
    const v = vars.get(name);
    if (!v) throw new Error(`src/styles/global.css: share cards need ${name} in :root`);
    return v;
  };
  shared = {
    fonts,
    css: siteChartCss(root, fonts),
    colours: { ink: colour('--ink'), muted: colour('--muted'), accent: colour('--level'), paper: colour('--paper') },
  };
  return shared;
}

export function chapterCardSvg(chapter: CardChapter, root = process.cwd()): string {
  const { fonts, css, colours } = setup(root);
  const lead = leadChart(chapter.body, chapter.file);
  const chart = getChart(lead.chart, `${chapter.file}: share card`);
  assertState(chart, lead.state, `${chapter.file}: share card`);
  return shareCardSvg({ kicker: `Seven Thousand · Chapter ${chapter.order}`, title: chapter.title, chart, state: lead.state, css, fonts, colours });
}

export function chapterCardPng(chapter: CardChapter, root = process.cwd()): Uint8Array<ArrayBuffer> {
  return svgToPng(chapterCardSvg(chapter, root), setup(root).fonts);
}

/** Text alternative of a chapter's card: its headline and what its chart state shows. */
export function chapterCardAlt(chapter: Pick<CardChapter, 'title' | 'body' | 'file'>): string {
  const lead = leadChart(chapter.body, chapter.file);
  return `${chapter.title}. ${getChart(lead.chart).scene(lead.state, sizeClasses.wide).alt}`;
}

/** A chapter's share card as PNG: its lead chart (first Scrolly state) under its headline, drawn at build time. */
import { getChart } from '../../charts/registry';
import type { ChapterManifest } from '../../mdx/chapter-manifest';
import { sizeClasses } from '../../charts/scene/size-classes';
import { siteChartCss, sitePalette } from '../chart-css';
import { shareCardSvg } from './share-card';
import { findShareFonts, type ShareFonts } from './share-fonts';
import { svgToPng } from './render-png';

export interface CardChapter {
  order: number;
  title: string;
  /** The chart state it leads with, from its manifest. */
  lead: ChapterManifest['lead'];
  /** Its file, for error messages. */
  file: string;
}

let shared: { fonts: ShareFonts; css: string; colours: Record<'ink' | 'muted' | 'accent' | 'paper', string> } | undefined;

/** Fonts and styles, read once per build from the project at `root`. */
function setup(root: string) {
  if (shared) return shared;
  const fonts = findShareFonts();
  const vars = sitePalette(root);
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

/** The chart state a card draws; a chapter with no chart fails with its file. */
function leadOf(chapter: Pick<CardChapter, 'lead' | 'file'>): NonNullable<CardChapter['lead']> {
  if (!chapter.lead) throw new Error(`${chapter.file}: no chart to draw the share card from; expected a <Scrolly chart="…"> with a <Step state="…">, or a <Figure chart="…" state="…">`);
  return chapter.lead;
}

export function chapterCardSvg(chapter: CardChapter, root = process.cwd()): string {
  const { fonts, css, colours } = setup(root);
  const lead = leadOf(chapter);
  const chart = getChart(lead.chart, `${chapter.file}: share card`);
  return shareCardSvg({ kicker: `Seven Thousand · Chapter ${chapter.order}`, title: chapter.title, chart, state: lead.state, css, fonts, colours });
}

export function chapterCardPng(chapter: CardChapter, root = process.cwd()): Uint8Array<ArrayBuffer> {
  return svgToPng(chapterCardSvg(chapter, root), setup(root).fonts);
}

/** Text alternative of a chapter's card: its headline and what its chart state shows. */
export function chapterCardAlt(chapter: Pick<CardChapter, 'title' | 'lead' | 'file'>): string {
  const lead = leadOf(chapter);
  return `${chapter.title}. ${getChart(lead.chart).scene(lead.state, sizeClasses.wide).alt}`;
}

/** Which charts and data files each chapter draws on, from its manifest: the per-chapter part of the notes. */
import { getChart } from '../../charts/registry';
import type { ChapterManifest } from '../../mdx/chapter-manifest';
import { getNumber } from '../../story/numbers/numbers';

export interface ChapterSources {
  /** Source lines of the charts the chapter shows. */
  chartSources: string[];
  /** Data files its charts and quoted figures come from (content/data/…). */
  files: string[];
}

/** The source lines of the charts a chapter shows and the data files of the numbers it quotes, from its manifest. */
export function chapterSources(manifest: Pick<ChapterManifest, 'charts' | 'numbers'>): ChapterSources {
  const files = new Set(manifest.numbers.map((id) => getNumber(id).source.file.replace(/^content\/data\//, '')));
  return {
    chartSources: [...new Set(manifest.charts.map((c) => getChart(c).source))],
    files: [...files].sort(),
  };
}

/** Which charts and data files each chapter draws on, read from its MDX: the per-chapter part of the notes. */
import { getChart } from '../../charts/registry';
import { getFigure } from '../../story/numbers/numbers';

export interface ChapterSources {
  /** Source lines of the charts the chapter shows. */
  chartSources: string[];
  /** Data files its charts and quoted figures come from (content/data/…). */
  files: string[];
}

/** Reads `chart="…"` and `<Num id="…">` uses from an MDX body. */
export function chapterSources(body: string): ChapterSources {
  const charts = [...new Set([...body.matchAll(/chart="([^"]+)"/g)].map((m) => m[1]!))];
  const figureIds = [...new Set([...body.matchAll(/<Num\s+id="([^"]+)"/g)].map((m) => m[1]!))];
  const files = new Set(figureIds.map((id) => getFigure(id).source.file.replace(/^content\/data\//, '')));
  return {
    chartSources: [...new Set(charts.map((c) => getChart(c).source))],
    files: [...files].sort(),
  };
}

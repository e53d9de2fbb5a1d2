/** A chapter as its structured data needs it: slug, order, title, summary and its charts with the states it shows. */
import type { Chapter } from '../chapters';
import type { ChapterFacts } from './news-article';

export function chapterFacts(chapter: Chapter): ChapterFacts {
  const states = new Map<string, string[]>();
  const add = (chart: string, state: string) => {
    const list = states.get(chart) ?? [];
    if (!list.includes(state)) list.push(state);
    states.set(chart, list);
  };
  chapter.manifest.scrollies.forEach((s) => s.steps.forEach((step) => add(s.chart, step.state)));
  chapter.manifest.figures.forEach((f) => add(f.chart, f.state));
  return {
    slug: chapter.slug,
    order: chapter.order,
    title: chapter.entry.data.title,
    summary: chapter.entry.data.summary,
    charts: chapter.manifest.charts.map((chart) => ({ chart, states: states.get(chart) ?? [] })),
  };
}

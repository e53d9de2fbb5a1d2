/** The steps of a chapter, in order, read from its MDX: id, chart and state of each <Step> (for the contents list). */

export interface ChapterStep {
  id: string;
  chart: string;
  state: string;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Reads `<Scrolly chart="…">` and `<Step id="…" state="…">` tags in document order (the build checks their use). */
export function chapterSteps(body: string): ChapterStep[] {
  const steps: ChapterStep[] = [];
  let chart = '';
  for (const [tag, name] of body.matchAll(/<(Scrolly|Step)\b[^>]*>/g)) {
    if (name === 'Scrolly') chart = attribute(tag, 'chart') ?? '';
    else steps.push({ id: attribute(tag, 'id') ?? '', chart, state: attribute(tag, 'state') ?? '' });
  }
  return steps;
}

/** The chart a chapter leads with: the first state of its first <Scrolly> (else its first <Figure>), read from the MDX source. */

export interface ChartState {
  chart: string;
  state: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Finds the chart and state for a chapter's share card; `where` names the file in the error when there is none. */
export function leadChart(body: string, where: string): ChartState {
  // Code blocks may show component syntax without using it.
  const text = body.replace(/^```[\s\S]*?^```/gm, '');
  const scrolly = /<Scrolly\b[^>]*>/.exec(text);
  if (scrolly) {
    const chart = attr(scrolly[0], 'chart');
    const step = /<Step\b[^>]*>/.exec(text.slice(scrolly.index));
    const state = step ? attr(step[0], 'state') : undefined;
    if (chart && state) return { chart, state };
  }
  const figure = /<Figure\b[^>]*>/.exec(text);
  const chart = figure ? attr(figure[0], 'chart') : undefined;
  const state = figure ? attr(figure[0], 'state') : undefined;
  if (chart && state) return { chart, state };
  throw new Error(`${where}: no chart to draw the share card from; expected a <Scrolly chart="…"> with a <Step state="…">, or a <Figure chart="…" state="…">`);
}

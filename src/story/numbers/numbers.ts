/** Every figure the prose may quote, by id; an unknown id fails the build with the ids that exist. */
import { climbFigures } from './the-climb';
import { orderBookFigures } from './the-order-book';
import { afterTheBellFigures } from './after-the-bell';
import { fedFigures } from './the-fed-holds';
import { scaleFigures } from './a-trillion-dollar-rumour';
import { twoMarketsFigures } from './two-markets';
import type { Figure } from './quoted-number';

/** Ids must be unique across chapters: a clash fails the build. */
function merge(...groups: Record<string, Figure>[]): Record<string, Figure> {
  const all: Record<string, Figure> = {};
  for (const group of groups) {
    for (const [id, figure] of Object.entries(group)) {
      if (all[id]) throw new Error(`figures: the id "${id}" is defined twice; give one a chapter prefix`);
      all[id] = figure;
    }
  }
  return all;
}

export const figures: Record<string, Figure> = merge(
  climbFigures(),
  orderBookFigures(),
  afterTheBellFigures(),
  fedFigures(),
  scaleFigures(),
  twoMarketsFigures(),
);

export function getFigure(id: string): Figure {
  const figure = figures[id];
  if (!figure) throw new Error(`<Num id="${id}">: no such figure; expected one of: ${Object.keys(figures).join(', ')}`);
  return figure;
}

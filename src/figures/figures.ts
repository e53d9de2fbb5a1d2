/** Every figure the prose may quote, by id; an unknown id fails the build with the ids that exist. */
import { climbFigures } from './climb-figures';
import { orderBookFigures } from './order-book-figures';
import { afterTheBellFigures } from './after-the-bell-figures';
import { fedFigures } from './fed-figures';
import { scaleFigures } from './scale-figures';
import { twoMarketsFigures } from './two-markets-figures';
import type { Figure } from './figure';

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

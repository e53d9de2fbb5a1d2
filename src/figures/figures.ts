/** Every figure the prose may quote, by id; an unknown id fails the build with the ids that exist. */
import { climbFigures } from './climb-figures';
import type { Figure } from './figure';

export const figures: Record<string, Figure> = { ...climbFigures() };

export function getFigure(id: string): Figure {
  const figure = figures[id];
  if (!figure) throw new Error(`<Num id="${id}">: no such figure; expected one of: ${Object.keys(figures).join(', ')}`);
  return figure;
}

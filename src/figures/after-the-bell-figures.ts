/** PLACEHOLDER: figures the chapter quotes, each drawn from its data set (see climb-figures.ts). */
import type { Figure } from './figure';

export function afterTheBellFigures(): Record<string, Figure> {
  return {};
}

/** Every number the prose may quote with <Num id>, by id, one module per chapter; an id defined twice fails the build. */
import { theClimbNumbers } from './the-climb';
import { theOrderBookNumbers } from './the-order-book';
import { afterTheBellNumbers } from './after-the-bell';
import { theFedHoldsNumbers } from './the-fed-holds';
import { aTrillionDollarRumourNumbers } from './a-trillion-dollar-rumour';
import { twoMarketsNumbers } from './two-markets';
import type { QuotedNumber } from './quoted-number';

/** Ids must be unique across chapters: a clash fails the build. */
function merge(...groups: Record<string, QuotedNumber>[]): Record<string, QuotedNumber> {
  const all: Record<string, QuotedNumber> = {};
  for (const group of groups) {
    for (const [id, n] of Object.entries(group)) {
      if (all[id]) throw new Error(`numbers: the id "${id}" is defined twice; give one a chapter prefix`);
      all[id] = n;
    }
  }
  return all;
}

export const numbers: Record<string, QuotedNumber> = merge(
  theClimbNumbers(),
  theOrderBookNumbers(),
  afterTheBellNumbers(),
  theFedHoldsNumbers(),
  aTrillionDollarRumourNumbers(),
  twoMarketsNumbers(),
);

export const hasNumber = (id: string): boolean => Object.hasOwn(numbers, id);

export const numberIds = (): string[] => Object.keys(numbers);

/** The number with this id; an unknown id throws naming the ids that exist. */
export function getNumber(id: string): QuotedNumber {
  if (!hasNumber(id)) throw new Error(`<Num id="${id}">: no such number; expected one of: ${numberIds().join(', ')}`);
  return numbers[id]!;
}

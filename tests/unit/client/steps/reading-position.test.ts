// Covers src/client/steps/reading-position.ts: the chapter and step being read, and where "previous" and "next" go, from element positions.
import { describe, expect, test } from 'vitest';
import { readingPosition, stepNeighbours, type ChapterBox, type PlacedStep } from '../../../../src/client/steps/reading-position';

// Two chapters on a page scrolled by `y`: chapter 0 from 100 to 2100 with steps at 600, 1200, 1800; chapter 1 from 2100
// to 4100 with steps at 2600 and 3400. Trigger lines at 400 px (chapters) and 500 px (steps).
const chapters = (y: number): ChapterBox[] => [
  { top: 100 - y, bottom: 2100 - y },
  { top: 2100 - y, bottom: 4100 - y },
];
const steps = (y: number, hidden: number[] = []): PlacedStep[] =>
  [600, 1200, 1800, 2600, 3400].map((top, i) => ({ chapter: i < 3 ? 0 : 1, top: hidden.includes(i) ? null : top - y, trigger: 500 }));
const at = (y: number, hidden: number[] = []) => readingPosition(chapters(y), 400, steps(y, hidden));

describe('readingPosition', () => {
  test('above the first chapter: chapter 0, not inside, no step', () => {
    expect(at(-400)).toEqual({ chapter: 0, inside: false, step: -1, passed: -1 });
  });

  test('in a chapter’s opening, before its first step reaches the line', () => {
    expect(at(0)).toEqual({ chapter: 0, inside: true, step: -1, passed: -1 });
  });

  test('at each step once its top reaches its trigger line, and not a pixel before', () => {
    expect(at(100)).toMatchObject({ chapter: 0, step: 0 });
    expect(at(699)).toMatchObject({ chapter: 0, step: 0 });
    expect(at(700)).toMatchObject({ chapter: 0, step: 1 });
    expect(at(1300)).toMatchObject({ chapter: 0, step: 2 });
  });

  test('into the next chapter: its opening has no step, then its own steps', () => {
    expect(at(1800)).toEqual({ chapter: 1, inside: true, step: -1, passed: 2 });
    expect(at(2100)).toEqual({ chapter: 1, inside: true, step: 3, passed: 3 });
    expect(at(3000)).toEqual({ chapter: 1, inside: true, step: 4, passed: 4 });
  });

  test('a step whose trigger line is lower than the chapter’s still puts the reader in its chapter', () => {
    // Chapter 1's top is at 450 px, below the chapters' line (400); its first step's top is at 950, above its own line (960).
    const y = 1650;
    const low = steps(y).map((s) => ({ ...s, trigger: 960 }));
    expect(readingPosition(chapters(y), 400, low)).toEqual({ chapter: 1, inside: true, step: 3, passed: 3 });
  });

  test('past the end of the last chapter (notes, footer): not inside, no step, the last step passed', () => {
    expect(at(3800)).toEqual({ chapter: 1, inside: false, step: -1, passed: 4 });
  });

  test('steps not displayed (stepper mode) are skipped', () => {
    expect(at(1300, [2])).toMatchObject({ chapter: 0, step: 1 });
    expect(at(1300, [0, 1, 2])).toEqual({ chapter: 0, inside: true, step: -1, passed: -1 });
  });

  test('a page with one chapter and no steps', () => {
    expect(readingPosition([{ top: 50, bottom: 900 }], 400, [])).toEqual({ chapter: 0, inside: true, step: -1, passed: -1 });
  });
});

describe('stepNeighbours', () => {
  test('at a step: the one before and the one after, across chapters', () => {
    expect(stepNeighbours(at(700), 5)).toEqual({ prev: 0, next: 2 });
    expect(stepNeighbours(at(1300), 5)).toEqual({ prev: 1, next: 3 });
    expect(stepNeighbours(at(2100), 5)).toEqual({ prev: 2, next: 4 });
  });

  test('at the ends: none', () => {
    expect(stepNeighbours(at(100), 5)).toEqual({ prev: -1, next: 1 });
    expect(stepNeighbours(at(3000), 5)).toEqual({ prev: 3, next: -1 });
  });

  test('before any step: next is the first, previous none', () => {
    expect(stepNeighbours(at(-400), 5)).toEqual({ prev: -1, next: 0 });
    expect(stepNeighbours(at(0), 5)).toEqual({ prev: -1, next: 0 });
  });

  test('between steps (a chapter’s opening, or past its end): previous is the last step passed, next the one after', () => {
    expect(stepNeighbours(at(1800), 5)).toEqual({ prev: 2, next: 3 });
    expect(stepNeighbours(at(3800), 5)).toEqual({ prev: 4, next: -1 });
  });

  test('stepper mode: next is the following step even when it is not displayed yet', () => {
    expect(stepNeighbours(at(100, [1, 2]), 5)).toEqual({ prev: -1, next: 1 });
  });
});

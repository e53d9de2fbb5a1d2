/** The reading position: which chapter and step the reader is at, a pure function of element positions. */
import { activeStepIndex } from './active-step';

/** A chapter's box, in viewport pixels. */
export interface ChapterBox {
  top: number;
  bottom: number;
}

/** A step on the page, in document order. */
export interface PlacedStep {
  /** Index of the chapter holding it. */
  chapter: number;
  /** Viewport y of its top, or null when it is not on show (the stepper shows one step per scrolly). */
  top: number | null;
  /** Its scrolly's trigger line, in viewport pixels. */
  trigger: number;
}

export interface Position {
  /** Index of the chapter being read (the first one until the reader reaches it). */
  chapter: number;
  /** The trigger line is inside that chapter (not above it, nor past its end). */
  inside: boolean;
  /** Page-wide index of the step being read, or -1 (in a chapter's opening, or past its end). */
  step: number;
  /** Page-wide index of the last step on show whose top has reached its trigger line, or -1. */
  passed: number;
}

/** Where the reader is: the last step that reached its trigger line, within the chapter that holds `trigger`. */
export function readingPosition(chapters: readonly ChapterBox[], trigger: number, steps: readonly PlacedStep[]): Position {
  let passed = -1;
  steps.forEach((s, i) => {
    if (s.top !== null && s.top <= s.trigger) passed = i;
  });
  const byTop = activeStepIndex(chapters.map((c) => c.top), trigger);
  // A step's trigger line can sit lower than the chapter's: a passed step also puts the reader in its chapter.
  const chapter = Math.max(byTop, passed >= 0 ? steps[passed]!.chapter : 0);
  const box = chapters[chapter];
  const started = !!box && (box.top <= trigger || (passed >= 0 && steps[passed]!.chapter === chapter));
  const inside = started && box!.bottom > trigger;
  const step = inside && passed >= 0 && steps[passed]!.chapter === chapter ? passed : -1;
  return { chapter, inside, step, passed };
}

/** The steps "previous" and "next" go to from a position (-1: none), out of `count` steps on the page. */
export function stepNeighbours(position: Position, count: number): { prev: number; next: number } {
  const prev = position.step >= 0 ? position.step - 1 : position.passed;
  const next = position.passed + 1;
  return { prev: prev >= 0 ? prev : -1, next: next < count ? next : -1 };
}

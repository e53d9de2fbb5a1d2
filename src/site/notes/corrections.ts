/** Corrections to the published story, newest first; each says what changed, where and when. */

export interface Correction {
  /** ISO date of the correction. */
  date: string;
  /** Chapter slug it applies to. */
  chapter: string;
  text: string;
}

export const corrections: Correction[] = [];

// Every chart state's title, subtitle and alt text is written to be read aloud correctly: commas (never spaces) for
// thousands and no ISO dates in the alt text. Runs over every chart in the registry, so new charts are held to it too.
import { describe, expect, test } from 'vitest';
import { sizeClasses } from '../../../src/charts/scene/size-classes';
import { charts } from '../../../src/charts/registry';

/** A digit group split by a space of any kind: "7 002" is read as "seven, two". */
const SPACE_SEPARATOR = /\d[\s\u00a0\u2009\u202f]\d{3}(?!\d)/;
/** "2026-01-28" is read digit by digit or as a subtraction. */
const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/;

describe('chart text read aloud', () => {
  for (const chart of charts) {
    const id = chart.id;
    test(`${id}: titles, subtitles and alt texts of every state`, () => {
      const problems: string[] = [];
      for (const state of chart.states) {
        for (const [size, box] of Object.entries(sizeClasses)) {
          const scene = chart.scene(state, box);
          const where = `${id}/${state} (${size})`;
          if (!scene.alt.trim()) problems.push(`${where}: empty alt text`);
          for (const [field, text] of [['title', scene.title], ['subtitle', scene.subtitle], ['alt', scene.alt]] as const) {
            const spaced = SPACE_SEPARATOR.exec(text);
            if (spaced) problems.push(`${where} ${field}: "${spaced[0]}" uses a space as a thousands separator; write 7,002 (formatNumber)`);
          }
          const iso = ISO_DATE.exec(scene.alt);
          if (iso) problems.push(`${where} alt: "${iso[0]}" is an ISO date; spell it out, e.g. 28 January 2026 (formatDate)`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

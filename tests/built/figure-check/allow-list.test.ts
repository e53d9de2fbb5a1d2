// The allow-list stays short and specific: every entry has a reason and a place, and a phrase entry covers only figures inside it.
import { describe, expect, test } from 'vitest';
import { ALLOWED, allowedBy } from './allow-list';
import { findFigures } from './find';

describe('allow-list', () => {
  test('is short, and every entry says where and why', () => {
    expect(ALLOWED.length).toBeLessThanOrEqual(15);
    for (const a of ALLOWED) {
      expect(a.reason.length).toBeGreaterThan(10);
      expect(a.places ?? a.chapters ?? a.within ?? a.figure, a.reason).toBeDefined();
    }
  });

  test('a phrase entry covers only the figures inside the phrase', () => {
    const text = 'Step 2 of 4, and 7,002.28';
    const [two, four, high] = findFigures(text);
    expect(allowedBy(two!, 'controls', 'the-climb', text)).toBeDefined();
    expect(allowedBy(four!, 'controls', 'the-climb', text)).toBeDefined();
    expect(allowedBy(high!, 'controls', 'the-climb', text)).toBeUndefined();
  });

  test('years in running prose are allowed in chapters, not in the notes or in chart text', () => {
    const text = 'The bear market of 2022';
    const [y] = findFigures(text);
    expect(allowedBy(y!, 'prose', 'the-climb', text)).toBeDefined();
    expect(allowedBy(y!, 'prose', 'notes', text)).toBeUndefined();
    expect(allowedBy(y!, 'chart-label', 'the-climb', text)).toBeUndefined();
  });

  test('the typed USD 5,200 level is allowed in the gold chapter and the notes only, and only as 5,200', () => {
    const text = 'gold futures closed above USD 5,200, not USD 5,300';
    const [level, other] = findFigures(text);
    expect(allowedBy(level!, 'chart-title', 'two-markets', text)).toBeDefined();
    expect(allowedBy(level!, 'prose', 'notes', text)).toBeDefined();
    expect(allowedBy(level!, 'prose', 'the-climb', text)).toBeUndefined();
    expect(allowedBy(other!, 'chart-title', 'two-markets', text)).toBeUndefined();
  });
});

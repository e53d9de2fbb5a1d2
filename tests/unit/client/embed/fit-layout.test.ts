// Covers src/client/embed/fit-layout.ts: which layout a frame's height allows, and what each kind of host is asked for.
import { describe, expect, test } from 'vitest';
import { askedHeight, askedWpHeight, chooseLayout, FIT_TOLERANCE } from '../../../../src/client/embed/fit-layout';

describe('the layout', () => {
  test('the whole chapter when it fits the frame (to a pixel), else the fitted layout', () => {
    expect(chooseLayout('auto', 2400, 2400)).toBe('full');
    expect(chooseLayout('auto', 2400, 2400 + FIT_TOLERANCE)).toBe('full');
    expect(chooseLayout('auto', 2400, 2402)).toBe('fit');
    expect(chooseLayout('auto', 955, 2427)).toBe('fit');
    expect(chooseLayout('auto', 5000, 2427)).toBe('full');
  });

  test("the host's layout= wins over the frame's height", () => {
    expect(chooseLayout('full', 500, 2427)).toBe('full');
    expect(chooseLayout('fit', 5000, 2427)).toBe('fit');
  });

  test('a full layout outgrowing its frame stays while a known resizer has yet to answer, then fits', () => {
    expect(chooseLayout('auto', 2400, 2600, 'full', true)).toBe('full');
    expect(chooseLayout('auto', 2400, 2600, 'full', false)).toBe('fit');
    expect(chooseLayout('auto', 2400, 2600, 'fit', true)).toBe('fit');
  });
});

describe('the height asked for', () => {
  test('pym.js, @newswire/frames and amp-iframe: the whole chapter, or the fitted layout when the host chose it', () => {
    expect(askedHeight('auto', 2426.3, 1100)).toBe(2427);
    expect(askedHeight('full', 2426.3, 1100)).toBe(2427);
    expect(askedHeight('fit', 2426.3, 1099.5)).toBe(1100);
  });

  test('WordPress: the whole chapter only when it fits in 1,000 px (or the host chose full); else the fitted layout, at most 1,000 px', () => {
    expect(askedWpHeight('auto', 980, 700)).toBe(980);
    expect(askedWpHeight('auto', 2427, 845.2)).toBe(846);
    expect(askedWpHeight('auto', 2427, 1420)).toBe(1000);
    expect(askedWpHeight('full', 2427, 845)).toBe(2427);
    expect(askedWpHeight('fit', 900, 845)).toBe(845);
  });
});

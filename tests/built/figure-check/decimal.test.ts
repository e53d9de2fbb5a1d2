// Rounding as the check applies it: on decimal digits, half away from zero, to exactly the decimals shown.
import { describe, expect, test } from 'vitest';
import { decimalsOf, roundTo, showsAs } from './decimal';

describe('decimal rounding', () => {
  test('rounds on the digits, not through binary floating point', () => {
    expect(roundTo('1.005', 2)).toBe('1.01');
    expect(roundTo(1.005, 2)).toBe('1.01');
    expect(roundTo('6978.60', 1)).toBe('6978.6');
    expect(roundTo('9.995', 2)).toBe('10.00');
    expect(roundTo('-22.62984', 1)).toBe('-22.6');
    expect(roundTo(16.666666666666675, 1)).toBe('16.7');
  });

  test('a shown value must equal the cell rounded to the decimals shown, no looser', () => {
    expect(showsAs('6978.03', 2, '6978.03')).toBe(true);
    expect(showsAs('6978.0', 1, '6978.03')).toBe(true);
    expect(showsAs('6978.04', 2, '6978.03')).toBe(false);
    expect(showsAs('6978.1', 1, '6978.03')).toBe(false);
    expect(decimalsOf('6978.60')).toBe(2);
    expect(decimalsOf('190')).toBe(0);
  });
});

// Covers src/story/format.ts: thousands separators, fixed decimals, percentage steps and spelled-out UTC dates.
import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, formatPercentChange, isoDay, withDecimals } from '../../../src/story/format';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatNumber', () => {
  test('commas for thousands, up to two decimals by default', () => {
    expect(formatNumber(7002.28)).toBe('7,002.28');
    expect(formatNumber(4168)).toBe('4,168');
    expect(formatNumber(4.44)).toBe('4.44');
    expect(formatNumber(6929.123)).toBe('6,929.12');
    expect(formatNumber(10000)).toBe('10,000');
  });

  test('fixed decimals when asked', () => {
    expect(formatNumber(7002, 2)).toBe('7,002.00');
    expect(formatNumber(6978.6, 2)).toBe('6,978.60');
    expect(formatNumber(16.666, 1)).toBe('16.7');
    expect(formatNumber(1234.5, 0)).toBe('1,235');
  });
});

describe('withDecimals', () => {
  test('keeps trailing zeros, so a table writes a figure as the prose does', () => {
    expect(withDecimals(2)(6978.6)).toBe('6,978.60');
    expect(withDecimals(2)(7002)).toBe('7,002.00');
    expect(withDecimals(1)(5318.4)).toBe('5,318.4');
    expect(withDecimals(1)(4700)).toBe('4,700.0');
  });
});

describe('formatPercentChange', () => {
  test('one decimal, trailing .0 dropped, explicit sign', () => {
    expect(formatPercentChange(1)).toBe('+100%');
    expect(formatPercentChange(0.5)).toBe('+50%');
    expect(formatPercentChange(1 / 3)).toBe('+33.3%');
    expect(formatPercentChange(0.25)).toBe('+25%');
    expect(formatPercentChange(0.2)).toBe('+20%');
    expect(formatPercentChange(1 / 6)).toBe('+16.7%');
    expect(formatPercentChange(0)).toBe('+0%');
    expect(formatPercentChange(-0.05)).toBe('-5%');
  });
});

describe('formatDate', () => {
  const day = utc('2026-01-28');
  test('styles', () => {
    expect(formatDate(day)).toBe('28 January 2026');
    expect(formatDate(day, 'short')).toBe('28 Jan 2026');
    expect(formatDate(day, 'dayMonth')).toBe('28 Jan');
    expect(formatDate(day, 'weekdayDayMonth')).toBe('Wed 28 Jan');
    expect(formatDate(day, 'monthYear')).toBe('January 2026');
    expect(formatDate(day, 'shortMonthYear')).toBe('Jan 2026');
  });

  test('dates are UTC days, whatever the local time zone', () => {
    expect(formatDate(utc('2025-04-08'))).toBe('8 April 2025');
    expect(formatDate(new Date('2026-01-28T23:59:59Z'))).toBe('28 January 2026');
  });

  test('September abbreviates to "Sep"', () => {
    expect(formatDate(utc('2025-09-08'), 'short')).toBe('8 Sep 2025');
    expect(formatDate(utc('2025-09-08'), 'shortMonthYear')).toBe('Sep 2025');
  });

  // Regression: shortening "Sept" once also turned the full name into "Sepember".
  test('September is spelled out in full in long styles', () => {
    expect(formatDate(utc('2025-09-08'))).toBe('8 September 2025');
    expect(formatDate(utc('2025-09-08'), 'monthYear')).toBe('September 2025');
  });
});

test('isoDay', () => {
  expect(isoDay(utc('2026-01-28'))).toBe('2026-01-28');
  expect(isoDay(new Date('2026-01-28T23:00:00Z'))).toBe('2026-01-28');
});

// Covers src/client/steps/active-step.ts: which step is active for given step tops and trigger line, including boundaries and jumps.
import { describe, expect, test } from 'vitest';
import { activeStepIndex } from '../../../../src/client/steps/active-step';

// Three steps whose tops are at 300, 900 and 1500 px in the viewport; trigger line at 400 px.
const tops = [300, 900, 1500];

describe('activeStepIndex', () => {
  test('the first step while none has reached the line', () => {
    expect(activeStepIndex([500, 1100, 1700], 400)).toBe(0);
    expect(activeStepIndex([5000, 6000], 0)).toBe(0);
  });

  test('the last step whose top has reached the line', () => {
    expect(activeStepIndex(tops, 400)).toBe(0);
    expect(activeStepIndex(tops.map((t) => t - 600), 400)).toBe(1);
    expect(activeStepIndex(tops.map((t) => t - 1200), 400)).toBe(2);
  });

  test('the last step after a jump past every step', () => {
    expect(activeStepIndex([-9000, -8400, -7800], 400)).toBe(2);
  });

  test('a jump back to the top gives the first step again', () => {
    expect(activeStepIndex([-9000, -8400, -7800], 400)).toBe(2);
    expect(activeStepIndex(tops, 200)).toBe(0);
  });

  test('a top exactly on the line counts as reached; one pixel-fraction above does not', () => {
    expect(activeStepIndex([300, 400, 1000], 400)).toBe(1);
    expect(activeStepIndex([300, 400.01, 1000], 400)).toBe(0);
    expect(activeStepIndex([400, 900], 400)).toBe(0);
    expect(activeStepIndex([-200, 400], 400)).toBe(1);
  });

  test('no steps gives index 0', () => {
    expect(activeStepIndex([], 400)).toBe(0);
  });

  test('the same positions always give the same answer', () => {
    const positions = [-120, 380, 880];
    expect(new Set(Array.from({ length: 5 }, () => activeStepIndex(positions, 400)))).toEqual(new Set([1]));
  });
});

// Covers src/client/embed/host-scroll.ts: the host's scroll picks the step, evenly while the box's middle crosses 75%..25% of the viewport.
import { expect, test } from 'vitest';
import { hostScrollStep } from '../../../../src/client/embed/host-scroll';

/** The frame's top at `frameTop` in a 1000 px tall host viewport. */
const at = (frameTop: number) => ({ viewportWidth: 1200, viewportHeight: 1000, top: frameTop, left: 0, bottom: frameTop + 2000, right: 800 });

test('first step before the box reaches the zone, last after it', () => {
  // Box from 100 to 500 in the frame: its middle is at frameTop + 300.
  expect(hostScrollStep(at(1000), 100, 500, 4)).toBe(0);
  expect(hostScrollStep(at(-2000), 100, 500, 4)).toBe(3);
});

test('each step gets an equal share of the zone', () => {
  // middle = frameTop + 300; zone 750 -> 250 in four parts of 125 px.
  expect(hostScrollStep(at(750 - 300 - 1), 100, 500, 4)).toBe(0);
  expect(hostScrollStep(at(625 - 300 - 1), 100, 500, 4)).toBe(1);
  expect(hostScrollStep(at(500 - 300 - 1), 100, 500, 4)).toBe(2);
  expect(hostScrollStep(at(375 - 300 - 1), 100, 500, 4)).toBe(3);
});

test('a single step is always step 0', () => {
  expect(hostScrollStep(at(-5000), 0, 10, 1)).toBe(0);
});

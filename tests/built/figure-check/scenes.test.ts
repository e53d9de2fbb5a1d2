// Scene files: every text the browser draws in the sticky chart becomes a segment of its chart's chapter and state.
import { expect, test } from 'vitest';
import { sceneSegments } from './scenes';

test('titles, subtitles, alt text and text marks, with ticks told apart', () => {
  const json = { wide: { jan28: { chart: 'climb', state: 'jan28', title: 'Above 7,000', subtitle: 'On 28 Jan 2026', alt: 'Closed at 6,978.03.', marks: [{ type: 'text', className: 'tick', text: '6,950' }, { type: 'text', className: 'label label-strong', text: 'Close 6,978.03' }, { type: 'rule' }] } } };
  const segs = sceneSegments('scenes/climb-1.json', json);
  expect(segs.map((s) => [s.place, s.text])).toEqual([
    ['chart-title', 'Above 7,000'],
    ['chart-subtitle', 'On 28 Jan 2026'],
    ['aria-label', 'Closed at 6,978.03.'],
    ['axis-tick', '6,950'],
    ['chart-label', 'Close 6,978.03'],
  ]);
  expect(segs.every((s) => s.chapter === 'the-climb' && s.state === 'jan28' && s.scopes[0]!.key === 'scenes/climb-1.json#wide.jan28')).toBe(true);
});

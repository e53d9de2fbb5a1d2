// Covers src/charts/scene/layout.ts and place-labels.ts: ticks thinned, labels kept inside and apart by priority, markers with a key, labels left out without room.
import { describe, expect, test } from 'vitest';
import { layoutScene, type DrawnMark } from '../../../../src/charts/scene/layout';
import { textBox } from '../../../../src/charts/scene/text-box';
import type { Mark, Scene } from '../../../../src/charts/scene/scene';

const margin = { top: 20, right: 20, bottom: 30, left: 40 };
const scene = (marks: Mark[]): Scene => ({ chart: 't', state: 's', title: '', subtitle: '', alt: '', margin, marks });
const label = (key: string, x: number, y: number, text: string, more: Partial<Extract<Mark, { type: 'text' }>> = {}): Mark => ({ type: 'text', key, className: 'label', x, y, anchor: 'start', text, ...more });
const texts = (marks: DrawnMark[]) => marks.filter((m) => m.tag === 'text');
const byKey = (marks: DrawnMark[], key: string) => marks.find((m) => m.key === key);

describe('layoutScene places labels', () => {
  test('x ticks are thinned to every k-th until neighbours keep 8 px apart', () => {
    const ticks = Array.from({ length: 12 }, (_, i): Mark => ({ type: 'text', key: `tick-x-${2015 + i}`, className: 'tick', x: i / 11, y: 1, dy: 8, anchor: 'middle', baseline: 'hanging', text: String(2015 + i) }));
    const wide = texts(layoutScene(scene(ticks), { width: 720, height: 300 }));
    const narrow = texts(layoutScene(scene(ticks), { width: 280, height: 300 }));
    expect(wide).toHaveLength(12);
    expect(narrow.map((m) => m.text)).toEqual(['2015', '2017', '2019', '2021', '2023', '2025']);
  });

  test('a label past the right edge is moved inside the chart', () => {
    const [m] = texts(layoutScene(scene([label('a', 1, 0.5, 'A long label near the edge')]), { width: 300, height: 200 }));
    expect(textBox(m!).right).toBeLessThanOrEqual(300);
  });

  test('of two colliding labels the higher priority stays; the other is nudged clear', () => {
    const marks = layoutScene(scene([label('low', 0.1, 0.5, 'Second label'), label('high', 0.1, 0.5, 'First label', { priority: 5 })]), { width: 400, height: 300 });
    expect(byKey(marks, 'high')!.attrs['y']).toBe(20 + 0.5 * 250);
    const [a, b] = [textBox(byKey(marks, 'high')!), textBox(byKey(marks, 'low')!)];
    expect(Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= 0 || Math.min(a.right, b.right) - Math.max(a.left, b.left) <= 0).toBe(true);
  });

  test('a label nudged up or down takes the end of its leader with it', () => {
    const leader: Mark = { type: 'rule', key: 'note-leader', className: 'fed-leader', x1: 0.5, x2: 0.5, y1: 0.5, y2: 0.9 };
    const marks = layoutScene(scene([label('note-0', 0.5, 0.5, 'Callout', { label: 'note' }), leader, label('high', 0.5, 0.5, 'Callout', { priority: 5 })]), { width: 400, height: 300 });
    const dy = Number(byKey(marks, 'note-0')!.attrs['y']) - (20 + 0.5 * 250);
    expect(dy).not.toBe(0);
    expect(Number(byKey(marks, 'note-leader')!.attrs['y1'])).toBe(20 + 0.5 * 250 + dy);
    expect(Number(byKey(marks, 'note-leader')!.attrs['y2'])).toBe(20 + 0.9 * 250);
  });

  test('a label blocked on its side of its point is mirrored about the point: the other anchor, the same gap', () => {
    const wall = Array.from({ length: 20 }, (_, i) => label(`wall-${i}`, 0.55, i / 19, 'WWWWWWWWWW', { priority: 9 }));
    const marks = layoutScene(scene([...wall, label('note', 0.5, 0.5, 'A longer note here', { dx: 8 })]), { width: 400, height: 300 });
    const note = byKey(marks, 'note')!;
    expect(note.attrs['text-anchor']).toBe('end');
    expect(note.attrs['x']).toBe(40 + 0.5 * 340 - 8);
  });

  test('a label with no room becomes a numbered marker, its lines read in the key under the plot', () => {
    // A wall of high-priority labels on the left leaves no room for two long lines; a marker fits beside it.
    const wall = Array.from({ length: 14 }, (_, i) => label(`wall-${i}`, 0, i / 13, 'WWWWWWWWWWWW', { priority: 9 }));
    const lines = [label('note-0', 0.6, 0.5, 'Two lines of words, long', { label: 'note' }), label('note-1', 0.6, 0.5, 'and another line', { label: 'note', dy: 15 })];
    const marks = layoutScene(scene([...wall, ...lines]), { width: 320, height: 400 });
    expect(byKey(marks, 'note-0')).toBeUndefined();
    expect(byKey(marks, 'note-marker')!.text).toBe('1');
    const key = marks.filter((m) => m.key.startsWith('key-line-'));
    expect(key.map((m) => m.text)).toEqual(['1  Two lines of words, long and another line']);
    expect(Number(key[0]!.attrs['y'])).toBeGreaterThan(400 - 30);
  });

  test('without room for a key (a very short chart), a label that does not fit is left out rather than drawn over others', () => {
    const wall = Array.from({ length: 4 }, (_, i) => label(`wall-${i}`, 0, i / 3, 'WWWWWWWWWWWWWWWWWWWW', { priority: 9 }));
    const marks = layoutScene(scene([...wall, label('note', 0.2, 0.5, 'Squeezed')]), { width: 320, height: 80 });
    expect(byKey(marks, 'note')).toBeUndefined();
    expect(marks.some((m) => m.key.startsWith('key-line-'))).toBe(false);
  });
});

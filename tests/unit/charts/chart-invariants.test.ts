// Covers every chart in src/charts/registry.ts, every state, both size classes: the generic invariants each scene, its layout (src/charts/scene/layout.ts) and its data must hold. Chart-specific facts (alt-text figures, exact texts, data rows, snapshots) stay in tests/unit/charts/<chart>/.
import { describe, expect, test } from 'vitest';
import { layoutScene } from '../../../src/charts/scene/layout';
import { sizeClasses } from '../../../src/charts/scene/size-classes';
import { charts } from '../../../src/charts/registry';
import { expectAnchoredInside, markTypesByKey, numbers, sizes, stateSizeCases } from './scene-helpers';

describe.each(charts.map((c) => [c.id, c] as const))('%s', (id, chart) => {
  const cases = stateSizeCases(chart.states);

  test.each(cases)('$state / $name: scene identity, title and subtitle, alt text, unique keys, finite numbers', ({ state, size }) => {
    const scene = chart.scene(state, size);
    expect(scene).toMatchObject({ chart: id, state });
    expect(scene.title.trim(), 'title').not.toBe('');
    expect(scene.subtitle.trim(), 'subtitle').not.toBe('');
    expect(scene.alt.length, 'alt text length').toBeGreaterThan(40);
    const keys = scene.marks.map((m) => m.key);
    expect(new Set(keys).size, 'unique mark keys').toBe(keys.length);
    for (const n of numbers(scene)) expect(Number.isFinite(n)).toBe(true);
  });

  test.each(cases)('$state / $name: laid out, every mark is anchored inside the SVG', ({ state, size }) => {
    expectAnchoredInside(layoutScene(chart.scene(state, size), size), size);
  });

  test.each(chart.states)('%s: the title and the alt text are the same in both size classes', (state) => {
    const narrow = chart.scene(state, sizeClasses.narrow);
    const wide = chart.scene(state, sizeClasses.wide);
    expect(narrow.title).toBe(wide.title);
    expect(narrow.alt).toBe(wide.alt);
  });

  test.each(chart.states)('%s: every column the state declares is present in each row of data(state)', (state) => {
    const { columns, rows } = chart.data(state);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(columns.map((c) => c.key).sort());
  });

  test.each(sizes)('%s: a key shared between states keeps its mark type, so transitions move it rather than replace it', (_, size) => {
    const types = markTypesByKey(chart, size);
    expect([...types].filter(([, t]) => t.size > 1).map(([k]) => k)).toEqual([]);
  });

  test('the source line is not empty', () => {
    expect(chart.source.trim()).not.toBe('');
  });
});

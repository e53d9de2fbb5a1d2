// Helpers shared by the chart tests (chart-invariants.test.ts and tests/unit/charts/<chart>/<chart>.test.ts): size classes and their cases, mark lookups, every number in a scene, the SVG box check, and CSVs read without the app's loaders.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect } from 'vitest';
import type { DrawnMark } from '../../../src/charts/scene/layout';
import type { ChartSize, Mark, Scene } from '../../../src/charts/scene/scene';
import { sizeClasses, type SizeClass } from '../../../src/charts/scene/size-classes';

/** A mark of one type, e.g. MarkOf<'text'>. */
export type MarkOf<T extends Mark['type']> = Extract<Mark, { type: T }>;

/** The size classes as [name, size] pairs, narrow first. */
export const sizes = Object.entries(sizeClasses) as [SizeClass, (typeof sizeClasses)[SizeClass]][];

/** Every state in every size class: the cases a per-state, per-size test runs over. */
export const stateSizeCases = <S extends string>(states: readonly S[]) => states.flatMap((state) => sizes.map(([name, size]) => ({ state, name, size })));

/** Midnight UTC of an ISO date, in milliseconds. */
export const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The mark with this key, which must exist and have this type. */
export function mark<T extends Mark['type']>(scene: Scene, key: string, type: T): MarkOf<T> {
  const m = scene.marks.find((x) => x.key === key);
  if (!m) throw new Error(`no mark "${key}" in ${scene.state}`);
  expect(m.type).toBe(type);
  return m as MarkOf<T>;
}

/** The text of the text mark with this key. */
export const textOf = (scene: Scene, key: string) => mark(scene, key, 'text').text;

/** The texts of the text marks whose keys start with `prefix` (all of them without one), in drawing order. */
export const texts = (scene: Scene, prefix = '') => scene.marks.filter((m): m is MarkOf<'text'> => m.type === 'text' && m.key.startsWith(prefix)).map((m) => m.text);

/** The rect marks whose keys start with `prefix` (all of them without one), in drawing order. */
export const rects = (scene: Scene, prefix = '') => scene.marks.filter((m): m is MarkOf<'rect'> => m.type === 'rect' && m.key.startsWith(prefix));

/** Every number anywhere in a value (marks, margins, points). */
export const numbers = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : Array.isArray(v) ? v.flatMap(numbers) : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : [];

/** For each mark key drawn in any state at this size, the mark types it is drawn as. */
export function markTypesByKey<S extends string>(chart: { states: readonly S[]; scene(state: S, size: ChartSize): Scene }, size: ChartSize): Map<string, Set<Mark['type']>> {
  const types = new Map<string, Set<Mark['type']>>();
  for (const s of chart.states) for (const m of chart.scene(s, size).marks) types.set(m.key, (types.get(m.key) ?? new Set()).add(m.type));
  return types;
}

/**
 * Every laid-out mark is anchored inside the SVG box: its x, x1, x2 and cx within the width (and a
 * rect's right edge, x + width), its y, y1, y2 and cy within the height.
 */
export function expectAnchoredInside(drawn: DrawnMark[], at: ChartSize): void {
  for (const m of drawn) {
    const xs = [m.attrs['x'], m.attrs['x1'], m.attrs['x2'], m.attrs['cx']].filter((v) => v !== undefined).map(Number);
    const ys = [m.attrs['y'], m.attrs['y1'], m.attrs['y2'], m.attrs['cy']].filter((v) => v !== undefined).map(Number);
    if (m.tag === 'rect') xs.push(Number(m.attrs['x']) + Number(m.attrs['width']));
    for (const v of xs) expect(v, `${m.key} x at ${at.width}x${at.height}`).toBeGreaterThanOrEqual(0);
    for (const v of xs) expect(v, `${m.key} x at ${at.width}x${at.height}`).toBeLessThanOrEqual(at.width);
    for (const v of ys) expect(v, `${m.key} y at ${at.width}x${at.height}`).toBeGreaterThanOrEqual(0);
    for (const v of ys) expect(v, `${m.key} y at ${at.width}x${at.height}`).toBeLessThanOrEqual(at.height);
  }
}

/** A CSV in content/data read on its own with d3-dsv, without the app's loaders and checks. */
export const readCsv = (file: string) => csvParse(readFileSync(new URL(`../../../content/data/${file}`, import.meta.url), 'utf8'));

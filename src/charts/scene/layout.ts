/** Lays a Scene out at the size a chart really has, at build time and in the browser alike: marks positioned, then labels placed. */
import { positionMarks, type DrawnMark } from './position-marks';
import { placeLabels, keyHeight, keyLines, labelText } from './place-labels';
import type { ChartSize, Scene } from './scene';

export type { DrawnMark } from './position-marks';

/** The plot keeps at least this share of its height when a key under the chart takes room; below it, labels that do not fit are left out. */
const MIN_PLOT_SHARE = 0.5;
/** Passes of placement: each may turn more labels into markers, which takes room for the key and moves the plot. */
const MAX_PASSES = 4;

/**
 * The marks of `scene` drawn at `size`. Labels that collide or would leave the chart are nudged; those with no room
 * become numbered markers with their words in a key under the plot, which takes its room from the plot's height.
 */
export function layoutScene(scene: Scene, size: ChartSize): DrawnMark[] {
  const texts = labelText(scene);
  const plotHeight = size.height - scene.margin.top - scene.margin.bottom;
  let markers: string[] = [];
  let placed: ReturnType<typeof placeLabels> | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const lines = keyLines(markers, texts, size.width);
    const room = keyHeight(lines);
    const fits = room <= plotHeight * (1 - MIN_PLOT_SHARE);
    const margin = fits ? { ...scene.margin, bottom: scene.margin.bottom + room } : scene.margin;
    placed = placeLabels(positionMarks(scene, size, margin), size, fits ? markers : [], fits ? lines : []);
    if (!fits) return placed.withoutUnplaced();
    const more = placed.unplaced.filter((label) => !markers.includes(label));
    if (more.length === 0) return placed.withoutUnplaced();
    markers = [...markers, ...more];
  }
  return placed!.withoutUnplaced();
}

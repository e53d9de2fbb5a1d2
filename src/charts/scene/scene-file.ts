/** A chart's scenes for every state and size class as one JSON file, named by its content hash so hosts can cache it forever. */
import { createHash } from 'node:crypto';
import type { Chart } from '../define-chart';
import { scenesFor } from './scenes-for';

/** Folder (under the site's base) that holds the scene files; every name in it is content-hashed. */
export const SCENES_DIR = 'scenes';

export interface SceneFile {
  /** File name, e.g. "climb-3f9a2c1d.json". */
  name: string;
  json: string;
}

// Plot fractions to 4 decimals: under 0.1 px at the widest layout.
const round = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v);

const made = new Map<string, SceneFile>();

/** The scene file for `chart` (computed once per build). */
export function sceneFile(chart: Chart): SceneFile {
  let file = made.get(chart.id);
  if (!file) {
    const json = JSON.stringify(scenesFor(chart, chart.states), round);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    file = { name: `${chart.id}-${hash}.json`, json };
    made.set(chart.id, file);
  }
  return file;
}

// Reads the scene files the browser draws the sticky chart from (dist/scenes/*.json): titles, subtitles, alt text and text marks, as segments.
import type { Place, Segment } from './html';
import { CHART_CHAPTER } from './scopes';

interface SceneMark {
  type?: string;
  className?: string;
  text?: string | number;
}

interface Scene {
  chart?: string;
  state?: string;
  title?: string;
  subtitle?: string;
  alt?: string;
  marks?: SceneMark[];
}

const squash = (s: string) => s.replace(/[\u2060\u200b\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

/** One scene file ({ layout: { state: scene } }) as segments; every text of one drawn state shares one row and one state scope. */
export function sceneSegments(path: string, json: unknown): Segment[] {
  const out: Segment[] = [];
  if (!json || typeof json !== 'object') throw new Error(`${path}: expected an object of layouts`);
  for (const [layout, states] of Object.entries(json as Record<string, Record<string, Scene>>)) {
    for (const [stateName, scene] of Object.entries(states)) {
      const chart = scene.chart;
      const state = scene.state ?? stateName;
      const chapter = chart ? CHART_CHAPTER[chart] : undefined;
      const scopes = [
        { kind: 'row' as const, key: `${path}#${layout}.${state}` },
        { kind: 'state' as const, key: `${path}#state:${chart}:${state}` },
      ];
      const push = (place: Place, text: string | number | undefined) => {
        const t = text === undefined ? '' : squash(String(text));
        if (t) out.push({ page: path, place, text: t, chapter, chart, state, scopes });
      };
      push('chart-title', scene.title);
      push('chart-subtitle', scene.subtitle);
      push('aria-label', scene.alt);
      for (const m of scene.marks ?? []) {
        if (m.text === undefined) continue;
        push(/(^|\s)tick(\s|$)/.test(m.className ?? '') ? 'axis-tick' : 'chart-label', m.text);
      }
    }
  }
  return out;
}

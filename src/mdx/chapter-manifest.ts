/** The one reading of a chapter's MDX: checks every component use and records what pages, cards and notes need. */
import { charts } from '../charts/registry';
import { hasNumber, numberIds } from '../story/numbers/numbers';

/** A <Step>, in document order. */
export interface ManifestStep {
  /** The id written in MDX, unique in the chapter. */
  id: string;
  /** The page anchor and element id: `<chapter>-<id>`. */
  anchor: string;
  chart: string;
  state: string;
}

/** What a chapter holds, in document order: read once, at compile time, by the MDX plugin. */
export interface ChapterManifest {
  /** Each <Scrolly>: its chart and its steps. */
  scrollies: { chart: string; steps: ManifestStep[] }[];
  /** Each static <Figure>. */
  figures: { chart: string; state: string }[];
  /** Every chart the chapter shows, first appearance first. */
  charts: string[];
  /** Every <Num id> quoted in the prose, first appearance first. */
  numbers: string[];
  /** The chart state the chapter leads with (share card): its first step, else its first figure. */
  lead: { chart: string; state: string } | null;
}

/** The part of an MDX syntax tree this reader looks at. */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

/** What `readChapter` found at a <Step> or a <Scrolly>. */
export type ChapterElement = { step: ManifestStep } | { scrolly: ChapterManifest['scrollies'][number] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const attr = (node: MdxNode, name: string): string | undefined => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

const isElement = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** All <Step>s of a manifest, in document order. */
export const manifestSteps = (m: ChapterManifest): ManifestStep[] => m.scrollies.flatMap((s) => s.steps);

/**
 * Walks a chapter's tree once: checks each <Scrolly>, <Step>, <Figure> and <Num> (an error names `file:line:col`,
 * the component, the field, what was found and what was expected) and returns the manifest. `visit` is called
 * for each <Step> and (after its steps) each <Scrolly>, so the plugin can pass attributes on to components.
 */
export function readChapter(tree: MdxNode, file: string, chapter: string, visit?: (node: MdxNode, what: ChapterElement) => void): ChapterManifest {
  const manifest: ChapterManifest = { scrollies: [], figures: [], charts: [], numbers: [], lead: null };
  const ids = new Map<string, number>();
  const fail = (node: MdxNode, field: string, found: string | undefined, expected: string): never => {
    const p = node.position?.start;
    throw new Error(`${file}:${p?.line ?? 0}:${p?.column ?? 0}: <${node.name}> ${field}: found ${found === undefined ? 'nothing' : JSON.stringify(found)}, expected ${expected}`);
  };
  const chartOf = (node: MdxNode): string => {
    const id = attr(node, 'chart');
    if (!charts.some((c) => c.id === id)) fail(node, 'chart', id, `one of: ${charts.map((c) => c.id).join(', ')}`);
    if (!manifest.charts.includes(id!)) manifest.charts.push(id!);
    return id!;
  };
  const stateOf = (node: MdxNode, id: string): string => {
    const chart = charts.find((c) => c.id === id)!;
    const state = attr(node, 'state');
    if (state === undefined || !chart.hasState(state)) fail(node, 'state', state, `a state of chart "${id}": ${chart.states.join(', ')}`);
    return state!;
  };

  const walk = (node: MdxNode, scrolly: ChapterManifest['scrollies'][number] | undefined): void => {
    let inside = scrolly;
    if (isElement(node)) {
      if (node.name === 'Scrolly') {
        if (scrolly) fail(node, 'placement', 'a Scrolly inside a Scrolly', 'Scrolly at the top level of the chapter');
        inside = { chart: chartOf(node), steps: [] };
        manifest.scrollies.push(inside);
      } else if (node.name === 'Step') {
        if (!scrolly) fail(node, 'placement', 'a Step outside any Scrolly', 'each <Step> inside a <Scrolly chart="…">');
        const state = stateOf(node, scrolly!.chart);
        const id = attr(node, 'id');
        if (!id || !ID.test(id)) fail(node, 'id', id, 'lower-case words joined by dashes, e.g. "long-view"');
        const line = ids.get(id!);
        if (line) fail(node, 'id', id, `an id not already used in this chapter (line ${line})`);
        ids.set(id!, node.position?.start.line ?? 0);
        const step = { id: id!, anchor: `${chapter}-${id}`, chart: scrolly!.chart, state };
        scrolly!.steps.push(step);
        manifest.lead ??= { chart: step.chart, state };
        visit?.(node, { step });
      } else if (node.name === 'Figure') {
        const chart = chartOf(node);
        manifest.figures.push({ chart, state: stateOf(node, chart) });
      } else if (node.name === 'Num') {
        const id = attr(node, 'id');
        if (!id || !hasNumber(id)) fail(node, 'id', id, `the id of a number in src/story/numbers/ (${numberIds().length} exist, e.g. "${numberIds()[0]}")`);
        if (!manifest.numbers.includes(id!)) manifest.numbers.push(id!);
      }
    }
    node.children?.forEach((c) => walk(c, inside));
    if (isElement(node) && node.name === 'Scrolly') {
      if (!inside!.steps.length) fail(node, 'children', 'no <Step>', 'at least one <Step state="…"> inside');
      visit?.(node, { scrolly: inside! });
    }
  };
  walk(tree, undefined);
  manifest.lead ??= manifest.figures[0] ?? null;
  return manifest;
}

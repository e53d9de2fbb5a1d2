/** MDX check at compile time: every <Step>/<Figure> names a chart state that exists, with file and line on failure. */
import { chartStates } from '../charts/states';
import { parseChapterFile } from '../site/chapter-file';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const attr = (node: Node, name: string): string | undefined => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const setAttr = (node: Node, name: string, value: string) => {
  node.attributes = (node.attributes ?? []).filter((x) => x.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
};

/** Remark plugin: validates Scrolly/Step/Figure use and passes each Step its chart, chapter and place in the chapter. */
export default function remarkSteps() {
  return (tree: Node, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? 'unknown.mdx';
    const rel = file.cwd && path.startsWith(file.cwd) ? path.slice(file.cwd.length + 1) : path;
    if (!/content\/chapters\//.test(path)) return;
    const chapter = parseChapterFile(path).slug;
    const ids = new Map<string, number>();
    const steps: Node[] = [];
    const fail = (node: Node, field: string, found: string | undefined, expected: string): never => {
      const p = node.position?.start;
      throw new Error(`${rel}:${p?.line ?? 0}:${p?.column ?? 0}: <${node.name}> ${field}: found ${found === undefined ? 'nothing' : JSON.stringify(found)}, expected ${expected}`);
    };
    const checkState = (node: Node, chart: string) => {
      const states = chartStates[chart]!;
      const state = attr(node, 'state');
      if (!state || !states.includes(state)) fail(node, 'state', state, `a state of chart "${chart}": ${states.join(', ')}`);
    };
    const checkChart = (node: Node): string => {
      const chart = attr(node, 'chart');
      if (!chart || !chartStates[chart]) fail(node, 'chart', chart, `one of: ${Object.keys(chartStates).join(', ')}`);
      return chart!;
    };
    const walk = (node: Node, scrolly: string | undefined, states: string[]) => {
      let inside = scrolly;
      let ownStates = states;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name === 'Scrolly') {
          if (scrolly) fail(node, 'placement', 'a Scrolly inside a Scrolly', 'Scrolly at the top level of the chapter');
          inside = checkChart(node);
          ownStates = [];
          setAttr(node, 'chapter', chapter);
        } else if (node.name === 'Step') {
          if (!scrolly) fail(node, 'placement', 'a Step outside any Scrolly', 'each <Step> inside a <Scrolly chart="…">');
          checkState(node, scrolly!);
          states.push(attr(node, 'state')!);
          const id = attr(node, 'id');
          if (!id || !ID.test(id)) fail(node, 'id', id, 'lower-case words joined by dashes, e.g. "long-view"');
          const dup = ids.get(id!);
          if (dup) fail(node, 'id', id, `an id not already used in this chapter (line ${dup})`);
          ids.set(id!, node.position?.start.line ?? 0);
          setAttr(node, 'chart', scrolly!);
          setAttr(node, 'chapter', chapter);
          steps.push(node);
        } else if (node.name === 'Figure') {
          checkState(node, checkChart(node));
        }
      }
      node.children?.forEach((c) => walk(c, inside, ownStates));
      if (node.name === 'Scrolly') {
        if (!ownStates.length) fail(node, 'children', 'no <Step>', 'at least one <Step state="…"> inside');
        setAttr(node, 'states', ownStates.join(','));
      }
    };
    walk(tree, undefined, []);
    // Each step's place in the chapter ("step 2 of 4"), for its step controls.
    steps.forEach((node, i) => {
      setAttr(node, 'n', String(i + 1));
      setAttr(node, 'of', String(steps.length));
    });
  };
}

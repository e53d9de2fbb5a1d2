/** The one way to declare a chart: its states, the rows it draws, and a pure scene and table per state. */
import type { ChartSize, Scene } from './scene/scene';

/** The rows a state draws, as they are drawn: the source of its data table and CSV download. */
export interface StateData {
  /** `format` writes a numeric cell in the table (default: every decimal the value has); the CSV keeps the raw value. */
  columns: { key: string; label: string; numeric?: boolean; format?: (value: number) => string }[];
  rows: Record<string, string | number | null>[];
  /** Column whose lowest and highest rows a shortened table keeps. */
  valueColumn?: string;
}

/** What a chart module declares. `Cut` is the rows it draws, cut from the story's facts (src/story/). */
export interface ChartSpec<State extends string, Cut> {
  /** Lower-case words joined by dashes; MDX names it in `<Scrolly chart="…">` and `<Figure chart="…">`. */
  id: string;
  /** Named states in story order; MDX names them in `<Step state="…">`. */
  states: readonly State[];
  /** Cuts the rows the chart draws; called once, on first use. Throws naming the file when a row is missing. */
  cut: () => Cut;
  /** Overall title, for data tables and downloads. */
  title: (cut: Cut) => string;
  /** Source line under the chart, crediting the data's owners. */
  source: (cut: Cut) => string;
  /** Each state's scene at a size: pure, no DOM. */
  scenes: { [S in State]: (cut: Cut, size: ChartSize) => Scene };
  /** The rows each state draws, for its table and CSV. */
  data: (cut: Cut, state: State) => StateData;
}

/** A declared chart, bound to its rows. */
export interface Chart<State extends string = string> {
  readonly id: string;
  readonly states: readonly State[];
  readonly title: string;
  readonly source: string;
  /** True when `state` is one of the chart's states. */
  hasState(state: string): state is State;
  /** The scene of `state` at `size`; an unknown state throws naming the states there are. */
  scene(state: string, size: ChartSize): Scene;
  /** The rows `state` draws; an unknown state throws as `scene` does. */
  data(state: string): StateData;
}

/** The message for a state a chart does not have: where it was named, what was found, what exists. */
export const unknownStateMessage = (chart: Pick<Chart, 'id' | 'states'>, state: string | undefined, where: string): string =>
  `${where}: chart "${chart.id}" has no state ${state === undefined ? '(none given)' : `"${state}"`}; expected one of: ${chart.states.join(', ')}`;

/** Declares a chart; `withCut` gives the same chart over other rows (tests of edge cases). */
export function defineChart<State extends string, Cut>(spec: ChartSpec<State, Cut>): Chart<State> & { withCut(cut: Cut): Chart<State> } {
  const bind = (getCut: () => Cut): Chart<State> => {
    let cut: { value: Cut } | undefined;
    const rows = () => (cut ??= { value: getCut() }).value;
    const chart: Chart<State> = {
      id: spec.id,
      states: spec.states,
      get title() {
        return spec.title(rows());
      },
      get source() {
        return spec.source(rows());
      },
      hasState: (state): state is State => (spec.states as readonly string[]).includes(state),
      scene(state, size) {
        if (!chart.hasState(state)) throw new Error(unknownStateMessage(chart, state, `scene`));
        return spec.scenes[state](rows(), size);
      },
      data(state) {
        if (!chart.hasState(state)) throw new Error(unknownStateMessage(chart, state, `data`));
        return spec.data(rows(), state);
      },
    };
    return chart;
  };
  return Object.assign(bind(spec.cut), { withCut: (cut: Cut) => bind(() => cut) });
}

/** What every chart module provides: named states, a pure scene function, and the data each state draws. */
import type { ChartSize, Scene } from './scene';

/** The rows a state draws, as they are drawn: the source of its data table and CSV download. */
export interface StateData {
  /** `format` writes a numeric cell in the table (default: every decimal the value has); the CSV keeps the raw value. */
  columns: { key: string; label: string; numeric?: boolean; format?: (value: number) => string }[];
  rows: Record<string, string | number | null>[];
  /** Column whose lowest and highest rows a shortened table keeps. */
  valueColumn?: string;
}

export interface ChartDefinition<State extends string = string> {
  id: string;
  /** Overall title, e.g. for the data table caption and downloads. */
  title: string;
  states: readonly State[];
  scene(state: State, size: ChartSize): Scene;
  data(state: State): StateData;
  /** Source line shown under the chart, crediting the data's owners. */
  source: string;
}

/** The rows the fed chart draws: every FOMC decision since 2015, and the decisions that bound each state's view. */
import { isoDay } from './format';
import { fedFundsTargetRange, type FedDecision } from '../data/fed-funds-target-range';
import { fedStates, type FedState } from '../charts/fed/fed-states';

export const FED_FILE = 'content/data/fed_funds_target_range.csv';

/** The story's decision: the FOMC meeting that ended on 28 January 2026. */
export const FED_DECISION_DAY = new Date('2026-01-28T00:00:00Z');

/**
 * First and last decision (decision dates) each state shows. Each view starts and ends on a
 * decision, so the band inside it is drawn from the rows in it and nothing else.
 */
export const FED_VIEWS: Record<FedState, readonly [string, string]> = {
  // From the first row to the last hold at 0%-0.25% before the 2022 hikes.
  'zero-years': ['2015-01-28', '2022-01-26'],
  // From that hold to the last hold at the peak before the 2024 cuts.
  hikes: ['2022-01-26', '2024-07-31'],
  // From that hold to the December 2025 cut.
  cuts: ['2024-07-31', '2025-12-10'],
  // Everything, ending on the story's decision.
  hold: ['2015-01-28', '2026-01-28'],
};

/** One state's view: the indices of its first and last decision in `decisions`. */
export interface FedView {
  from: number;
  to: number;
}

export interface FedData {
  /** Every decision in the file, oldest first. */
  decisions: FedDecision[];
  views: Record<FedState, FedView>;
  /** Index of the story's decision. */
  day: number;
}

/** Checks the rows and finds each view's bounds; throws naming the file and row on any gap. */
export function fedData(rows: FedDecision[] = fedFundsTargetRange, views = FED_VIEWS, day = FED_DECISION_DAY): FedData {
  rows.forEach((r) => {
    if (r.lower > r.upper) throw new Error(`${FED_FILE}: decision ${isoDay(r.decision_date)} has lower ${r.lower} above upper ${r.upper}`);
  });
  const indexOf = (iso: string, what: string): number => {
    const i = rows.findIndex((r) => isoDay(r.decision_date) === iso);
    if (i < 0) throw new Error(`${FED_FILE}: no decision on ${iso}, ${what}`);
    return i;
  };
  const bounds = Object.fromEntries(
    fedStates.map((s) => {
      const [from, to] = views[s];
      return [s, { from: indexOf(from, `where the fed chart's "${s}" view starts`), to: indexOf(to, `where the fed chart's "${s}" view ends`) }];
    }),
  ) as Record<FedState, FedView>;
  const last = indexOf(isoDay(day), 'the story\'s decision');
  if (last !== rows.length - 1) throw new Error(`${FED_FILE}: the story's decision ${isoDay(day)} must be the last row`);
  return { decisions: rows, views: bounds, day: last };
}

/** The decisions a view shows, first to last. */
export const viewRows = (d: FedData, state: FedState): FedDecision[] => d.decisions.slice(d.views[state].from, d.views[state].to + 1);

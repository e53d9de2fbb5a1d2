/** The Fed's decisions since 2015 and the periods the story walks through (the zero years, the hikes, the cuts, the hold). */
import { isoDay } from './format';
import { STORY_DAY } from './story-dates';
import { fedFundsTargetRange, type FedDecision } from '../data/fed-funds-target-range';

export const FED_FILE = 'content/data/fed_funds_target_range.csv';

/**
 * First and last decision (decision dates) of each period the story tells. Each period starts and ends on a
 * decision, so what is drawn or counted inside it comes from the rows in it and nothing else.
 */
export const FED_PERIODS = {
  // From the first row to the last hold at 0%-0.25% before the 2022 hikes.
  'zero-years': ['2015-01-28', '2022-01-26'],
  // From that hold to the last hold at the peak before the 2024 cuts.
  hikes: ['2022-01-26', '2024-07-31'],
  // From that hold to the December 2025 cut.
  cuts: ['2024-07-31', '2025-12-10'],
  // Everything, ending on the story's decision.
  hold: ['2015-01-28', '2026-01-28'],
} as const satisfies Record<string, readonly [string, string]>;

/** A period's name; the fed chart has one state per period. */
export type FedPeriod = keyof typeof FED_PERIODS;

/** One period: the indices of its first and last decision in `decisions`. */
export interface FedView {
  from: number;
  to: number;
}

export interface FedData {
  /** Every decision in the file, oldest first. */
  decisions: FedDecision[];
  views: Record<FedPeriod, FedView>;
  /** Index of the story's decision. */
  day: number;
}

/** Finds each period's bounds (the data layer has checked each row); throws naming the file and row on any gap. */
export function fedData(rows: FedDecision[] = fedFundsTargetRange, periods: Record<FedPeriod, readonly [string, string]> = FED_PERIODS, day = STORY_DAY): FedData {
  const indexOf = (iso: string, what: string): number => {
    const i = rows.findIndex((r) => isoDay(r.decision_date) === iso);
    if (i < 0) throw new Error(`${FED_FILE}: no decision on ${iso}, ${what}`);
    return i;
  };
  const bounds = Object.fromEntries(
    (Object.keys(periods) as FedPeriod[]).map((p) => {
      const [from, to] = periods[p];
      return [p, { from: indexOf(from, `where the "${p}" period starts`), to: indexOf(to, `where the "${p}" period ends`) }];
    }),
  ) as Record<FedPeriod, FedView>;
  const last = indexOf(isoDay(day), 'the story\'s decision');
  if (last !== rows.length - 1) throw new Error(`${FED_FILE}: the story's decision ${isoDay(day)} must be the last row`);
  return { decisions: rows, views: bounds, day: last };
}

/** The decisions of a period, first to last. */
export const viewRows = (d: FedData, period: FedPeriod): FedDecision[] => d.decisions.slice(d.views[period].from, d.views[period].to + 1);

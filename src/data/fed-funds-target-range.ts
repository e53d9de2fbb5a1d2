/** The FOMC's target range for the federal funds rate, one row per decision since 2015 (percent). */
import raw from '../../content/data/fed_funds_target_range.csv?raw';
import { decimal, integer, isoDate, oneOf, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';

const columns = {
  decision_date: isoDate,
  effective_date: isoDate,
  lower: decimal,
  upper: decimal,
  change_bp: integer,
  action: oneOf(['hike', 'cut', 'hold'] as const),
  meeting_type: oneOf(['scheduled', 'unscheduled'] as const),
  source: text,
};
type Decision = ParsedLine<Row<typeof columns>>;

const DAY_MS = 86_400_000;

/** A range's lower bound is not above its upper bound. */
function lowerNotAboveUpper({ row, cells }: Decision): Problem | undefined {
  return row.lower <= row.upper ? undefined : { found: `lower ${cells.lower} is above upper ${cells.upper}`, expected: 'lower <= upper' };
}

/** A new range takes effect the day after the meeting ends (the Fed's rule, SOURCES.md section 9). */
function effectiveTheNextDay({ row, cells }: Decision): Problem | undefined {
  if (row.effective_date.getTime() - row.decision_date.getTime() === DAY_MS) return undefined;
  return { found: `effective_date ${cells.effective_date} is not the day after decision_date ${cells.decision_date}`, expected: 'effective_date = decision_date + 1 day' };
}

/** change_bp is the move of the upper bound since the previous decision, in basis points (SOURCES.md section 9). */
function changeMatchesPreviousRow(current: Decision, earlier: readonly Decision[]): Problem | undefined {
  const previous = earlier.at(-1);
  if (!previous) return undefined;
  const moved = Math.round((current.row.upper - previous.row.upper) * 100);
  if (moved === current.row.change_bp) return undefined;
  return {
    found: `change_bp ${current.cells.change_bp}, but upper went from ${previous.cells.upper} on line ${previous.line} to ${current.cells.upper}`,
    expected: `change_bp = 100 × (upper − previous upper) = ${moved}`,
  };
}

/** action names the direction of change_bp. */
function actionMatchesChange({ row, cells }: Decision): Problem | undefined {
  const direction = row.change_bp > 0 ? 'hike' : row.change_bp < 0 ? 'cut' : 'hold';
  if (row.action === direction) return undefined;
  return { found: `action ${cells.action} with change_bp ${cells.change_bp}`, expected: 'hike when change_bp > 0, cut when < 0, hold when 0' };
}

export const fedFundsTargetRangeSpec = defineCsv({
  file: 'content/data/fed_funds_target_range.csv',
  columns,
  key: 'decision_date',
  checks: [lowerNotAboveUpper, effectiveTheNextDay, changeMatchesPreviousRow, actionMatchesChange],
});

export const fedFundsTargetRange = parseCsv(fedFundsTargetRangeSpec, raw);
export type FedDecision = (typeof fedFundsTargetRange)[number];

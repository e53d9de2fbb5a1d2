/** The rows the day chart draws: the story day's S&P 500 session, the Fed's decision that day, and the largest companies' market values. */
import { fedFundsTargetRange, type FedDecision } from '../data/fed-funds-target-range';
import { scaleReferencePoints, type ScaleReferencePoint } from '../data/scale-reference-points';
import { sp500DailyOhlc, type Sp500DailyOhlc } from '../data/sp500-daily-ohlc';
import { MARKET_VALUES_AS_OF, STORY_DAY } from './story-dates';
import { isoDay } from './format';

/** The companies that reported quarterly results after the close on the story day (reported context, STORY.md chapter 3). */
export const REPORTING = ['Microsoft', 'Meta Platforms', 'Tesla'] as const;

export interface DayData {
  day: Date;
  /** The story day's open, high, low and close. */
  session: Sp500DailyOhlc;
  /** The FOMC decision taken on the story day. */
  fed: FedDecision;
  /** Market values on MARKET_VALUES_AS_OF, largest first, in the source's order. */
  caps: ScaleReferencePoint[];
  /** MARKET_VALUES_AS_OF as a UTC date. */
  capsAsOf: Date;
  /** The reporting companies' rows, in REPORTING order. */
  reporting: ScaleReferencePoint[];
}

const OHLC = 'content/data/sp500_daily_ohlc_yahoo.csv';
const FED = 'content/data/fed_funds_target_range.csv';
const SCALE = 'content/data/scale_reference_points.csv';

/** Cuts the data sets; throws naming the file if a row the chapter depends on is missing. */
export function dayData(
  sources = { ohlc: sp500DailyOhlc, fed: fedFundsTargetRange, scale: scaleReferencePoints },
  day = STORY_DAY,
): DayData {
  const iso = isoDay(day);
  const session = sources.ohlc.find((r) => isoDay(r.date) === iso);
  if (!session) throw new Error(`${OHLC}: no session for ${iso}`);
  const fed = sources.fed.find((r) => isoDay(r.decision_date) === iso);
  if (!fed) throw new Error(`${FED}: no decision on ${iso}`);
  const caps = sources.scale.filter((r) => r.category === 'market_cap' && r.metric === 'market_cap_usd_bn' && r.as_of === MARKET_VALUES_AS_OF);
  if (caps.length !== 10) throw new Error(`${SCALE}: expected the ten largest companies as of ${MARKET_VALUES_AS_OF}, found ${caps.length}`);
  const unrounded = caps.find((r) => !r.note.includes('rounded to 0.1 tn'));
  if (unrounded) throw new Error(`${SCALE}: the note for ${unrounded.entity} as of ${MARKET_VALUES_AS_OF} no longer says "rounded to 0.1 tn", which the chart states`);
  const reporting = REPORTING.map((name) => {
    const row = caps.find((r) => r.entity === name);
    if (!row) throw new Error(`${SCALE}: no market_cap_usd_bn row for ${name} as of ${MARKET_VALUES_AS_OF}`);
    return row;
  });
  for (let i = 1; i < caps.length; i++) {
    if (caps[i]!.value > caps[i - 1]!.value) throw new Error(`${SCALE}: market values as of ${MARKET_VALUES_AS_OF} are not listed largest first (${caps[i]!.entity})`);
  }
  return { day, session, fed, caps, capsAsOf: new Date(`${MARKET_VALUES_AS_OF}T00:00:00Z`), reporting };
}

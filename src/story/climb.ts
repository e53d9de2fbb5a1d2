/** The rows the climb chart draws, cut from the S&P 500 data sets to the story's windows. */
import { STORY_DAY } from './story-dates';
import { sp500DailyClose, type Sp500DailyClose } from '../data/sp500-daily-close';
import { sp500DailyOhlc, type Sp500DailyOhlc } from '../data/sp500-daily-ohlc';
import { sp500Milestones, type Sp500Milestone } from '../data/sp500-milestones';
import { sp500Monthly, type Sp500Monthly } from '../data/sp500-monthly';

export interface ClimbData {
  /** Monthly averages from 1871 to the story's month. */
  monthly: Sp500Monthly[];
  /** Daily closes from the first close above 6,000 to the story's day. */
  daily: Sp500DailyClose[];
  /** The session before and the session of the story's day. */
  sessions: Sp500DailyOhlc[];
  milestones: Sp500Milestone[];
  /** The story's day. */
  day: Date;
}

/** Cuts the data sets; throws if a row the story depends on is missing. */
export function climbData(
  sources = { monthly: sp500Monthly, daily: sp500DailyClose, ohlc: sp500DailyOhlc, milestones: sp500Milestones },
  day = STORY_DAY,
): ClimbData {
  const t = day.getTime();
  const sixThousand = sources.milestones.find((m) => m.level === 6000);
  if (!sixThousand) throw new Error('content/data/sp500_milestones.csv: no row for level 6000, which the climb chart starts from');
  const from = sixThousand.first_close_at_or_above_date.getTime();
  const monthStart = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const sessionIndex = sources.ohlc.findIndex((r) => r.date.getTime() === t);
  if (sessionIndex < 1) throw new Error(`content/data/sp500_daily_ohlc_yahoo.csv: no session for ${day.toISOString().slice(0, 10)} with one before it`);
  return {
    monthly: sources.monthly.filter((r) => r.date.getTime() <= monthStart),
    daily: sources.daily.filter((r) => r.date.getTime() >= from && r.date.getTime() <= t),
    sessions: sources.ohlc.slice(sessionIndex - 1, sessionIndex + 1),
    milestones: sources.milestones,
    day,
  };
}

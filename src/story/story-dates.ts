/** The dates the story is told from, defined once: the day itself, ASML's quarter, and the day of the market-value table. */

/** Wednesday 28 January 2026: the S&P 500's first trade above 7,000, the FOMC's decision, the results after the bell. */
export const STORY_DAY = new Date('2026-01-28T00:00:00Z');

/** ASML's quarter reported that week, as the data writes it. */
export const STORY_QUARTER = '2025Q4';

/** The day of the market-value table the story quotes (MarketWise, "Data as of January 15, 2026"), as the data writes it. */
export const MARKET_VALUES_AS_OF = '2026-01-15';

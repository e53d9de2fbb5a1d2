/** The named states of the indices chart, in story order. */
export const indicesStates = ['year', 'dow-lags', 'ytd'] as const;
export type IndicesState = (typeof indicesStates)[number];

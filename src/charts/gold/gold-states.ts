/** The named states of the gold chart, in story order. */
export const goldStates = ['daily', 'records', 'long-view'] as const;
export type GoldState = (typeof goldStates)[number];

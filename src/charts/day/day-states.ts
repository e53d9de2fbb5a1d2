/** The named states of the day chart, in story order. */
export const dayStates = ['day', 'top-ten', 'reporting'] as const;
export type DayState = (typeof dayStates)[number];

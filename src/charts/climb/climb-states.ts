/** The named states of the climb chart, in story order. */
export const climbStates = ['long-view', 'milestones', 'from-6000', 'jan28'] as const;
export type ClimbState = (typeof climbStates)[number];

/** The named states of the fed chart, in story order. */
export const fedStates = ['zero-years', 'hikes', 'cuts', 'hold'] as const;
export type FedState = (typeof fedStates)[number];

/** The named states of the orders chart, in story order. */
export const ordersStates = ['history', 'consensus', 'beat', 'euv'] as const;
export type OrdersState = (typeof ordersStates)[number];

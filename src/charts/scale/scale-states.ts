/** The named states of the scale chart, in story order. */
export const scaleStates = ['records', 'ipos', 'valuation', 'companies'] as const;
export type ScaleState = (typeof scaleStates)[number];

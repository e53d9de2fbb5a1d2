/** The shape of a cross-field rule: a named function over one parsed line (and the lines before it) that says what is wrong, or nothing. */

/** One data line of a file: its typed row, its cells as written and its line number (the header is line 1). */
export interface ParsedLine<R> {
  row: R;
  cells: { readonly [K in keyof R]: string };
  line: number;
}

/** What a broken rule reports: both values as written (`found`) and the rule in words (`expected`). */
export interface Problem {
  found: string;
  expected: string;
}

/**
 * A rule over a line and the lines above it (in file order). Declare each as a named function beside
 * its data set's schema: the function's name identifies the rule in errors and tests.
 */
export type RowCheck<R> = (current: ParsedLine<R>, earlier: readonly ParsedLine<R>[]) => Problem | undefined;

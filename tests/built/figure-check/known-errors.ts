// TEMPORARY: figures in the current text that the check finds unsourced or wrong, awaiting the editorial fixes (issue 12, item 1).
// Each still shows in the report as a known error; an entry that no longer matches a failing figure fails the test, so the lead
// empties this list as the fixes land.

export interface KnownError {
  /** Page path under dist/ ('*' for every page that shows the text, such as the article and the chapter page). */
  page: string;
  /** The figure as shown. */
  figure: string;
  /** Words around it that identify the place. */
  context: RegExp;
  why: string;
}

export const KNOWN_ERRORS: KnownError[] = [
  {
    page: 'index.html',
    figure: '1957',
    context: /before 1957 a reconstruction of the index’s forerunners/,
    why: 'the notes date the index’s forerunners to "before 1957" (src/site/notes/data-sets.ts), but no data file and no SOURCES.md note gives 1957 (sp500_monthly.csv marks its rows only as "shiller" to 2023-06); still so after the editorial pass; cite a source in SOURCES.md or drop the year',
  },
];

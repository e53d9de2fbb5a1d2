/** Errors for bad data files: each names the file and line, then a bad cell (CellError) or two values that disagree (RuleError). */

/** Quotes a value as JSON, spelling out invisible characters (byte-order marks, zero-width spaces) as \uXXXX. */
export const shown = (value: string): string =>
  JSON.stringify(value).replace(/\p{Cf}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** Any problem in a data file; the message starts `file:line: `. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'DataError';
  }
}

/** One cell (or the header, or a whole row) does not have the expected form. */
export class CellError extends DataError {
  constructor(
    file: string,
    line: number,
    readonly column: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super(file, line, `column "${column}": found ${shown(found)}, expected ${expected}`);
  }
}

/** A row breaks a rule between its fields (or with an earlier row): `found` names both values, `expected` the rule. */
export class RuleError extends DataError {
  constructor(
    file: string,
    line: number,
    readonly rule: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super(file, line, `${found} (expected ${expected})`);
  }
}

/** The one error type for bad data files: it names the file, line, column, the value found and what was expected. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super(`${file}:${line}: column "${column}": found ${JSON.stringify(found)}, expected ${expected}`);
    this.name = 'DataError';
  }
}

// Types for @adobe/structured-data-validator, which ships none: a Validator built from the schema.org vocabulary (JSON-LD) whose validate() takes Web Auto Extractor's output and resolves to the issues found.
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: object);
    validate(data: { jsonld?: Record<string, object[]>; microdata?: object; rdfa?: object; errors?: object[] }): Promise<{ issueMessage: string; severity: string; path?: unknown }[]>;
  }
}

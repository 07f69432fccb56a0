/** A file a format reader cannot read, said for a person: `rule` names the check. */
export class FormatProblem extends Error {
  constructor(
    message: string,
    readonly rule: string,
  ) {
    super(message);
    this.name = 'FormatProblem';
  }
}

/** What a format reader gives: the text's lines, and for paged formats each line's page. */
export interface FormatText {
  lines: string[];
  /** 1-based page of each line (`pages[n - 1]` for line n); absent for formats without pages. */
  pages?: number[];
}

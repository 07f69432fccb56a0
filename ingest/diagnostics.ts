/**
 * Messages about input the pipeline could not read cleanly, each with its place in the
 * source, printed like a linter: `file:line severity: text (rule)`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  /** 1-based line, or 0 when the message concerns the whole file. */
  line: number;
  severity: Severity;
  message: string;
  /** Short stable name of the check that produced it, e.g. `table-shape`. */
  rule: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${place} ${d.severity}: ${d.message} (${d.rule})`;
}

/** An error that stops one stage for one input, carrying the diagnostic that explains it. */
export class IngestError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'IngestError';
  }
}

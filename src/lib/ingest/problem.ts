// A problem found while reading one input file: a value the loader collects, never an exception.

export type Severity = 'warning' | 'error';

export interface Problem {
  /** Path of the input file, relative to the content folder. */
  file: string;
  /** 1-based line number in the file, when the problem belongs to one line. */
  line?: number;
  severity: Severity;
  /** Stable machine-readable kind, e.g. `no-date`. */
  code: string;
  /** A sentence a maintainer understands. */
  message: string;
}

/** A problem before it is tied to a file: parsers return these, the folder ingest adds the file. */
export type LocalProblem = Omit<Problem, 'file'>;

export const hasErrors = (problems: readonly { severity: Severity }[]): boolean =>
  problems.some((problem) => problem.severity === 'error');

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.severity}: ${problem.message} [${problem.code}]`;
}

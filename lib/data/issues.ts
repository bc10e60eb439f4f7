/**
 * Problems found in `geodata/`. Validation collects every problem instead of stopping at the first,
 * so an author fixing the data sees the whole list in one `npm run check:data`.
 */

/** One problem: the file it is in, the feature when there is one, and what is wrong. */
export interface DataIssue {
  /** Path of the offending file, relative to the working directory (e.g. `geodata/layers/events.json`). */
  file: string;
  featureId?: string;
  problem: string;
}

/**
 * Renders an issue as one line, the form `check:data` prints and `DataError` carries.
 * @example formatIssue({ file: 'geodata/layers/events.json', featureId: 'ev-foo', problem: 'quote not found …' })
 * // 'geodata/layers/events.json: feature ev-foo: quote not found …'
 */
export function formatIssue(issue: DataIssue): string {
  const feature = issue.featureId === undefined ? '' : `feature ${issue.featureId}: `;
  return `${issue.file}: ${feature}${issue.problem}`;
}

/**
 * Collects issues while the loader walks the data; one instance per load.
 *
 * A file that cannot be read at all (missing, not UTF-8, not JSON) takes its features and
 * citations with it, so every check that needs them reports a consequence rather than a cause
 * ("source X is never cited", "related id Y is not a feature" …). Once any file is unreadable the
 * list holds only the read failures: fix those first, then the rest of the checks run again.
 */
export class IssueList {
  private readonly all: DataIssue[] = [];
  private readonly unreadable: DataIssue[] = [];

  add(file: string, problem: string, featureId?: string): void {
    this.all.push(featureId === undefined ? { file, problem } : { file, featureId, problem });
  }

  /** A file that could not be read or parsed; see the class comment. */
  addUnreadable(file: string, problem: string): void {
    const issue = { file, problem };
    this.all.push(issue);
    this.unreadable.push(issue);
  }

  /** The issues to report: every one, or only the read failures when there are any. */
  get items(): DataIssue[] {
    return this.unreadable.length > 0 ? [...this.unreadable] : [...this.all];
  }

  get count(): number {
    return this.all.length;
  }
}

/**
 * Thrown by `getAtlas()` when the stored data is invalid. It has a code and an HTTP status like the
 * app's other errors, so a route can render it the same way (`{code, description}`): 503, since
 * the server is up but has no data it may serve until the files are fixed and reloaded.
 */
export class DataError extends Error {
  readonly code = 'DataUnavailable';
  readonly status = 503;
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super([`geodata is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}

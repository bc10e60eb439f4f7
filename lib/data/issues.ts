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

/** Collects issues while the loader walks the data; one instance per load. */
export class IssueList {
  readonly items: DataIssue[] = [];

  add(file: string, problem: string, featureId?: string): void {
    this.items.push(featureId === undefined ? { file, problem } : { file, featureId, problem });
  }

  get count(): number {
    return this.items.length;
  }
}

/**
 * Thrown by `getAtlas()` when the stored data is invalid. It has a code and an HTTP status like the
 * app's other errors, so a route can render it the same way (`{code, description}`); the data is
 * broken on the server side, hence 500.
 */
export class DataError extends Error {
  readonly code = 'invalid_geodata';
  readonly status = 500;
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super([`geodata is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}

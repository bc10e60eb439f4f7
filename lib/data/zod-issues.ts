/**
 * Turns zod's issues into one-line problems that name the path inside the feature, e.g.
 * `properties.citations: Too small: expected array to have >=1 items`, so an author can find the
 * field without reading a stack of nested union errors.
 */
import type { z } from 'zod';

type ZodIssue = z.core.$ZodIssue;

/**
 * One problem string per zod issue, prefixed with its path. For a union that matched no option,
 * the option that came closest (fewest issues) stands in for the whole union.
 */
export function describeZodIssues(issues: readonly ZodIssue[], basePath: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const at = [...basePath, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return describeZodIssues(closest, at);
    }
    const where = at.length === 0 ? '' : `${at.map(String).join('.')}: `;
    return [`${where}${issue.message}`];
  });
}

/**
 * The data check's problems, placed next to the editor's fields. The editor validates a draft by
 * running the very loader `npm run check:data` runs (on the files as they would be written), so its
 * rules are the data's rules; this module only says which field each problem belongs to.
 */
import type { DataIssue } from '@/lib/data/issues';

/** A problem and the field it belongs to: a path into the authored feature or source (`date.phrase`, `citations.1`), or '' for the whole. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The authored paths a zod path names, without the `properties.` level the form does not show. */
function fieldOfPath(path: string): string {
  const p = path.replace(/^properties\./, '');
  if (p.startsWith('geometry')) return 'geometry';
  return p;
}

/**
 * The field a problem of the draft feature belongs to. `exacts` are the draft's quotes, in order,
 * to place a quote problem ("quote not found in …: \"…\"") on its citation.
 */
export function fieldOf(problem: string, exacts: readonly string[] = []): FieldProblem {
  const zod = /^([\w.]+): (.*)$/s.exec(problem);
  if (zod && /^(properties|geometry|id|type)\b/.test(zod[1]!)) return { field: fieldOfPath(zod[1]!), message: zod[2]! };
  const own = /^((?:citations|altNames)\.\d+(?:\.\w+)?|name|description|location\.note|date\.\w+|width\.note|membersAsOf\.\w+) (.*)$/s.exec(problem);
  if (own) return { field: own[1]!, message: own[2]! };
  if (problem.startsWith('date phrase ')) return { field: 'date.phrase', message: problem };
  if (problem.startsWith('end phrase ')) return { field: 'date.endPhrase', message: problem };
  const quote = /^quote .*: "(.*?)(…)?"$/s.exec(problem);
  if (quote) {
    const shown = quote[1]!;
    const i = exacts.findIndex((e) => (quote[2] ? e.startsWith(shown) : e === shown));
    if (i >= 0) return { field: `citations.${i}`, message: problem };
    return { field: 'citations', message: problem };
  }
  if (problem.startsWith('cites unknown source') || problem.startsWith('cites the passage at ')) return { field: 'citations', message: problem };
  if (/geometry|coordinates|ring|line|polygon|point/i.test(problem.split(':')[0] ?? '')) return { field: 'geometry', message: problem };
  return { field: '', message: problem };
}

/**
 * The problems a check found, by field: those of the feature `id` (the draft) placed on its fields,
 * and any other issue the change causes in the data as a whole, shown for the whole draft with its
 * file and feature.
 */
export function draftProblems(issues: readonly DataIssue[], id: string | null, exacts: readonly string[] = []): FieldProblem[] {
  return issues.map((issue) => {
    if (id !== null && issue.featureId === id) return fieldOf(issue.problem, exacts);
    const where = issue.featureId === undefined ? issue.file : `${issue.file}, feature ${issue.featureId}`;
    return { field: '', message: `${where}: ${issue.problem}` };
  });
}

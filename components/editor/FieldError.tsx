import { humanise } from '@/lib/edit/draft';
import type { FieldProblem } from '@/lib/edit/problems';

/** The problems of one field, next to it. */
export default function FieldError({ problems, id }: { problems: readonly FieldProblem[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    // No live role: the check reruns as the editor types; the form's status line announces the count.
    <span className="field-error" data-testid="field-error" {...(id ? { id } : {})}>
      {[...new Set(problems.map((p) => humanise(p.message)))].join('; ')}
    </span>
  );
}

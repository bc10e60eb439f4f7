/** The browser side of the editor's routes: JSON in, `{code, description, problems}` out. */
import type { FieldProblem } from '@/lib/edit/problems';

export type EditAnswer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; description: string; problems: FieldProblem[]; body: Record<string, unknown> };

export async function postEdit<T>(path: string, body: unknown): Promise<EditAnswer<T>> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    return { ok: false, status: 0, code: 'NetworkError', description: 'The server did not answer; nothing was saved. Your draft is kept: try again.', problems: [], body: {} };
  }
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, status: res.status, data: data as T };
  return {
    ok: false,
    status: res.status,
    code: String(data.code ?? 'Error'),
    description: String(data.description ?? `The server answered ${res.status}.`),
    problems: Array.isArray(data.problems) ? (data.problems as FieldProblem[]) : [],
    body: data,
  };
}

/** The problems of `field` and of the fields under it. */
export function problemsAt(problems: readonly FieldProblem[], field: string, exact = false): FieldProblem[] {
  return problems.filter((p) => p.field === field || (!exact && p.field.startsWith(`${field}.`)));
}

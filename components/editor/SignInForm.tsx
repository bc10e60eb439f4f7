'use client';
import { useState } from 'react';
import { postEdit, problemsAt } from '@/lib/client/edit-api';
import type { FieldProblem } from '@/lib/edit/problems';
import FieldError from './FieldError';

/** Name and editor secret; the server answers with an HTTP-only cookie. */
export default function SignInForm() {
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="editor-form"
      data-testid="sign-in"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await postEdit<{ editor: string }>('/api/edit/session', { name, secret });
        if (r.ok) window.location.reload();
        else {
          setProblems(r.problems);
          setMessage(r.problems.length > 0 ? null : r.description);
        }
      }}
    >
      <label>
        Your name <span className="tag">(recorded with every save)</span>
        <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
        <FieldError problems={problemsAt(problems, 'name')} />
      </label>
      <label>
        Editor secret
        <input name="secret" type="password" autoComplete="current-password" value={secret} onChange={(e) => setSecret(e.target.value)} required />
        <FieldError problems={problemsAt(problems, 'secret')} />
      </label>
      {message && <p role="alert" className="field-error">{message}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}

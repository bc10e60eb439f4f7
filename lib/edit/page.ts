/** Who is editing, for the editor's pages (server components). */
import { cookies } from 'next/headers';
import { editorSecret, SESSION_COOKIE, sessionEditor } from './session';

export interface PageSession {
  /** `ATLAS_EDITOR_SECRET` is set. */
  enabled: boolean;
  /** The signed-in editor, or null. */
  editor: string | null;
}

export async function pageSession(): Promise<PageSession> {
  const secret = editorSecret();
  if (secret === null) return { enabled: false, editor: null };
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return { enabled: true, editor: sessionEditor(secret, token) };
}

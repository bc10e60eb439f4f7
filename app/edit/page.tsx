import type { Metadata } from 'next';
import Link from 'next/link';
import PageHeader from '@/components/header/PageHeader';
import EditingOff from '@/components/editor/EditingOff';
import ReviewButton from '@/components/editor/ReviewButton';
import SignInForm from '@/components/editor/SignInForm';
import SignOutButton from '@/components/editor/SignOutButton';
import { getAtlas } from '@/lib/data';
import { pageSession } from '@/lib/edit/page';
import { editorState } from '@/lib/edit/state';
import { defaultStore, readChanges } from '@/lib/edit/store';
import { mapPath } from '@/lib/url/links';

export const metadata: Metadata = { title: 'Editor — Caucasus Security Atlas', robots: { index: false } };

/** The editor's home: sign in; then add a source, open one to cite from it, review drafts, see the change log. */
export default async function EditorHome() {
  const session = await pageSession();
  if (!session.enabled) return <EditingOff />;
  if (session.editor === null) {
    return (
      <>
        <PageHeader />
        <main className="reader editor">
          <h1>Editor</h1>
          <p>Sign in to add articles and map their claims. Every save is recorded with your name.</p>
          <SignInForm />
        </main>
      </>
    );
  }
  const atlas = getAtlas();
  const state = editorState(atlas, readChanges(defaultStore()), session.editor);
  return (
    <>
      <PageHeader />
      <main className="reader editor" data-testid="editor-home">
        <div className="editor-bar">
          <h1>Editor</h1>
          <span>
            Signed in as <strong data-testid="editor-name">{session.editor}</strong> <SignOutButton />
          </span>
        </div>
        <p>
          <Link href="/edit/sources/new" className="button" data-testid="add-source">
            Add a source
          </Link>{' '}
          Paste an article, then select passages in it to cite them for new or existing features.
        </p>
        <h2>Sources</h2>
        <ul className="feature-links" data-testid="editor-sources">
          {state.sources.map((s) => (
            <li key={s.id}>
              <Link href={`/edit/sources/${s.id}`}>{s.title}</Link>{' '}
              <span className="tag">
                {s.citations === 0 ? 'no citations yet' : `${s.citations} citation${s.citations === 1 ? '' : 's'}`}
                {s.added ? `, added by ${s.added.by}` : ''}
              </span>
            </li>
          ))}
        </ul>
        <h2>Drafts to review</h2>
        {state.drafts.length === 0 ? (
          <p>No drafts: every feature has been reviewed.</p>
        ) : (
          <ul className="feature-links" data-testid="editor-drafts">
            {state.drafts.map((d) => (
              <li key={d.id} data-testid="editor-draft">
                <a href={mapPath(d.id)}>{d.name}</a> <span className="tag">({d.layer}, by {d.createdBy})</span>{' '}
                {d.source && (
                  <>
                    <Link href={`/edit/sources/${d.source}?feature=${encodeURIComponent(d.id)}`} data-testid="edit-draft">
                      Edit
                    </Link>{' '}
                  </>
                )}
                {d.mine ? <span className="tag">made by you: a second editor reviews it</span> : <ReviewButton featureId={d.id} baseVersion={state.version} />}
              </li>
            ))}
          </ul>
        )}
        <h2>Recent changes</h2>
        {state.changes.length === 0 ? (
          <p>Nothing has been saved in the editor yet.</p>
        ) : (
          <ol className="editor-changes" data-testid="editor-changes">
            {state.changes.map((c) => (
              <li key={`${c.at}-${c.to}`}>
                <time dateTime={c.at}>{c.at.replace('T', ' ').slice(0, 16)} UTC</time> {c.by}: {c.summary}
              </li>
            ))}
          </ol>
        )}
        <p className="tag">
          Saves go into <code>geodata/</code> and are logged in <code>geodata/changes.jsonl</code>; data version{' '}
          <code data-testid="data-version">{state.version}</code>.
        </p>
      </main>
    </>
  );
}

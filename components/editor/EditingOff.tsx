import PageHeader from '@/components/header/PageHeader';

/** What the editor's pages say when the operator has not turned editing on. */
export default function EditingOff() {
  return (
    <>
      <PageHeader />
      <main className="reader editor" data-testid="editing-off">
        <h1>Editing is off</h1>
        <p>
          This atlas is served read-only. Whoever runs the server turns editing on by setting an editor secret of at least 16
          characters before starting it, for example <code>ATLAS_EDITOR_SECRET=… npm start</code>; editors then sign in here
          with their name and that secret.
        </p>
      </main>
    </>
  );
}

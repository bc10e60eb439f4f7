import type { Metadata } from 'next';
import Link from 'next/link';
import PageHeader from '@/components/header/PageHeader';
import EditingOff from '@/components/editor/EditingOff';
import SourceForm from '@/components/editor/SourceForm';
import { getAtlas } from '@/lib/data';
import { pageSession } from '@/lib/edit/page';

export const metadata: Metadata = { title: 'Add a source — Caucasus Security Atlas', robots: { index: false } };

export default async function NewSourcePage() {
  const session = await pageSession();
  if (!session.enabled) return <EditingOff />;
  return (
    <>
      <PageHeader />
      <main className="reader editor">
        <p>
          <Link href="/edit">← Editor</Link>
        </p>
        <h1>Add a source</h1>
        {session.editor === null ? (
          <p>
            <Link href="/edit">Sign in</Link> first.
          </p>
        ) : (
          <SourceForm baseVersion={getAtlas().version} />
        )}
      </main>
    </>
  );
}

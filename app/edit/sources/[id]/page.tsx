import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import PageHeader from '@/components/header/PageHeader';
import EditingOff from '@/components/editor/EditingOff';
import SourceEditor from '@/components/editor/SourceEditor';
import { getAtlas, getPlaces, getSource } from '@/lib/data';
import type { Geometry } from 'geojson';
import { draftOf } from '@/lib/edit/draft';
import { pageSession } from '@/lib/edit/page';
import { defaultStore, readDataFile } from '@/lib/edit/store';
import { featureEntries, townEntries } from '@/lib/edit/place-suggest';
import { LAYERS } from '@/lib/layers';
import { citedPassages } from '@/lib/ogc/sources';
import { readerPath } from '@/lib/url/links';

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Cite from a source — Caucasus Security Atlas', robots: { index: false } };

/** The reader in editing mode: select a passage to cite it for a new feature or an existing one. */
export default async function EditSourcePage({ params, searchParams }: Params) {
  const session = await pageSession();
  if (!session.enabled) return <EditingOff />;
  const source = getSource((await params).id);
  if (!source) notFound();
  if (session.editor === null) {
    return (
      <>
        <PageHeader />
        <main className="reader editor">
          <p>
            <Link href="/edit">Sign in</Link> to cite from this source.
          </p>
        </main>
      </>
    );
  }
  const atlas = getAtlas();
  const passages = citedPassages(source, atlas.features.values(), '').map((p) => ({
    start: p.start,
    end: p.end,
    features: p.features.map((f) => f.name),
  }));
  const features = [...atlas.features.values()].map((f) => ({ id: f.id, name: f.properties.name, layer: f.properties.layer }));
  const layers = LAYERS.map((l) => ({ id: l.id, title: l.title, kinds: [...l.kinds], geometry: l.geometry }));
  const gazetteer = [...townEntries(getPlaces()), ...featureEntries(atlas.features.values())];
  // `?feature=<id>`: a draft to change, loaded as stored (the authored form, not the resolved one).
  const wanted = (await searchParams).feature;
  const stored = typeof wanted === 'string' ? atlas.features.get(wanted) : undefined;
  const editing =
    stored?.properties.review?.status === 'draft'
      ? (() => {
          const file = JSON.parse(readDataFile(defaultStore(), `layers/${stored.properties.layer}.json`)) as { features: { id: string; geometry: Geometry | null; properties: Record<string, unknown> }[] };
          const raw = file.features.find((f) => f.id === stored.id);
          return raw ? { id: raw.id, draft: draftOf(raw) } : undefined;
        })()
      : undefined;
  return (
    <>
      <PageHeader />
      <main className="editor editor-source">
        <p className="editor-crumbs">
          <Link href="/edit">← Editor</Link> · <Link href={readerPath(source.id)}>Open in the reader</Link> · signed in as{' '}
          <strong>{session.editor}</strong>
        </p>
        <SourceEditor
          source={{ id: source.id, title: source.title, text: source.text, published: source.published.date }}
          passages={passages}
          features={features}
          layers={layers}
          gazetteer={gazetteer}
          baseVersion={atlas.version}
          {...(editing ? { editing } : {})}
        />
      </main>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import MarginNotes from '@/components/reader/MarginNotes';
import ReaderFocus from '@/components/reader/ReaderFocus';
import SourceFacts from '@/components/reader/SourceFacts';
import SourceText from '@/components/reader/SourceText';
import { getAtlas, getSource } from '@/lib/data';
import { citedPassages } from '@/lib/ogc/sources';
import { mapPath } from '@/lib/url/links';

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const source = getSource((await params).id);
  return { title: source ? `${source.title} — Caucasus Security Atlas` : 'Source not found — Caucasus Security Atlas' };
}

/** The source reader: an article's metadata and full text with every cited passage highlighted. */
export default async function SourcePage({ params, searchParams }: Params) {
  const source = getSource((await params).id);
  if (!source) notFound();
  const feature = (await searchParams).feature;
  const currentFeature = typeof feature === 'string' ? feature : null;
  const passages = citedPassages(source, getAtlas().features.values(), '');

  return (
    <>
      <header className="atlas-header">
        <Link href={mapPath(currentFeature)} data-testid="back-to-map">
          ← Back to the map
        </Link>
        <p>Source reader</p>
      </header>
      <main className="reader">
        <article>
          <header className="reader-meta">
            <h1>
              {source.title}
              {source.titleBasis === 'editorial' && <span className="tag"> (editorial title: none printed)</span>}
            </h1>
            <SourceFacts source={source}>
              <dt>Cited passages</dt>
              <dd>{passages.length} highlighted below; each label links to the feature on the map.</dd>
            </SourceFacts>
          </header>
          <SourceText sourceId={source.id} source={source} text={source.text} passages={passages} currentFeature={currentFeature} />
        </article>
        <ReaderFocus />
        <MarginNotes />
      </main>
    </>
  );
}

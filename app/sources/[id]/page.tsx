import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import MarginNotes from '@/components/reader/MarginNotes';
import ReaderFocus from '@/components/reader/ReaderFocus';
import SourceText from '@/components/reader/SourceText';
import { getAtlas, getSource } from '@/lib/data';
import { formatPartialDate, publicationBasis } from '@/lib/format/date';
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
  const p = source.published;

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
            <dl className="facts">
              <dt>Outlet</dt>
              <dd>
                {source.outlet ?? 'Not named'} <span className="muted">— {source.outletBasis}</span>
              </dd>
              <dt>Author</dt>
              <dd>
                {source.author ?? 'Not named'}
                {source.authorNote && <span className="muted"> — {source.authorNote}</span>}
              </dd>
              <dt>Published</dt>
              <dd data-testid="published">
                {p.basis === 'inferred' ? 'about ' : ''}
                {formatPartialDate(p.date)}
                {p.earliest && p.latest && ` (between ${formatPartialDate(p.earliest)} and ${formatPartialDate(p.latest)})`}
                <span className="muted">
                  {' '}
                  — {publicationBasis(p.basis, p.note)}
                </span>
              </dd>
              <dt>Vantage point</dt>
              <dd>{source.vantage}</dd>
              <dt>Cited passages</dt>
              <dd>{passages.length} highlighted below; each label links to the feature on the map.</dd>
            </dl>
          </header>
          <SourceText sourceId={source.id} source={source} text={source.text} passages={passages} currentFeature={currentFeature} />
        </article>
        <ReaderFocus />
        <MarginNotes />
      </main>
    </>
  );
}

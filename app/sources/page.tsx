import type { Metadata } from 'next';
import Link from 'next/link';
import PageHeader from '@/components/header/PageHeader';
import SourceFacts from '@/components/reader/SourceFacts';
import { getAtlas } from '@/lib/data';
import { mapPath, readerPath } from '@/lib/url/links';

export const metadata: Metadata = {
  title: 'Sources — Caucasus Security Atlas',
  description: 'The articles the atlas rests on: outlet, author, date and how it is known, vantage point, and the features each supports.',
};

/** Every source: who wrote it, when and how that is known, from where it looks, and what it supports. */
export default function SourcesPage() {
  const atlas = getAtlas();
  return (
    <>
      <PageHeader />
      <main className="reader feature-index">
        <h1>Sources</h1>
        <p>
          The atlas rests on {atlas.sources.length} articles. Every feature cites passages of them word for word; open an
          article to read it whole, with every cited passage highlighted.
        </p>
        {atlas.sources.map((s) => {
          const supported = [...atlas.features.values()]
            .map((f) => ({ f, roles: new Set(f.properties.citations.filter((c) => c.source === s.id).map((c) => c.role)) }))
            .filter(({ roles }) => roles.size > 0);
          const evidence = supported.filter(({ roles }) => roles.has('evidence'));
          const context = supported.filter(({ roles }) => !roles.has('evidence'));
          return (
            <section key={s.id} className="feature-entry" data-testid="source-entry" aria-labelledby={`${s.id}-title`}>
              <h2 id={`${s.id}-title`}>
                <Link href={readerPath(s.id)}>{s.title}</Link>
                {s.titleBasis === 'editorial' && <span className="tag"> (editorial title: none printed)</span>}
              </h2>
              <SourceFacts source={s} />
              <h4>Evidence for {evidence.length} features</h4>
              <FeatureLinks items={evidence.map(({ f }) => f)} />
              {context.length > 0 && (
                <>
                  <h4>Context for {context.length} more</h4>
                  <FeatureLinks items={context.map(({ f }) => f)} />
                </>
              )}
            </section>
          );
        })}
      </main>
    </>
  );
}

function FeatureLinks({ items }: { items: { id: string; properties: { name: string } }[] }) {
  return (
    <ul className="feature-links">
      {items.map((f) => (
        <li key={f.id}>
          <a href={mapPath(f.id)}>{f.properties.name}</a>
        </li>
      ))}
    </ul>
  );
}

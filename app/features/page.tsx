import type { Metadata } from 'next';
import PageHeader from '@/components/header/PageHeader';
import CitationCard from '@/components/panel/CitationCard';
import { getAtlas } from '@/lib/data';
import type { AtlasFeature } from '@/lib/data/types';
import { dateBasis, formatDateRange, precisionLabel } from '@/lib/format/date';
import { CITATION_ROLE_LABELS, kindLabel, LOCATION_PRECISION_LABELS, STATUS_LABELS } from '@/lib/format/labels';
import { actorName } from '@/lib/geo/actors';
import { citationDocument } from '@/lib/ogc/citations';
import { mapPath } from '@/lib/url/links';

export const metadata: Metadata = {
  title: 'Every feature and its sources — Caucasus Security Atlas',
  description: 'Every feature of the atlas as text: what it is, how real, when and where as far as the sources say, and the passages it rests on.',
};

/**
 * The atlas as a plain page: every feature with its status, date, place and cited passages, by
 * layer and date. It needs no JavaScript (the map page's `<noscript>` links here), prints, and
 * is read by screen readers and search engines as text.
 */
export default function FeaturesPage() {
  const atlas = getAtlas();
  const byLayer = atlas.layerIds.map((id) => ({
    layer: atlas.layers[id],
    features: atlas.layers[id].collection.features.toSorted((a, b) => a.properties.date.start.localeCompare(b.properties.date.start)),
  }));
  const total = byLayer.reduce((n, l) => n + l.features.length, 0);

  return (
    <>
      <PageHeader />
      <main className="reader feature-index">
        <h1>Every feature and its sources</h1>
        <p>
          The {total} features of the atlas, by layer and date, each with the passages it rests on. Each quote links to its
          place in the source.
        </p>
        <nav aria-label="Layers">
          <ul>
            {byLayer.map(({ layer, features }) => (
              <li key={layer.id}>
                <a href={`#${layer.id}`}>{layer.title}</a> ({features.length})
              </li>
            ))}
          </ul>
        </nav>
        {byLayer.map(({ layer, features }) => (
          <section key={layer.id} id={layer.id} aria-labelledby={`${layer.id}-title`}>
            <h2 id={`${layer.id}-title`}>{layer.title}</h2>
            {features.map((f) => (
              <FeatureEntry key={f.id} feature={f} />
            ))}
          </section>
        ))}
      </main>
    </>
  );
}

function FeatureEntry({ feature: f }: { feature: AtlasFeature }) {
  const atlas = getAtlas();
  const p = f.properties;
  const status = STATUS_LABELS[p.status];
  return (
    <article id={f.id} className="feature-entry" data-testid="feature-entry">
      <h3>
        {p.name}
        {p.review?.status === 'draft' && <span className="draft-badge">Draft, not yet reviewed</span>}
      </h3>
      <p className="panel-kind">
        {kindLabel(p.kind)} · <strong>{status.label}</strong> — {status.explain}
      </p>
      {p.altNames.length > 0 && (
        <p className="alt-names">Also: {p.altNames.map((a) => `${a.name} (${a.usage})`).join(' / ')}</p>
      )}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatDateRange(p.date)}{' '}
          <span className="muted">
            — {precisionLabel(p.date.precision)}; {dateBasis(p.date)}
          </span>
        </dd>
        <dt>Actors</dt>
        <dd>{p.actors.map(actorName).join(', ')}</dd>
        {p.members && (
          <>
            <dt>Members</dt>
            <dd>{p.members.map(actorName).join(', ')}</dd>
          </>
        )}
        <dt>Location</dt>
        <dd>
          {LOCATION_PRECISION_LABELS[p.location.precision]} <span className="muted">— {p.location.note}</span>
        </dd>
      </dl>
      <p className="description">{p.description}</p>
      {(['evidence', 'context'] as const).map((role) => {
        const cited = p.citations.filter((c) => c.role === role);
        if (cited.length === 0) return null;
        return (
          <section key={role}>
            <h4>{CITATION_ROLE_LABELS[role].heading}</h4>
            <ul className="citations">
              {cited.map((c) => {
                const source = atlas.sourceIndex.get(c.source);
                return source ? <CitationCard key={`${c.source}-${c.start}`} citation={citationDocument(c, f.id, source, '')} /> : null;
              })}
            </ul>
          </section>
        );
      })}
      <p>
        <a href={mapPath(f.id)}>Show on the map</a>
      </p>
    </article>
  );
}

'use client';

import { useEffect, useRef } from 'react';
import { useFeatureDetail } from '@/lib/client/use-atlas-data';
import { COVERS_MAP } from '@/lib/client/use-camera';
import type { LayerId } from '@/lib/data/types';
import type { SpatialFact } from '@/lib/data/types';
import { DATE_BASIS_TAGS, dateBasis, formatDateRange, formatPartialDate, precisionLabel } from '@/lib/format/date';
import { CITATION_ROLE_LABELS, kindLabel, LOCATION_PRECISION_LABELS, STATUS_LABELS } from '@/lib/format/labels';
import { actorName } from '@/lib/geo/actors';
import CitationCard from './CitationCard';
import FeatureNames from './FeatureNames';

interface Props {
  /** Undefined until the feature's layer is known (its panel then says it is loading). */
  layer: LayerId | undefined;
  id: string;
  /** A feature's name by id, for the related features. */
  nameOf: (id: string) => string;
  onClose: () => void;
  onSelect: (id: string) => void;
  /** Why the feature is not drawn on the map now (layer off, alliance hidden, outside the time range). */
  hiddenBecause?: string | null;
  /** Turns on what hides it. */
  onShow?: () => void;
}

/** The side panel: everything the atlas knows about one feature, and the words it rests on. */
export default function FeaturePanel({ layer, id, nameOf, onClose, onSelect, hiddenBecause, onShow }: Props) {
  const { data, error, isLoading, retry } = useFeatureDetail(layer, id);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    if (data) heading.current?.focus();
  }, [data]);

  return (
    <aside className="feature-panel" aria-label="Feature details" data-testid="feature-panel" {...{ [COVERS_MAP]: '' }}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      {(isLoading || !layer) && !error && <p className="panel-status">Loading…</p>}
      {error && (
        <p className="panel-status panel-error" role="alert">
          Could not load this feature: {error.description}.{' '}
          <button type="button" className="link-button" onClick={retry}>
            Retry
          </button>
        </p>
      )}
      {data && (
        <article>
          <p className="panel-kind">
            {kindLabel(data.properties.kind)} · {kindLabel(data.properties.layer)}
          </p>
          <h2 ref={heading} tabIndex={-1} data-testid="feature-name">
            {data.properties.name}
          </h2>
          {data.properties.review?.status === 'draft' && (
            <p className="panel-notice" data-testid="draft-notice">
              <span className="draft-badge">Draft</span> Made or last added to in the editor by {data.properties.review.createdBy}; not yet reviewed by a second
              editor.
            </p>
          )}
          {hiddenBecause && (
            <p className="panel-notice" role="status" data-testid="hidden-notice">
              Not drawn on the map now: {hiddenBecause}.{' '}
              {onShow && (
                <button type="button" className="link-button" onClick={onShow}>
                  Show it
                </button>
              )}
            </p>
          )}
          <p className={`status-badge status-${data.properties.status}`} data-testid="feature-status">
            <strong>{STATUS_LABELS[data.properties.status]?.label}</strong> —{' '}
            {STATUS_LABELS[data.properties.status]?.explain}
          </p>
          <FeatureNames altNames={data.properties.altNames} />
          <dl className="facts">
            <dt>Date</dt>
            <dd data-testid="feature-date">
              {formatDateRange(data.properties.date)}
              {data.properties.date.basis !== 'stated' && (
                <span className="inferred-mark" title={`Date not stated: ${DATE_BASIS_TAGS[data.properties.date.basis]}`}>
                  {' '}
                  ≈
                </span>
              )}
              <span className="date-basis" data-testid="date-basis" data-basis={data.properties.date.basis}>
                {precisionLabel(data.properties.date.precision)}; {dateBasis(data.properties.date)}
              </span>
            </dd>
            <dt>Actors</dt>
            <dd>{data.properties.actors.map(actorName).join(', ')}</dd>
            {data.properties.members && (
              <>
                <dt>Members</dt>
                <dd>
                  {data.properties.members.map(actorName).join(', ')}
                  {data.properties.membersAsOf && (
                    <span className="muted" data-testid="members-as-of">
                      {' '}
                      (as of {formatPartialDate(data.properties.membersAsOf.date)}; {dateBasis(data.properties.membersAsOf)})
                    </span>
                  )}
                </dd>
              </>
            )}
            <dt>Location</dt>
            <dd>
              {LOCATION_PRECISION_LABELS[data.properties.location.precision]}
              <span className="muted"> — {data.properties.location.note}</span>
              {data.properties.derivedGeometry && <span className="muted"> {data.properties.derivedGeometry}</span>}
            </dd>
            {data.properties.spatialFacts.map((f) => (
              <FactRow key={f.to} fact={f} name={nameOf(f.to)} />
            ))}
          </dl>
          <p className="description">{data.properties.description}</p>
          {data.properties.related.length > 0 && (
            <section>
              <h3>Related</h3>
              <ul className="related">
                {data.properties.related.map((r) => (
                  <li key={r}>
                    <button type="button" className="link-button" onClick={() => onSelect(r)}>
                      {nameOf(r)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(['evidence', 'context'] as const).map((role) => {
            const cited = data.properties.citations.filter((c) => c.role === role);
            if (cited.length === 0) return null;
            return (
              <section key={role} data-testid={`citations-${role}`}>
                <h3>
                  {CITATION_ROLE_LABELS[role].heading} ({cited.length} {cited.length === 1 ? 'passage' : 'passages'})
                </h3>
                <p className="muted">{CITATION_ROLE_LABELS[role].explain}</p>
                <ul className="citations">
                  {cited.map((c) => (
                    <CitationCard key={`${c.source.id}-${c.start}`} citation={c} />
                  ))}
                </ul>
              </section>
            );
          })}
        </article>
      )}
    </aside>
  );
}

function FactRow({ fact, name }: { fact: SpatialFact; name: string }) {
  const km = fact.computedMeters >= 1000 ? `${(fact.computedMeters / 1000).toFixed(1)} km` : `${Math.round(fact.computedMeters)} m`;
  const to = fact.measure === 'strip-edge' ? `the edge of ${name}` : name;
  return (
    <>
      <dt>{fact.use === 'placement' ? 'Placed by the text' : `Distance to ${name}`}</dt>
      <dd data-testid="spatial-fact" data-use={fact.use}>
        {fact.use === 'placement'
          ? `Placed to match the text’s “${fact.stated}” from ${to} (${km} as mapped). A placement rule, not a check: the distance is not independently verified.`
          : `${km} to ${to} as mapped; the source says “${fact.stated}”${fact.holds ? ' (consistent)' : ' (does not match the mapped geometry)'}`}
      </dd>
    </>
  );
}

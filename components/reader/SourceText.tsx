import { Fragment } from 'react';
import { segmentText } from '@/lib/text/segments';
import type { CitedSource } from '@/lib/format/citation';
import CopyPassage from './CopyPassage';
import { ATTRIBUTION_LABELS } from '@/lib/format/labels';
import { mapPath, passageKey } from '@/lib/url/links';

export interface ReaderPassage {
  start: number;
  end: number;
  quote: string;
  prefix?: string;
  suffix?: string;
  features: { id: string; name: string; layer: string; attribution?: { type: string; by: string }; draft?: boolean }[];
}

const keyOf = passageKey;

/**
 * The article's full text, exactly as stored, with every cited passage highlighted and labelled
 * with the features it supports; each label links back to the map with that feature selected.
 */
export default function SourceText({
  sourceId,
  source,
  text,
  passages,
  currentFeature,
}: {
  sourceId: string;
  /** What a copied citation names. */
  source: CitedSource;
  text: string;
  passages: ReaderPassage[];
  currentFeature: string | null;
}) {
  const byKey = new Map(passages.map((p) => [keyOf(p), p]));
  const segments = segmentText(
    text,
    passages.map((p) => ({ key: keyOf(p), start: p.start, end: p.end })),
  );

  return (
    <div className="source-text" data-testid="source-text">
      {segments.map((s, i) => {
        const anchors = s.starting.map((k) => <span key={k} id={k} className="passage-anchor" />);
        if (s.covering.length === 0) return <Fragment key={i}>{anchors}{s.text}</Fragment>;
        const covering = s.covering.map((k) => byKey.get(k)!);
        const current = currentFeature !== null && covering.some((p) => p.features.some((f) => f.id === currentFeature));
        return (
          <Fragment key={i}>
            {anchors}
            <mark
              className={`passage${current ? ' passage-current' : ''}${s.covering.length > 1 ? ' passage-overlap' : ''}`}
              data-passages={s.covering.join(' ')}
            >
              {s.text}
            </mark>
            {s.ending.map((k) => (
              <PassageLabel key={k} passage={byKey.get(k)!} sourceId={sourceId} source={source} />
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}

function PassageLabel({ passage, sourceId, source }: { passage: ReaderPassage; sourceId: string; source: CitedSource }) {
  return (
    <span className="passage-label" data-testid="passage-label" data-passage={keyOf(passage)}>
      {passage.features.map((f) => (
        <a key={f.id} href={mapPath(f.id)} title={`Show “${f.name}” on the map`}>
          {f.name}
          {f.draft && <span className="draft-badge">draft</span>}
          {f.attribution && (
            <span className="passage-attribution">
              {' '}
              ({ATTRIBUTION_LABELS[f.attribution.type]?.toLowerCase()} {f.attribution.by})
            </span>
          )}
        </a>
      ))}
      <CopyPassage sourceId={sourceId} source={source} passage={passage} quote={passage.quote} />
    </span>
  );
}

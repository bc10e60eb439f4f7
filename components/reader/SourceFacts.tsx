import type { ReactNode } from 'react';
import type { SourceMeta } from '@/lib/data/types';
import { formatPartialDate, publicationBasis } from '@/lib/format/date';

/**
 * What a reader needs to weigh an article: outlet, author, publication date and how it is known,
 * vantage point; `children` add rows (the reader adds its cited passages). Used by the reader and
 * the sources page, so both say it the same way.
 */
export default function SourceFacts({ source, children }: { source: SourceMeta; children?: ReactNode }) {
  const p = source.published;
  return (
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
        <span className="muted"> — {publicationBasis(p.basis, p.note)}</span>
      </dd>
      <dt>Vantage point</dt>
      <dd>{source.vantage}</dd>
      {children}
    </dl>
  );
}

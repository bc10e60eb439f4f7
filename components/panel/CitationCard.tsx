import type { ItemCitation } from '@/lib/ogc/citations';
import { formatPartialDate } from '@/lib/format/date';
import { ATTRIBUTION_LABELS } from '@/lib/format/labels';

/** One cited passage: the verbatim quote, whose words they are, and where to read them in context. */
export default function CitationCard({ citation }: { citation: ItemCitation }) {
  const c = citation;
  return (
    <li className="citation" data-testid="citation">
      <blockquote className="citation-quote" cite={c.href}>
        <q>{c.quote}</q>
      </blockquote>
      {c.attribution && (
        <p className={`citation-attribution attribution-${c.attribution.type}`}>
          {ATTRIBUTION_LABELS[c.attribution.type]} {c.attribution.by}
        </p>
      )}
      {c.note && <p className="citation-note">{c.note}</p>}
      <p className="citation-source">
        <cite>
          {c.source.title}
          {c.source.titleBasis === 'editorial' && <span className="tag"> (editorial title)</span>}
        </cite>
        <br />
        {c.source.outlet ?? 'Outlet not named'} · {c.source.author ?? 'Author not named'} ·{' '}
        {formatPartialDate(c.source.published.date)}
        {c.source.published.basis === 'inferred' && (
          <span className="tag" title="Publication date inferred from the text; see the source page">
            {' '}
            (date inferred)
          </span>
        )}
      </p>
      <a className="citation-open" href={c.href} data-testid="open-in-source">
        Open in source
      </a>
    </li>
  );
}

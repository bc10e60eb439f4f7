import { byLanguage, LANGUAGE_NAMES, NAME_SOURCE_LABELS, type NameLanguage } from '@/lib/data/languages';
import type { AtlasProperties } from '@/lib/data/types';

type AltName = AtlasProperties['altNames'][number];

/**
 * A feature's other names: those in the region's own languages listed by language (Armenian,
 * Azerbaijani, Georgian, Russian, Turkish), each marked with its language for fonts and screen
 * readers and saying where it comes from; then the other names with who uses them.
 */
export default function FeatureNames({ altNames }: { altNames: readonly AltName[] }) {
  const regional = byLanguage(altNames.filter((a): a is AltName & { lang: NameLanguage } => a.lang !== undefined));
  const other = altNames.filter((a) => a.lang === undefined);
  return (
    <>
      {regional.length > 0 && (
        <dl className="regional-names" data-testid="regional-names">
          {regional.map((a) => (
            <div key={`${a.lang}:${a.name}`} className="regional-name" data-lang={a.lang}>
              <dt>{LANGUAGE_NAMES[a.lang]}</dt>
              <dd>
                <strong lang={a.lang}>{a.name}</strong>{' '}
                <span className="muted" title={a.source ? `Source: ${NAME_SOURCE_LABELS[a.source]}` : undefined}>
                  ({a.usage})
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {other.length > 0 && (
        <p className="alt-names" data-testid="alt-names">
          Also:{' '}
          {other.map((a, i) => (
            <span key={a.name}>
              {i > 0 && ' / '}
              <strong>{a.name}</strong> <span className="muted">({a.usage})</span>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

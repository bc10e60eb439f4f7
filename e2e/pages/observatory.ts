/**
 * The header rules of the MDN HTTP Observatory (its scoring as documented at
 * developer.mozilla.org/en-US/observatory/docs/tests_and_scoring), applied to one response, so the
 * grade can be checked offline. Scored: Content-Security-Policy, cookies, CORS, Referrer-Policy,
 * Strict-Transport-Security, Subresource Integrity, X-Content-Type-Options and X-Frame-Options.
 * Not scored here: the http → https redirection, which needs a TLS deployment (the proxy in front
 * does it; over plain http the Observatory scores it as not applicable).
 */

export interface Rule {
  test: string;
  result: string;
  modifier: number;
}

export interface Scan {
  score: number;
  grade: string;
  rules: Rule[];
}

const GRADES: [number, string][] = [
  [100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F'],
];

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

function csp(value: string | undefined): Rule {
  const test = 'content-security-policy';
  if (!value) return { test, result: 'csp-not-implemented', modifier: -25 };
  const d = directives(value);
  const fallback = d.get('default-src');
  const script = d.get('script-src') ?? fallback ?? [];
  const style = d.get('style-src') ?? fallback ?? [];
  // A nonce or hash (or 'strict-dynamic') makes browsers ignore 'unsafe-inline' in script-src.
  const scriptInline = script.includes("'unsafe-inline'") && !script.some((s) => /^'(nonce-|sha\d{3}-|strict-dynamic)/.test(s));
  const insecure = (list: string[]) => list.some((s) => /^(http:|ftp:|\*$)/.test(s));
  if (!fallback && !d.get('script-src')) return { test, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  if (scriptInline) return { test, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  if (insecure(script) || insecure(d.get('object-src') ?? fallback ?? [])) return { test, result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if (script.includes("'unsafe-eval'")) return { test, result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  if (['img-src', 'media-src'].some((n) => insecure(d.get(n) ?? fallback ?? []))) return { test, result: 'csp-implemented-with-insecure-scheme-in-passive-content-only', modifier: -10 };
  if (style.includes("'unsafe-inline'")) return { test, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  if (fallback?.length === 1 && fallback[0] === "'none'") return { test, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  return { test, result: 'csp-implemented-with-no-unsafe', modifier: 0 };
}

/** Scores one response's headers (lower-case names), as the Observatory would for that page. */
export function scan(headers: Record<string, string>, opts: { https: boolean; externalScripts: number }): Scan {
  const rules: Rule[] = [csp(headers['content-security-policy'])];
  rules.push(headers['set-cookie'] ? { test: 'cookies', result: 'cookies-present-check-flags-manually', modifier: 0 } : { test: 'cookies', result: 'cookies-not-found', modifier: 0 });
  const acao = headers['access-control-allow-origin'];
  rules.push({ test: 'cross-origin-resource-sharing', result: acao ? (acao === '*' ? 'cross-origin-resource-sharing-implemented-with-public-access' : 'cross-origin-resource-sharing-implemented-with-restricted-access') : 'cross-origin-resource-sharing-not-implemented', modifier: 0 });
  const referrer = headers['referrer-policy']?.split(',').at(-1)?.trim().toLowerCase();
  rules.push(
    referrer && ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrer)
      ? { test: 'referrer-policy', result: 'referrer-policy-private', modifier: 5 }
      : referrer && ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(referrer)
        ? { test: 'referrer-policy', result: 'referrer-policy-unsafe', modifier: -5 }
        : { test: 'referrer-policy', result: 'referrer-policy-not-implemented', modifier: 0 },
  );
  const hsts = /max-age=(\d+)/i.exec(headers['strict-transport-security'] ?? '');
  rules.push(
    !opts.https
      ? { test: 'strict-transport-security', result: 'hsts-not-implemented-no-https', modifier: 0 }
      : !hsts
        ? { test: 'strict-transport-security', result: 'hsts-not-implemented', modifier: -20 }
        : Number(hsts[1]) < 15_768_000
          ? { test: 'strict-transport-security', result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 }
          : { test: 'strict-transport-security', result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 },
  );
  rules.push(
    opts.externalScripts === 0
      ? { test: 'subresource-integrity', result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 }
      : { test: 'subresource-integrity', result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 },
  );
  rules.push(
    headers['x-content-type-options']?.toLowerCase() === 'nosniff'
      ? { test: 'x-content-type-options', result: 'x-content-type-options-nosniff', modifier: 0 }
      : { test: 'x-content-type-options', result: 'x-content-type-options-not-implemented', modifier: -5 },
  );
  const ancestors = directives(headers['content-security-policy'] ?? '').get('frame-ancestors');
  const xfo = headers['x-frame-options']?.toUpperCase();
  rules.push(
    ancestors
      ? { test: 'x-frame-options', result: 'x-frame-options-implemented-via-csp', modifier: 5 }
      : xfo === 'DENY' || xfo === 'SAMEORIGIN'
        ? { test: 'x-frame-options', result: 'x-frame-options-sameorigin-or-deny', modifier: 0 }
        : { test: 'x-frame-options', result: 'x-frame-options-not-implemented', modifier: -20 },
  );
  const penalties = rules.reduce((s, r) => s + Math.min(0, r.modifier), 100);
  // Bonuses count only once the base score is at least 90.
  const score = penalties >= 90 ? penalties + rules.reduce((s, r) => s + Math.max(0, r.modifier), 0) : penalties;
  return { score, grade: GRADES.find(([min]) => score >= min)![1], rules };
}

import type { AtlasFeature } from '@/lib/data/types';
import { formatDateRange } from '@/lib/format/date';
import { citationText, exportCitation, type ExportContext } from './citations';
import { toWkt } from './wkt';

/** Cell openings a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a double quote or a line break, with
 * double quotes doubled. Other fields stay bare. Text that a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, as OWASP recommends, so a
 * feature name can never run in the analyst's spreadsheet. Numbers are never prefixed: `-1.5` in a
 * coordinate column is a number to the spreadsheet, not a formula, and must stay one.
 *
 * @example csvField('said "no", twice') // '"said ""no"", twice"'
 * @example csvField('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * @example csvField(-1.5) // '-1.5'
 */
export function csvField(value: string | number | null | undefined): string {
  if (typeof value === 'number') return String(value);
  const text = value ?? '';
  const s = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Records end in CRLF (RFC 4180 §2.1). */
export const CSV_EOL = '\r\n';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * The columns, in order; one row per feature. `date_basis` is one of stated / resolved /
 * outside-knowledge; `date_end_*` are filled only when the end is known differently from the start.
 * `citations` holds the evidence passages, `context_citations` the ones that only mention the feature.
 */
export const CSV_COLUMNS = [
  'id',
  'layer',
  'kind',
  'status',
  'name',
  'alt_names',
  'actors',
  'members',
  'members_as_of',
  'date',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'date_phrase',
  'date_resolution',
  'date_outside',
  'date_extent',
  'date_end_basis',
  'date_end_phrase',
  'date_end_how',
  'date_last_reported',
  'interval_from',
  'interval_to',
  'location_precision',
  'location_note',
  'geometry_type',
  'longitude',
  'latitude',
  'wkt',
  'description',
  'citation_count',
  'evidence_count',
  'source_ids',
  'citations',
  'context_citations',
  'review',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** A feature's cells by column. Citations share one cell, one per line. */
export function csvRecord(f: AtlasFeature, ctx: ExportContext): Record<Column, string | number> {
  const p = f.properties;
  const citations = p.citations.map((c) => exportCitation(c, f.id, ctx));
  const evidence = citations.filter((c) => c.role === 'evidence');
  const end = p.date.endKnowledge;
  const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
  return {
    id: f.id,
    layer: p.layer,
    kind: p.kind,
    status: p.status,
    name: p.name,
    alt_names: p.altNames.map((a) => `${a.name} (${a.usage})`).join('; '),
    actors: p.actors.join('; '),
    members: (p.members ?? []).join('; '),
    members_as_of: p.membersAsOf ? `${p.membersAsOf.date} (${p.membersAsOf.basis})` : '',
    date: formatDateRange(p.date),
    date_start: p.date.start,
    date_end: p.date.end === undefined ? '' : (p.date.end ?? 'ongoing'),
    date_precision: p.date.precision,
    date_basis: p.date.basis,
    date_phrase: p.date.phrase ?? '',
    date_resolution: p.date.resolution ?? '',
    date_outside: p.date.outside ?? '',
    date_extent: p.date.extent,
    date_end_basis: end?.basis ?? '',
    date_end_phrase: end?.phrase ?? '',
    date_end_how: end?.resolution ?? end?.outside ?? '',
    date_last_reported: p.date.lastReported ? `${p.date.lastReported.date}${p.date.lastReported.estimated ? ' (estimated)' : ''}` : '',
    interval_from: p.date.interval.from,
    interval_to: p.date.interval.to ?? '',
    location_precision: p.location.precision,
    location_note: p.location.note,
    geometry_type: f.geometry?.type ?? '',
    longitude: point?.[0] ?? '',
    latitude: point?.[1] ?? '',
    wkt: toWkt(f.geometry),
    description: p.description,
    citation_count: citations.length,
    evidence_count: evidence.length,
    source_ids: [...new Set(citations.map((c) => c.source.id))].join('; '),
    citations: evidence.map(citationText).join('\n'),
    context_citations: citations.filter((c) => c.role === 'context').map(citationText).join('\n'),
    // Empty for hand-made features; an editor's feature says whether a second editor reviewed it.
    review: p.review ? (p.review.status === 'draft' ? `draft by ${p.review.createdBy}, not yet reviewed` : `by ${p.review.createdBy}, reviewed by ${p.review.reviewedBy}`) : '',
  };
}

/**
 * The features as CSV text: a UTF-8 byte order mark, a header row, one row per feature, CRLF line
 * ends, fields escaped per RFC 4180. Pure.
 */
export function buildExportCsv(features: readonly AtlasFeature[], ctx: ExportContext): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...features.map((f) => {
      const r = csvRecord(f, ctx);
      return CSV_COLUMNS.map((c) => csvField(r[c])).join(',');
    }),
  ];
  return UTF8_BOM + rows.join(CSV_EOL) + CSV_EOL;
}

/**
 * The feature form's state and the authored feature it stands for. The form keeps what the editor
 * typed (empty fields included, so nothing is lost on a failed save); `authoredFeature` turns it
 * into the authored form of geodata/layers/ that the data check reads. Pure: runs in the browser
 * and on the server.
 */
import type { Geometry } from 'geojson';

export type CitationRole = 'evidence' | 'context';
export type AttributionType = 'opinion' | 'loaded-wording' | 'claim';

export interface DraftCitation {
  /** The form's own key for the card (not stored). */
  key: string;
  /** Where the selection began (UTF-16 index), to anchor an edited quote to the occurrence nearest it. */
  at: number;
  source: string;
  role: CitationRole;
  exact: string;
  prefix?: string;
  suffix?: string;
  /** '' = not attributed. */
  attributionType: AttributionType | '';
  attributionBy: string;
  note: string;
}

export type EndMode = 'instant' | 'open' | 'date';

export interface Draft {
  layer: string;
  kind: string;
  status: string;
  name: string;
  /** `lang`: '' or a language of lib/data/languages.ts; a name in one is the editor's (`source: editorial`). */
  altNames: { name: string; usage: string; lang?: string }[];
  /** Comma- or space-separated codes: "AZE, TUR". */
  actors: string;
  description: string;
  date: {
    start: string;
    endMode: EndMode;
    end: string;
    basis: string;
    phrase: string;
    resolution: string;
    outside: string;
    extent: string;
  };
  location: { precision: string; note: string };
  geometry: Geometry | null;
  /** Relations (the alliances layer): member states, whose capitals the links join. */
  members: string;
  citations: DraftCitation[];
}

export function emptyDraft(layer: string, kind: string): Draft {
  return {
    layer,
    kind,
    status: 'occurred',
    name: '',
    altNames: [],
    actors: '',
    description: '',
    date: { start: '', endMode: 'instant', end: '', basis: '', phrase: '', resolution: '', outside: '', extent: 'dated' },
    location: { precision: '', note: '' },
    geometry: null,
    members: '',
    citations: [],
  };
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The actor codes of the form's text, upper-cased: "aze, tur" → ["AZE", "TUR"]. */
export function actorList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => (/^[a-z]{3}$/i.test(a) ? a.toUpperCase() : a));
}

/**
 * The authored feature (without id and review, which the save adds). Optional fields left empty
 * are omitted; required ones are sent as typed, so the data check names what is missing.
 */
export function authoredFeature(d: Draft, geometryClass: 'point' | 'line' | 'area' | 'link') {
  const link = geometryClass === 'link';
  const endMode = d.date.endMode;
  const date = {
    start: d.date.start.trim(),
    ...(endMode === 'open' ? { end: null } : endMode === 'date' ? { end: d.date.end.trim() } : {}),
    basis: opt(d.date.basis),
    phrase: opt(d.date.phrase),
    resolution: opt(d.date.resolution),
    outside: opt(d.date.outside),
    ...(d.date.extent && d.date.extent !== 'dated' ? { extent: d.date.extent } : {}),
  };
  return {
    geometry: link ? null : d.geometry,
    properties: {
      layer: d.layer,
      kind: d.kind,
      status: d.status,
      name: d.name.trim(),
      altNames: d.altNames
        .filter((a) => a.name.trim() !== '' || a.usage.trim() !== '')
        .map((a) => ({ name: a.name.trim(), usage: a.usage.trim(), ...(a.lang ? { lang: a.lang, source: 'editorial' } : {}) })),
      actors: actorList(d.actors),
      description: d.description.trim(),
      date,
      location: { precision: opt(d.location.precision), note: d.location.note.trim() },
      citations: d.citations.map((c) => ({
        source: c.source,
        role: c.role,
        exact: c.exact,
        ...(c.prefix ? { prefix: c.prefix } : {}),
        ...(c.suffix ? { suffix: c.suffix } : {}),
        ...(c.attributionType ? { attribution: { type: c.attributionType, by: c.attributionBy.trim() } } : {}),
        ...(opt(c.note) ? { note: c.note.trim() } : {}),
      })),
      ...(link ? { members: actorList(d.members), derive: { type: 'capital-links' } } : {}),
    },
  };
}

type Authored = ReturnType<typeof authoredFeature>;

/**
 * The form's state for a stored feature (a draft being edited): the inverse of `authoredFeature`
 * for every field the form has. Citations keep their stored prefix and suffix.
 */
export function draftOf(feature: { geometry: Geometry | null; properties: Record<string, unknown> }): Draft {
  const p = feature.properties as Partial<Authored['properties']> & { date?: Record<string, unknown>; members?: string[] };
  const d = (p.date ?? {}) as Record<string, string | null | undefined>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    layer: text(p.layer),
    kind: text(p.kind),
    status: text(p.status),
    name: text(p.name),
    altNames: (p.altNames ?? []).map((a: { name: string; usage: string; lang?: string }) => ({ name: a.name, usage: a.usage, ...(a.lang ? { lang: a.lang } : {}) })),
    actors: (p.actors ?? []).join(', '),
    description: text(p.description),
    date: {
      start: text(d.start),
      endMode: d.end === undefined ? 'instant' : d.end === null ? 'open' : 'date',
      end: text(d.end),
      basis: text(d.basis),
      phrase: text(d.phrase),
      resolution: text(d.resolution),
      outside: text(d.outside),
      extent: text(d.extent) || 'dated',
    },
    location: { precision: text((p.location as { precision?: string } | undefined)?.precision), note: text((p.location as { note?: string } | undefined)?.note) },
    geometry: feature.geometry,
    members: (p.members ?? []).join(', '),
    citations: ((p.citations ?? []) as { source: string; role: CitationRole; exact: string; prefix?: string; suffix?: string; attribution?: { type: AttributionType; by: string }; note?: string }[]).map((c, i) => ({
      key: `stored-${i}`,
      at: 0,
      source: c.source,
      role: c.role,
      exact: c.exact,
      ...(c.prefix ? { prefix: c.prefix } : {}),
      ...(c.suffix ? { suffix: c.suffix } : {}),
      attributionType: c.attribution?.type ?? '',
      attributionBy: c.attribution?.by ?? '',
      note: c.note ?? '',
    })),
  };
}

/** The data check's wording for a few common cases, in the form's words. */
export function humanise(message: string): string {
  if (/expected string to have >=1 characters/.test(message)) return 'required';
  if (/expected array to have >=1 items/.test(message)) return 'add at least one';
  if (/expected array to have >=2 items/.test(message)) return 'a line needs at least two points';
  if (/expected array to have >=4 items/.test(message)) return 'an area needs at least three corners';
  if (/^Invalid option: expected one of "stated"\|"resolved"\|"outside-knowledge"/.test(message)) return 'say how the date is known: stated, resolved or outside knowledge';
  if (/^Invalid option: expected one of "exact"\|"approximate"/.test(message)) return 'say how precise the place is';
  if (/^Invalid input: expected object, received null/.test(message)) return 'place it: pick a suggested place, click the map or draw';
  return message;
}

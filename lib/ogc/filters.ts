import { ACTOR_RULE, isActorCode } from '@/lib/geo/actors';
import { invalidParameter, quoted } from '@/lib/http';
import type { AtlasFeature, Layer } from '@/lib/data/types';

/** Equality filters of OGC API – Features Part 3 (queryables as query parameters). */
export interface Filters {
  /** Any of these kinds. */
  kind?: string[];
  /** Any of these actors (ISO 3166-1 alpha-3 or organisation short name). */
  actor?: string[];
  /** Any of these alliance ids. */
  alliance?: string[];
  /** Name or alternative name, case-insensitive. */
  name?: string;
}

/** The filter parameters, in the order the queryables document lists them. */
export const FILTER_PARAMS = ['kind', 'actor', 'alliance', 'name'] as const;


function list(query: URLSearchParams, key: string): string[] | undefined {
  const raw = query.get(key);
  if (raw === null) return undefined;
  const values = raw.split(',').map((s) => s.trim());
  if (values.some((v) => v === '')) throw invalidParameter(`${key} must be a comma-separated list of values with none empty.`);
  return values;
}

function oneOf(key: string, values: string[] | undefined, allowed: readonly string[]): string[] | undefined {
  const bad = values?.find((v) => !allowed.includes(v));
  if (bad !== undefined) throw invalidParameter(`${key} ${quoted(bad)} is not one of: ${allowed.join(', ')}.`);
  return values;
}

/**
 * Reads the equality filters for a layer. Values outside a declared enum (a kind of another layer,
 * an alliance id that does not exist) are rejected, so a typo is not mistaken for "no results".
 */
export function parseFilters(query: URLSearchParams, layer: Pick<Layer, 'kinds'>, allianceIds: readonly string[]): Filters {
  const filters: Filters = {};
  const kind = oneOf('kind', list(query, 'kind'), layer.kinds);
  if (kind) filters.kind = kind;
  const actor = list(query, 'actor')?.map((a) => a.toUpperCase());
  const badActor = actor?.find((a) => !isActorCode(a));
  if (badActor !== undefined) throw invalidParameter(`actor ${quoted(badActor)} must be ${ACTOR_RULE}.`);
  if (actor) filters.actor = actor;
  const alliance = oneOf('alliance', list(query, 'alliance'), allianceIds);
  if (alliance) filters.alliance = alliance;
  const name = query.get('name')?.trim();
  if (name === '') throw invalidParameter('name must not be empty.');
  if (name !== undefined) filters.name = name;
  return filters;
}

/**
 * Whether a feature passes every given filter. `alliance` selects the alliance itself on the
 * alliances layer, and on other layers the features that name it in `related`.
 */
export function matchesFilters(feature: AtlasFeature, filters: Filters): boolean {
  const p = feature.properties;
  if (filters.kind && !filters.kind.includes(p.kind)) return false;
  if (filters.actor && !p.actors.some((a) => filters.actor!.includes(a))) return false;
  if (filters.alliance) {
    const ids = p.layer === 'alliances' ? [feature.id] : p.related;
    if (!ids.some((id) => filters.alliance!.includes(id))) return false;
  }
  if (filters.name !== undefined) {
    const wanted = filters.name.toLocaleLowerCase('en');
    const names = [p.name, ...p.altNames.map((a) => a.name)];
    if (!names.some((n) => n.toLocaleLowerCase('en') === wanted)) return false;
  }
  return true;
}

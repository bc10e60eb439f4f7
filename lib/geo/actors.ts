/**
 * Who can act in the atlas: a state (ISO 3166-1 alpha-3) or one of the organisations the sources
 * name. The one list the stored-data schema, the API's `actor` filter and the reader-facing names
 * share.
 */
import { byIso3 } from './countries';

/** Organisations the sources name, by short code, spelled out for readers. */
export const ORGANISATIONS = {
  CSTO: 'Collective Security Treaty Organization (CSTO)',
  NATO: 'NATO',
  UN: 'United Nations',
  UNSC: 'UN Security Council',
  CIS: 'Commonwealth of Independent States (CIS)',
  EU: 'European Union',
  OSCE: 'OSCE',
} as const satisfies Record<string, string>;

const CODES = Object.keys(ORGANISATIONS);

/** An actor code as a JSON Schema / OpenAPI `pattern` (and for `new RegExp`). */
export const ACTOR_PATTERN = `^([A-Z]{3}|${CODES.join('|')})$`;

const ACTOR = new RegExp(ACTOR_PATTERN);

/** What an actor code may be, in words, for error messages. */
export const ACTOR_RULE = `an ISO 3166-1 alpha-3 code (e.g. AZE) or ${CODES.join(', ')}`;

/** Whether a string is a well-formed actor code (the form, not whether the country exists). */
export function isActorCode(code: string): boolean {
  return ACTOR.test(code);
}

/**
 * A reader's name for an actor code.
 * @example actorName('AZE') // 'Azerbaijan'
 * @example actorName('CSTO') // 'Collective Security Treaty Organization (CSTO)'
 */
export function actorName(code: string): string {
  return byIso3(code)?.name ?? (ORGANISATIONS as Record<string, string>)[code] ?? code;
}

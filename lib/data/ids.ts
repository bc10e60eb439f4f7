/**
 * The forms of the atlas's ids, as patterns the stored-data schema, the API's path parameters and
 * the OpenAPI document share.
 */

/** Source ids are the corpus file stems, e.g. `003_fd8218c4c3c52676`. */
export const SOURCE_ID_PATTERN = '^\\d{3}_[0-9a-f]{16}$';

/** Feature ids: lower-case kebab-case with a layer prefix, e.g. `ev-goris-kapan-checkpoint-2021`. */
export const FEATURE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** The file a source's text is stored in: its id with `.txt`. */
export function sourceFileName(id: string): string {
  return `${id}.txt`;
}

import { words } from './normalise';

/** A name and the other names of the same place, each with the spelling to show. */
export interface SynonymEntry {
  original: string;
  others: { folded: string; original: string }[];
}

/**
 * One-word names that refer to the same town: contested names (Berdzor / Lachin, Khankandi /
 * Stepanakert, Shusha / Shushi) and transliterations (Laçın). Keyed by folded word. Built from the
 * basemap's place names so that the atlas keeps one list of contested names, not two that drift.
 */
export type Synonyms = ReadonlyMap<string, SynonymEntry>;

/**
 * Builds the synonym table from groups of names of one place. Composite labels ("Berdzor / Lachin")
 * are split at the slash; multi-word names ("New York City") are left out, as one query word
 * cannot stand for them.
 * @example buildSynonyms([['Berdzor / Lachin', 'Laçın']]).get('berdzor')?.others.map((o) => o.folded) // ['lachin', 'lacin']
 */
export function buildSynonyms(groups: Iterable<readonly string[]>): Synonyms {
  const table = new Map<string, SynonymEntry>();
  for (const group of groups) {
    const members = new Map<string, string>();
    for (const name of group) {
      for (const part of name.split('/')) {
        const ws = words(part);
        if (ws.length === 1 && !members.has(ws[0]!.folded)) members.set(ws[0]!.folded, ws[0]!.original);
      }
    }
    if (members.size < 2) continue;
    for (const [folded, original] of members) {
      const entry = table.get(folded) ?? { original, others: [] };
      for (const [f, o] of members) {
        if (f !== folded && !entry.others.some((x) => x.folded === f)) entry.others.push({ folded: f, original: o });
      }
      table.set(folded, entry);
    }
  }
  return table;
}

/** A query word may stand for a whole synonym only from this many letters on ("berd" → Berdzor). */
export const MIN_SYNONYM_PREFIX = 4;

/** Another word a query word can match, and the name (as spelled in the data) that led to it. */
export interface Alternative {
  folded: string;
  via: string;
}

/**
 * The other names a query word can stand for: those of every name it spells out or, from
 * MIN_SYNONYM_PREFIX letters on, begins.
 * @example alternativesOf('berdzor', synonyms) // [{folded:'lachin', via:'Berdzor'}, {folded:'lacin', via:'Berdzor'}]
 */
export function alternativesOf(word: string, synonyms: Synonyms): Alternative[] {
  const out: Alternative[] = [];
  for (const [key, entry] of synonyms) {
    const hit = key === word || (word.length >= MIN_SYNONYM_PREFIX && key.startsWith(word));
    if (!hit) continue;
    for (const o of entry.others) {
      if (!o.folded.startsWith(word) && !out.some((x) => x.folded === o.folded)) out.push({ folded: o.folded, via: entry.original });
    }
  }
  return out;
}

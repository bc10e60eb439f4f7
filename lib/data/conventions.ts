/**
 * The naming and wording conventions of `geodata/layers/README.md`, in the machine-readable form
 * `check:data` enforces (`layers/conventions.json`): contested place names written as a pair in
 * the stated order, and contested wording that may only appear quoted and attributed.
 */
import { z } from 'zod';
import type { GeodataReader } from './files';
import type { IssueList } from './issues';
import { describeZodIssues } from './zod-issues';

export const CONVENTIONS_FILE = 'layers/conventions.json';

const ContestedName = z
  .object({
    /** Both names, romanised by the README's rule, in the README's order (alphabetical). */
    pair: z.tuple([z.string().min(1), z.string().min(1)]),
    armenian: z.string().min(1),
    azerbaijani: z.string().min(1),
    /** Names of other things that contain one half and stay as they are ("Lachin corridor"). */
    compounds: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((c) => c.pair.includes(c.armenian) && c.pair.includes(c.azerbaijani) && c.armenian !== c.azerbaijani, {
    message: 'armenian and azerbaijani must be the two names of `pair`',
  });

const ConventionsFile = z
  .object({
    $comment: z.string().optional(),
    contestedNames: z.array(ContestedName).min(1),
    /** Word starts ("occup", "separatist"): a passage holding one is attributed; our own words only quote it. */
    loadedWording: z.array(z.string().min(3)).min(1),
  })
  .strict();

export type Conventions = z.infer<typeof ConventionsFile>;
export type ContestedPair = Conventions['contestedNames'][number];

/** The README's order for a pair: alphabetical, letter by letter, ignoring case. */
export function inStatedOrder([a, b]: readonly [string, string]): boolean {
  return a.toLowerCase() < b.toLowerCase();
}

/** Reads and validates the conventions; undefined (after reporting why) when unusable. */
export function loadConventions(reader: GeodataReader, issues: IssueList): Conventions | undefined {
  const raw = reader.json(CONVENTIONS_FILE);
  if (raw === undefined) return undefined;
  const parsed = ConventionsFile.safeParse(raw);
  const file = reader.file(CONVENTIONS_FILE);
  if (!parsed.success) {
    for (const p of describeZodIssues(parsed.error.issues)) issues.add(file, p);
    return undefined;
  }
  for (const c of parsed.data.contestedNames) {
    if (!inStatedOrder(c.pair)) issues.add(file, `contested pair "${c.pair.join(' / ')}" is not in the stated (alphabetical) order`);
  }
  return parsed.data;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Compiled once per term: the checks run over every field of every feature. */
function memo(build: (term: string) => RegExp): (term: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (term) => {
    let re = cache.get(term);
    if (!re) cache.set(term, (re = build(term)));
    return re;
  };
}
// No `g` flag: a shared regex with `g` would carry `lastIndex` from one test to the next.
const wordStart = memo((term) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}`, 'iu'));
const wholeWord = memo((term) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u'));

/** The text with every quoted stretch ("…", “…”) blanked: quoted words are the source's, not ours. */
export function unquoted(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, (m) => ' '.repeat(m.length));
}

/** The loaded terms (word starts) that occur in the text. */
export function loadedTermsIn(text: string, conventions: Conventions): string[] {
  // One pass for "any term at all?" first: most texts hold none, and the check runs on every field.
  if (!anyTerm(conventions.loadedWording).test(text)) return [];
  return conventions.loadedWording.filter((t) => wordStart(t).test(text));
}

/** One regex for every loaded term (word starts, any case), compiled once per list. */
const anyTermCache = new WeakMap<readonly string[], RegExp>();
function anyTerm(terms: readonly string[]): RegExp {
  let re = anyTermCache.get(terms);
  if (!re) anyTermCache.set(terms, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})`, 'iu')));
  return re;
}

/**
 * Problems with contested names in our own words (quotes excluded): a pair written in the wrong
 * order, or a town named by one of its names alone.
 * @example namingProblems('placed at Lachin / Berdzor', c) // ['writes "Lachin / Berdzor"; the stated order is "Berdzor / Lachin"']
 */
export function namingProblems(text: string, conventions: Conventions): string[] {
  const problems: string[] = [];
  let rest = unquoted(text);
  for (const { pair, compounds } of conventions.contestedNames) {
    const [a, b] = pair;
    const stated = `${a} / ${b}`;
    const reversed = `${b} / ${a}`;
    // Most text names no contested town: skip the pair unless one of its names occurs at all.
    if (!rest.includes(a) && !rest.includes(b)) continue;
    if (rest.includes(reversed)) problems.push(`writes "${reversed}"; the stated order is "${stated}"`);
    const blank = (s: string) => (rest = rest.split(s).join(' '.repeat(s.length)));
    [stated, reversed, ...compounds].forEach(blank);
    for (const half of pair) {
      if (wholeWord(half).test(rest)) problems.push(`names "${half}" alone; write both names, "${stated}"`);
    }
  }
  return problems;
}

/** A place label is written by the romanisation rule: plain Latin letters, no diacritics or apostrophes. */
export function romanisationProblem(label: string): string | undefined {
  return /^[A-Za-z][A-Za-z .\-/()]*$/.test(label)
    ? undefined
    : `label "${label}" is not in plain Latin letters (the romanisation rule of layers/README.md)`;
}

/**
 * Problems with one basemap town: a label that breaks the romanisation rule, or a town known by
 * one name of a contested pair that is not labelled with both, in the stated order.
 */
export function placeNameProblems(place: { name: string; altNames: readonly string[] }, conventions: Conventions): string[] {
  const problems: string[] = [];
  const romanised = romanisationProblem(place.name);
  if (romanised) problems.push(romanised);
  const names = new Set([place.name, ...place.altNames, ...place.name.split(' / ')]);
  for (const { pair } of conventions.contestedNames) {
    const stated = `${pair[0]} / ${pair[1]}`;
    if (pair.some((n) => names.has(n)) && place.name !== stated) {
      problems.push(`town "${place.name}" has a contested name; label it "${stated}"`);
    }
  }
  return problems;
}

/**
 * Saving into `geodata/`, the store the atlas already has. A save is optimistic: it names the data
 * version its editor started from, and is refused with a 409 (and the changes made since) when the
 * files moved on. The new files are checked with the very loader `check:data` runs before anything
 * is written; then each is written atomically (a temporary file renamed over the old), the change
 * is appended to the change log, the static data files of the new version are published and the
 * running atlas switches to it. Node only.
 *
 * The whole save is synchronous, so within one server process two saves can never interleave.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadAtlas, reloadAtlas } from '@/lib/data';
import type { Atlas } from '@/lib/data/types';
import { loadPlaces } from '@/lib/data/places';
import { ApiError } from '@/lib/http/errors';
import { writePublished } from '@/lib/publish/write';
import { draftProblems, type FieldProblem } from './problems';

/** The change log, one JSON object per line, beside the data it records. */
export const CHANGE_LOG = 'changes.jsonl';

export type ChangeAction = 'add-source' | 'add-feature' | 'update-feature' | 'add-citation' | 'review-feature';

/** One save, as the change log records it. */
export interface Change {
  at: string;
  by: string;
  action: ChangeAction;
  /** The source or feature ids it touched. */
  ids: string[];
  /** Files written, under geodata/. */
  files: string[];
  /** Data version before and after. */
  from: string;
  to: string;
  /** One line for people: "added feature ex-… (Name)". */
  summary: string;
}

/** What a save wants written, from the current data. */
export interface Plan {
  /** New contents by path under the data folder. */
  files: Map<string, Buffer>;
  action: ChangeAction;
  ids: string[];
  summary: string;
  /** The feature whose problems belong to the draft's fields, and its quotes, to place them. */
  draft?: { id: string; exacts: string[] };
}

export interface StoreOptions {
  /** The data folder (default `<cwd>/geodata`). */
  dataDir: string;
  /** Where the static data files are published (`<cwd>/public`); null: not published (tests). */
  publicDir: string | null;
  /** Make the saved data what the running atlas serves (default true; tests with another folder: false). */
  reload: boolean;
}

export function defaultStore(): StoreOptions {
  return { dataDir: path.join(process.cwd(), 'geodata'), publicDir: path.join(process.cwd(), 'public'), reload: true };
}

/** The data as it is on disk now: loaded and checked, with its version. */
export function currentData(store: StoreOptions): Atlas {
  const { atlas, issues } = loadAtlas(store.dataDir);
  if (!atlas) {
    throw new ApiError('DataUnavailable', 503, `The data files on disk fail their checks (${issues.length} problems), so nothing can be saved until they are fixed: run npm run check:data.`);
  }
  return atlas;
}

/** The changes recorded after `version`, newest last; all of them when `version` is not in the log. */
export function changesSince(store: StoreOptions, version: string): { changes: Change[]; known: boolean } {
  const all = readChanges(store);
  const i = all.findIndex((c) => c.to === version);
  return i === -1 ? { changes: all.slice(-20), known: false } : { changes: all.slice(i + 1), known: true };
}

/** The change log, oldest first (a line that does not parse is skipped, never fatal). */
export function readChanges(store: StoreOptions): Change[] {
  const file = path.join(store.dataDir, CHANGE_LOG);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Change];
      } catch {
        return [];
      }
    });
}

/** The file's current text under the data folder. */
export function readDataFile(store: StoreOptions, rel: string): string {
  return readFileSync(path.join(store.dataDir, rel), 'utf8');
}

/**
 * Checks and writes one save.
 * @param baseVersion - the data version the editor's page was loaded with.
 * @param plan - builds the files to write from the current data (called only when the version matches).
 * @throws {ApiError} 409 `VersionConflict` (with `changes` since `baseVersion` and the current `version`),
 *   400 `InvalidDraft` (with `problems` by field), or whatever the plan throws.
 */
export function save(store: StoreOptions, baseVersion: string, editor: string, plan: (current: Atlas) => Plan): { version: string; change: Change } {
  const current = currentData(store);
  if (current.version !== baseVersion) {
    const { changes, known } = changesSince(store, baseVersion);
    const what = known
      ? changes.map((c) => `${c.by}: ${c.summary}`).join('; ')
      : 'the data files were changed outside the editor (or the log does not reach back to your version)';
    throw new ApiError('VersionConflict', 409, `The data changed since you opened this page (${what}). Nothing you typed is lost: look at the changes, then save again.`, {
      version: current.version,
      changes,
    });
  }
  const p = plan(current);
  const { atlas, issues } = loadAtlas(store.dataDir, undefined, p.files);
  if (!atlas) {
    const problems: FieldProblem[] = draftProblems(issues, p.draft?.id ?? null, p.draft?.exacts ?? []);
    throw new ApiError('InvalidDraft', 400, `Not saved: ${problems.length} problem${problems.length === 1 ? '' : 's'} (shown at their fields).`, { problems });
  }
  const change: Change = { at: new Date().toISOString(), by: editor, action: p.action, ids: p.ids, files: [...p.files.keys()], from: baseVersion, to: atlas.version, summary: p.summary };
  try {
    // The new version's static files first: once the atlas switches, pages name them.
    if (store.publicDir) {
      const { places } = loadPlaces(store.dataDir);
      if (places) writePublished(store.publicDir, atlas, places, { removeOthers: false, quality: 'fast' });
    }
    commit(store, p.files, change);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    console.error('[edit] save failed:', error);
    throw new ApiError('StorageFailed', 503, `The files could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed. Your draft is kept: try again.`);
  }
  if (store.reload) reloadAtlas();
  return { version: atlas.version, change };
}

/**
 * Checks a draft without saving: the problems the save would meet, by field. The same loader and
 * the same rules as `check:data`, on the files as they would be written.
 */
export function check(store: StoreOptions, plan: (current: Atlas) => Plan, current: Atlas = currentData(store)): FieldProblem[] {
  const p = plan(current);
  const { issues } = loadAtlas(store.dataDir, undefined, p.files);
  return draftProblems(issues, p.draft?.id ?? null, p.draft?.exacts ?? []);
}

/**
 * Writes the files of one save all or nothing: every new file is written to a synced temporary
 * file first (a failure there leaves the data untouched), then each is renamed over the old one
 * (a reader sees old bytes or new, never a mix) and the change is logged; if a rename or the log
 * fails, the files already renamed get their old bytes back, so no half-save stays on disk.
 */
export function commit(store: StoreOptions, files: ReadonlyMap<string, Buffer>, change: Change): void {
  const staged: { file: string; tmp: string; old: Buffer | null }[] = [];
  const stamp = `${process.pid}-${Date.now()}`;
  try {
    for (const [rel, bytes] of files) {
      const file = path.join(store.dataDir, rel);
      const tmp = `${file}.tmp-${stamp}`;
      staged.push({ file, tmp, old: existsSync(file) ? readFileSync(file) : null });
      writeSynced(tmp, bytes);
    }
  } catch (error) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw error;
  }
  const renamed: typeof staged = [];
  try {
    for (const s of staged) {
      renameSync(s.tmp, s.file);
      renamed.push(s);
    }
    appendFileSync(path.join(store.dataDir, CHANGE_LOG), `${JSON.stringify(change)}\n`);
  } catch (error) {
    for (const s of renamed.reverse()) {
      if (s.old === null) rmSync(s.file, { force: true });
      else writeSynced(s.file, s.old);
    }
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw error;
  }
}

function writeSynced(file: string, bytes: Buffer): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

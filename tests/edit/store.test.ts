/**
 * Saving from the editor into a copy of the real geodata/: what is written, in what shape, what is
 * refused and where, and two editors saving from the same version.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAtlas } from '@/lib/data';
import { ApiError } from '@/lib/http/errors';
import { authoredFeature, draftOf, emptyDraft, type Draft } from '@/lib/edit/draft';
import { parseBody, SaveSource, type FeatureInput, type SourceInput } from '@/lib/edit/inputs';
import { addCitationPlan, addFeaturePlan, addSourcePlan, reviewPlan, updateFeaturePlan } from '@/lib/edit/plans';
import { check, commit, readChanges, save, type StoreOptions } from '@/lib/edit/store';

const ARTICLE = [
  'Azerbaijani and Turkish special forces drill near Ganja',
  '',
  'Baku, 20 October 2026. Azerbaijani and Turkish special forces held a joint exercise near Ganja from 12 to 16 October 2026, the defence ministry in Baku said on Tuesday.',
  '',
  '"This exercise shows that our two armies can act as one," said a retired colonel.',
  '',
].join('\n');

let store: StoreOptions;
const NOW = '2026-12-02T10:00:00.000Z';

beforeEach(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-store-'));
  cpSync(path.join(process.cwd(), 'geodata'), dir, { recursive: true });
  store = { dataDir: dir, publicDir: null, reload: false };
});
afterEach(() => rmSync(store.dataDir, { recursive: true, force: true }));

const version = () => loadAtlas(store.dataDir).atlas!.version;
const read = (rel: string) => readFileSync(path.join(store.dataDir, rel), 'utf8');

function sourceInput(text = ARTICLE): SourceInput {
  return {
    text,
    title: 'Azerbaijani and Turkish special forces drill near Ganja',
    titleBasis: 'printed',
    outlet: 'Test Wire',
    outletBasis: 'written for the tests',
    author: null,
    published: { date: '2026-10-20', basis: 'explicit', note: 'the dateline' },
    vantage: 'a fictional wire service',
    terms: 'CC0',
  };
}

function addSource(text = ARTICLE, by = 'Ana'): string {
  const r = save(store, version(), by, addSourcePlan(store, sourceInput(text), by, NOW));
  return r.change.ids[0]!;
}

function exerciseDraft(sourceId: string, patch: (d: Draft) => void = () => {}): FeatureInput {
  const d = emptyDraft('exercises', 'special-forces-drill');
  d.name = 'Azerbaijani–Turkish special forces exercise near Ganja (Oct 2026)';
  d.actors = 'aze, TUR';
  d.description = 'The article reports a joint exercise of Azerbaijani and Turkish special forces near Ganja.';
  d.date = { ...d.date, start: '2026-10-12', endMode: 'date', end: '2026-10-16', basis: 'stated', phrase: 'from 12 to 16 October 2026' };
  d.location = { precision: 'approximate', note: 'near Ganja: the town centre (GeoNames)' };
  d.geometry = { type: 'Point', coordinates: [46.3606, 40.6828] };
  d.citations = [
    {
      key: 'c0',
      at: 0,
      source: sourceId,
      role: 'evidence',
      exact: 'Azerbaijani and Turkish special forces held a joint exercise near Ganja from 12 to 16 October 2026',
      attributionType: '',
      attributionBy: '',
      note: '',
    },
  ];
  patch(d);
  return authoredFeature(d, 'point') as FeatureInput;
}

describe('adding a source', () => {
  it('stores the text with line breaks as LF, records its SHA-256 and who added it', () => {
    const id = addSource(ARTICLE.replace(/\n/g, '\r\n'));
    const bytes = readFileSync(path.join(store.dataDir, 'sources', `${id}.txt`));
    expect(bytes.toString('utf8')).toBe(ARTICLE);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(id).toBe(`004_${sha.slice(0, 16)}`);
    const meta = (JSON.parse(read('sources/sources.json')) as { sources: Record<string, unknown>[] }).sources.at(-1)!;
    expect(meta).toMatchObject({ id, sha256: sha, added: { by: 'Ana', at: NOW } });
    // Keys in the file's order: the diff is one appended entry.
    expect(Object.keys(meta)).toEqual(['id', 'file', 'sha256', 'title', 'titleBasis', 'outlet', 'outletBasis', 'author', 'published', 'vantage', 'terms', 'added']);
    expect(loadAtlas(store.dataDir).issues).toEqual([]);
  });

  it('keeps everything else as pasted: spaces, quotes, a lone CR becomes LF', () => {
    const odd = `${ARTICLE}  trailing  spaces\u00a0and “quotes” stay 😀\rlast line`;
    const id = addSource(odd);
    expect(read(`sources/${id}.txt`)).toBe(odd.replace('\r', '\n'));
  });

  it('refuses a duplicate text with a pointer to the existing source, before writing anything', () => {
    const id = addSource();
    const before = read('sources/sources.json');
    const attempt = () => save(store, version(), 'Ben', addSourcePlan(store, sourceInput(ARTICLE.replace(/\n/g, '\r\n')), 'Ben', NOW));
    expect(attempt).toThrow(ApiError);
    try {
      attempt();
    } catch (e) {
      const err = e as ApiError;
      expect([err.status, err.code]).toEqual([409, 'DuplicateText']);
      expect(err.details?.existing).toMatchObject({ id });
      expect(err.details?.problems).toEqual([{ field: 'text', message: expect.stringContaining(id) }]);
    }
    expect(read('sources/sources.json')).toBe(before);
  });

  it('refuses a text holding half a character, which UTF-8 cannot store as pasted', () => {
    expect(() => parseBody(SaveSource, { baseVersion: version(), source: sourceInput(`${ARTICLE}\uD83D and more`) })).toThrow(/Not saved/);
  });

  it('refuses an empty text and a date without its note, at their fields', () => {
    const input = { ...sourceInput('   \n  '), published: { date: '2026-10', basis: 'inferred', note: '' } };
    try {
      parseBody(SaveSource, { baseVersion: version(), source: input });
      expect.unreachable();
    } catch (e) {
      const fields = ((e as ApiError).details?.problems as { field: string }[]).map((p) => p.field);
      expect(fields).toContain('text');
      expect(fields).toContain('published.note');
    }
  });
});

describe('adding a feature', () => {
  it('writes a draft in the layer file, in the file order of keys, and the data check passes', () => {
    const sourceId = addSource();
    const before = read('layers/exercises.json');
    const r = save(store, version(), 'Ana', addFeaturePlan(store, exerciseDraft(sourceId), 'Ana', NOW));
    const after = read('layers/exercises.json');
    expect(r.change.ids).toEqual(['ex-azerbaijani-turkish-special-forces-exercise-near-ganja-oct'].map((s) => expect.stringMatching(new RegExp(`^${s}`))));
    // Only appended: the old features' lines are untouched, and the file ends as the others do.
    const oldLines = before.split('\n');
    expect(after.split('\n').slice(0, oldLines.length - 4)).toEqual(oldLines.slice(0, -4));
    expect(after.endsWith('}\n')).toBe(true);
    const feature = (JSON.parse(after) as { features: { id: string; properties: Record<string, unknown> }[] }).features.at(-1)!;
    expect(Object.keys(feature)).toEqual(['type', 'id', 'geometry', 'properties']);
    expect(Object.keys(feature.properties)).toEqual(['layer', 'kind', 'status', 'name', 'altNames', 'actors', 'description', 'date', 'location', 'citations', 'review']);
    expect(feature.properties.actors).toEqual(['AZE', 'TUR']);
    expect(feature.properties.review).toEqual({ status: 'draft', createdBy: 'Ana', createdAt: NOW });
    const { atlas, issues } = loadAtlas(store.dataDir);
    expect(issues).toEqual([]);
    expect(atlas!.features.get(feature.id)!.properties.citations[0]!.start).toBeGreaterThan(0);
    expect(readChanges(store).map((c) => c.action)).toEqual(['add-source', 'add-feature']);
  });

  it('refuses a second feature resting on the same evidence, at the citations', () => {
    const sourceId = addSource();
    save(store, version(), 'Ana', addFeaturePlan(store, exerciseDraft(sourceId), 'Ana', NOW));
    const again = exerciseDraft(sourceId, (d) => (d.name = 'The same exercise again'));
    expect(check(store, addFeaturePlan(store, again, 'Ben', NOW))).toEqual([{ field: 'citations', message: expect.stringMatching(/store the claim once/) }]);
  });

  it('places each problem at its field and writes nothing', () => {
    const sourceId = addSource();
    const before = read('layers/exercises.json');
    const cases: [string, (d: Draft) => void, string][] = [
      ['a date without a basis', (d) => (d.date.basis = ''), 'date.basis'],
      ['no citation', (d) => (d.citations = []), 'citations'],
      ['a quote that no longer matches', (d) => (d.citations[0]!.exact += ' (edited)'), 'citations.0'],
      ['a phrase not in an evidence passage', (d) => (d.date.phrase = 'in November'), 'date.phrase'],
      ['no place', (d) => (d.geometry = null), 'geometry'],
      ['an empty name', (d) => (d.name = ''), 'name'],
    ];
    for (const [what, patch, field] of cases) {
      const problems = check(store, addFeaturePlan(store, exerciseDraft(sourceId, patch), 'Ana', NOW));
      expect(problems.map((p) => p.field), what).toContain(field);
      expect(() => save(store, version(), 'Ana', addFeaturePlan(store, exerciseDraft(sourceId, patch), 'Ana', NOW)), what).toThrow(/Not saved/);
    }
    expect(read('layers/exercises.json')).toBe(before);
  });

  it('asks the language of a name in a regional script, and takes it from the form', () => {
    const sourceId = addSource();
    const named = (lang?: string) => exerciseDraft(sourceId, (d) => (d.altNames = [{ name: 'Գանձակ', usage: 'Armenian name of the town', ...(lang ? { lang } : {}) }]));
    expect(check(store, addFeaturePlan(store, named(), 'Ana', NOW)).map((p) => p.field)).toEqual(['altNames.0.lang']);
    expect(check(store, addFeaturePlan(store, named('hy'), 'Ana', NOW))).toEqual([]);
    expect(check(store, addFeaturePlan(store, named('ka'), 'Ana', NOW)).map((p) => p.field)).toEqual(['altNames.0.name']);
  });

  it('refuses a line with one point at the geometry', () => {
    const sourceId = addSource();
    const d = exerciseDraft(sourceId);
    const line = { ...d, geometry: { type: 'LineString', coordinates: [[46.36, 40.68]] }, properties: { ...d.properties, layer: 'corridors', kind: 'road' } } as FeatureInput;
    const problems = check(store, addFeaturePlan(store, line, 'Ana', NOW));
    expect(problems.find((p) => p.field === 'geometry')?.message).toMatch(/>=2/);
  });
});

describe('two editors saving from the same version', () => {
  it('the second gets a 409 naming what changed, and saves on top of it afterwards; nothing is lost', () => {
    const sourceId = addSource();
    const base = version();
    const first = exerciseDraft(sourceId);
    const second = exerciseDraft(sourceId, (d) => {
      d.name = 'Second editor’s exercise near Ganja';
      d.citations[0]!.exact = 'the defence ministry in Baku said on Tuesday';
      d.date.basis = 'outside-knowledge';
      d.date.phrase = '';
      d.date.outside = 'a made-up date for the test';
    });
    save(store, base, 'Ana', addFeaturePlan(store, first, 'Ana', NOW));
    let conflict: ApiError | undefined;
    try {
      save(store, base, 'Ben', addFeaturePlan(store, second, 'Ben', NOW));
    } catch (e) {
      conflict = e as ApiError;
    }
    expect(conflict?.status).toBe(409);
    expect(conflict?.code).toBe('VersionConflict');
    expect(conflict?.description).toContain('Ana: added feature');
    const current = conflict!.details!.version as string;
    expect(current).toBe(version());
    save(store, current, 'Ben', addFeaturePlan(store, second, 'Ben', NOW));
    const names = [...loadAtlas(store.dataDir).atlas!.features.values()].filter((f) => f.properties.review).map((f) => f.properties.name);
    expect(names).toEqual([first.properties.name, second.properties.name]);
  });
});

describe('changing a draft', () => {
  it('the form reads a stored draft back as it wrote it', () => {
    const sourceId = addSource();
    const input = exerciseDraft(sourceId, (d) => {
      d.altNames = [{ name: 'Գանձակ', usage: 'Armenian name of the town', lang: 'hy' }];
      d.citations[0]!.attributionType = 'claim';
      d.citations[0]!.attributionBy = 'the defence ministry in Baku';
    });
    const { change } = save(store, version(), 'Ana', addFeaturePlan(store, input, 'Ana', NOW));
    const stored = (JSON.parse(read('layers/exercises.json')) as { features: { id: string; geometry: FeatureInput['geometry']; properties: Record<string, unknown> }[] }).features.find((f) => f.id === change.ids[0])!;
    expect(authoredFeature(draftOf(stored as never), 'point')).toEqual(input);
  });

  it('keeps its id and place, stays a draft under the editor who changed it; a reviewed feature is not changed here', () => {
    const sourceId = addSource();
    const { change } = save(store, version(), 'Ana', addFeaturePlan(store, exerciseDraft(sourceId), 'Ana', NOW));
    const id = change.ids[0]!;
    const ids = () => (JSON.parse(read('layers/exercises.json')) as { features: { id: string }[] }).features.map((f) => f.id);
    const before = ids();
    const renamed = exerciseDraft(sourceId, (d) => (d.name = 'Special forces exercise near Ganja (Oct 2026)'));
    save(store, version(), 'Ben', updateFeaturePlan(store, id, renamed, 'Ben', NOW));
    expect(ids()).toEqual(before);
    const f = loadAtlas(store.dataDir).atlas!.features.get(id)!;
    expect(f.properties.name).toBe('Special forces exercise near Ganja (Oct 2026)');
    expect(f.properties.review).toMatchObject({ status: 'draft', createdBy: 'Ben' });
    expect(readChanges(store).at(-1)).toMatchObject({ action: 'update-feature', by: 'Ben', ids: [id] });
    // Its own passage is not a second claim of itself.
    expect(check(store, updateFeaturePlan(store, id, renamed, 'Ben', NOW))).toEqual([]);
    save(store, version(), 'Ana', reviewPlan(store, id, 'Ana', NOW));
    expect(() => save(store, version(), 'Ana', updateFeaturePlan(store, id, renamed, 'Ana', NOW))).toThrow(/not a draft/);
    expect(() => save(store, version(), 'Ana', updateFeaturePlan(store, 'ex-three-brothers-2021', renamed, 'Ana', NOW))).toThrow(/not a draft/);
  });
});

describe('citing and reviewing', () => {
  it('adds a passage to an existing feature: its keys stay in place, and it is a draft again until reviewed', () => {
    const sourceId = addSource();
    const stored = () => (JSON.parse(read('layers/alliances.json')) as { features: { id: string; properties: Record<string, unknown> }[] }).features;
    const id = stored()[0]!.id;
    const keysBefore = Object.keys(stored()[0]!.properties);
    const citation = { attribution: { by: 'a retired colonel', type: 'opinion' as const }, exact: 'This exercise shows that our two armies can act as one', role: 'context' as const, source: sourceId };
    save(store, version(), 'Ana', addCitationPlan(store, id, citation, 'Ana', NOW));
    expect(Object.keys(stored()[0]!.properties)).toEqual([...keysBefore, 'review']);
    const added = (stored()[0]!.properties.citations as Record<string, unknown>[]).at(-1)!;
    expect(Object.keys(added)).toEqual(['source', 'role', 'exact', 'attribution']);
    const f = loadAtlas(store.dataDir).atlas!.features.get(id)!;
    expect(f.properties.citations.at(-1)).toMatchObject({ source: sourceId, attribution: { type: 'opinion' } });
    expect(f.properties.review).toEqual({ status: 'draft', createdBy: 'Ana', createdAt: NOW });
  });

  it('a failed save leaves no half-written files and no log line', () => {
    const before = read('sources/sources.json');
    // A plan whose second file cannot be written (its folder does not exist).
    const files = new Map([
      ['sources/zzz.txt', Buffer.from('x')],
      ['no-such-folder/file.json', Buffer.from('{}')],
    ]);
    expect(() => commit(store, files, { at: NOW, by: 'Ana', action: 'add-source', ids: [], files: [], from: 'a', to: 'b', summary: '' })).toThrow();
    expect(existsSync(path.join(store.dataDir, 'sources/zzz.txt'))).toBe(false);
    expect(readdirSync(path.join(store.dataDir, 'sources')).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(read('sources/sources.json')).toBe(before);
    expect(readChanges(store)).toEqual([]);
  });

  it('a second person marks a draft reviewed; its author cannot', () => {
    const sourceId = addSource();
    const { change } = save(store, version(), 'Ana', addFeaturePlan(store, exerciseDraft(sourceId), 'Ana', NOW));
    const id = change.ids[0]!;
    expect(() => save(store, version(), ' ana ', reviewPlan(store, id, ' ana ', NOW))).toThrow(/second person/);
    save(store, version(), 'Ben', reviewPlan(store, id, 'Ben', NOW));
    expect(loadAtlas(store.dataDir).atlas!.features.get(id)!.properties.review).toMatchObject({ status: 'reviewed', createdBy: 'Ana', reviewedBy: 'Ben' });
  });
});

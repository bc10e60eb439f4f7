/**
 * One broken fixture per validation rule. Each case changes one thing in the valid fixture and
 * must produce exactly the expected issues (`broken/<case>/expected.json`, `REGEN=1` rewrites),
 * and the first issue must name the file, the feature and the problem an author would look for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '@/lib/data';
import { BROKEN, composeCase, expectMatchesFile, relativeIssues, removeDir } from './fixtures';

const S1 = '900_0000000000000001';

/** case -> [file, feature id (undefined: a file-level issue), problem] of the issue that must appear. */
const CASES: Record<string, [string, string | undefined, RegExp]> = {
  'quote-missing': ['layers/events.json', 'ev-test-end', new RegExp(`^quote not found in ${S1}: "The drills stopped"$`)],
  'quote-ambiguous': ['layers/events.json', 'ev-test-end', new RegExp(`^quote occurs 2 times in ${S1}; add prefix/suffix: "The drills"$`)],
  'prefix-suffix-mismatch': ['layers/events.json', 'ev-test-end', /^quote found in .* but not with the given prefix\/suffix/],
  'bad-date-form': ['layers/exercises.json', 'ex-test-drill', /^properties\.date\.start: date must be YYYY, YYYY-MM or YYYY-MM-DD$/],
  'end-before-start': ['layers/borders.json', 'bo-test-area', /^date ends \(2021-08\) before it starts \(2021-09\)$/],
  'resolved-without-phrase': ['layers/exercises.json', 'ex-test-drill', /^properties\.date\.phrase: a resolved date needs `phrase`/],
  'phrase-not-verbatim': ['layers/exercises.json', 'ex-test-drill', /^date phrase is not in a cited evidence passage: "2 September"$/],
  'duplicate-id': ['layers/events.json', 'ex-test-drill', /^duplicate feature id \(first used in layers\/exercises\.json\)$/],
  'unknown-related': ['layers/events.json', 'ev-test-end', /^related id "al-missing" is not a feature$/],
  'spatial-unknown-target': ['layers/exercises.json', 'ex-test-drill', /^spatial check refers to unknown feature "co-missing"$/],
  'coordinates-out-of-range': ['layers/events.json', 'ev-test-end', /^geometry\.coordinates\.0: longitude must be between -180 and 180$/],
  'unknown-source': ['layers/events.json', 'ev-test-end', /^cites unknown source 999_0000000000000009$/],
  'source-never-cited': ['sources/sources.json', undefined, /^source 902_0000000000000003 is never cited$/],
  'text-edited': ['sources/900_0000000000000001.txt', undefined, /^text differs from the corpus file recorded in sources\.json/],
  'spatial-off': [
    'layers/exercises.json',
    'ex-test-drill',
    /^placement rule no longer holds: the point is 2[0-9]{3} m from co-test-road, but it was placed to match the source's "a mere 300 meters" \(300 m ± 150 m\); move the point$/,
  ],
  'ring-not-closed': ['layers/borders.json', 'bo-test-area', /^invalid GeoJSON geometry: .*first and last positions/i],
  'self-intersecting': ['layers/borders.json', 'bo-test-area', /^polygon rings cross themselves or each other at 1 point$/],
  'missing-citations': ['layers/alliances.json', 'al-test-triangle', /^properties\.citations: Invalid input: expected array, received undefined$/],
  'unknown-property': ['layers/alliances.json', 'al-test-triangle', /^properties: Unrecognized key: "colour"$/],
  'wrong-layer': ['layers/events.json', 'ev-test-end', /^properties\.layer: .*"events"/],
  'geometry-and-derive': ['layers/alliances.json', 'al-test-triangle', /^has both a geometry and a derive recipe \(capital-links\)/],
  'no-shared-border': ['layers/borders.json', 'bo-test-border', /^natural-earth-border: ARM and TUR share no border in countries\.topo\.json$/],
  'missing-capital': ['layers/alliances.json', 'al-test-triangle', /^capital-links: no capital for GEO in places\.geojson$/],
  'basemap-invalid': ['basemap/places.geojson', undefined, /^features\.0\.properties\.iso3: /],
  'not-a-feature-collection': ['layers/events.json', undefined, /^type: Invalid input: expected "FeatureCollection"$/],
  'invalid-json': ['layers/events.json', undefined, /^invalid JSON at line 2, column 1: the file ends in the middle of a value$/],
  // A comma missing after `"kind": "statement"` (line 24), found at the next property; exercises.json relates to a feature in
  // the file, but "related id … is not a feature" must not bury the cause.
  'invalid-json-follow-on': ['layers/events.json', undefined, /^invalid JSON at line 25, column 9: Expected ',' or '}' after property value$/],
  'empty-layer': ['layers/corridors.json', undefined, /^layer has no features$/],
  // Status: present, and one of the five.
  'missing-status': ['layers/events.json', 'ev-test-end', /^properties\.status: Invalid option: expected one of "occurred"\|"in-force"\|"planned"\|"proposed"\|"claimed"$/],
  'unknown-status': ['layers/alliances.json', 'al-test-triangle', /^properties\.status: Invalid option/],
  // Citations: a role each; attributions name who holds the view; contested wording is attributed and quoted.
  'citation-without-role': ['layers/corridors.json', 'co-test-road', /^properties\.citations\.0\.role: Invalid option: expected one of "evidence"\|"context"$/],
  'attribution-without-by': ['layers/events.json', 'ev-test-end', /^properties\.citations\.0\.attribution\.by: /],
  'loaded-wording-unattributed': ['layers/events.json', 'ev-test-end', /^citations\.1 holds contested wording \("resumed…"\) but has no attribution/],
  'loaded-wording-unquoted': ['layers/events.json', 'ev-test-end', /^description uses contested wording outside quotes \("resumed…"\)$/],
  // Dates: one of three bases, outside knowledge named, phrases in evidence passages.
  'old-basis-explicit': ['layers/borders.json', 'bo-test-area', /^properties\.date\.basis: Invalid option: expected one of "stated"\|"resolved"\|"outside-knowledge"$/],
  'outside-knowledge-unnamed': ['layers/borders.json', 'bo-test-area', /^properties\.date\.outside: an outside-knowledge date must name its basis/],
  'phrase-in-context-only': ['layers/events.json', 'ev-test-end', /^date phrase is not in a cited evidence passage: "resumed later"$/],
  'end-basis-incomplete': ['layers/borders.json', 'bo-test-area', /^properties\.date\.endPhrase: a resolved date needs `endPhrase`/],
  'members-without-as-of': ['layers/alliances.json', 'al-test-triangle', /^lists 3 members but no `membersAsOf`/],
  // Places: a placement rule is never a verification; a strip needs its width.
  'spatial-check-verifies-placement': [
    'layers/exercises.json',
    'ex-test-drill',
    /^spatial check to co-test-road is marked use "check" \(verified\), but the geometry was placed by that same statement/,
  ],
  'strip-edge-without-width': ['layers/exercises.json', 'ex-test-drill', /^spatial statement to co-test-road measures to the edge of its strip, but co-test-road has no width$/],
  // One claim, stored once.
  'claim-stored-twice': ['layers/borders.json', 'bo-test-area', /^cites the passage at 901_0000000000000002:\d+-\d+ as evidence, as co-test-road does, and no related link joins them/],
  // Names: contested pairs in the stated order, in the layers and on the basemap; one romanisation.
  'contested-name-order': ['layers/exercises.json', 'ex-test-drill', /^location\.note writes "Lachin \/ Berdzor"; the stated order is "Berdzor \/ Lachin"$/],
  'contested-name-alone': ['layers/exercises.json', 'ex-test-drill', /^description names "Lachin" alone; write both names, "Berdzor \/ Lachin"$/],
  'contested-name-basemap': ['basemap/places.geojson', undefined, /^town "Lachin \/ Berdzor" has a contested name; label it "Berdzor \/ Lachin"$/],
  'conventions-pair-unordered': ['layers/conventions.json', undefined, /^contested pair "Lachin \/ Berdzor" is not in the stated \(alphabetical\) order$/],
  'basemap-label-not-romanised': ['basemap/places.geojson', undefined, /^label "Sumqayıt" is not in plain Latin letters/],
};

describe('broken fixtures: each rule fires and names file, feature and problem', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it('has a test for every broken fixture directory', () => {
    expect(fs.readdirSync(BROKEN).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, [file, featureId, problem]] of Object.entries(CASES)) {
    it(name, () => {
      const dir = composeCase(name);
      dirs.push(dir);
      const { atlas, issues } = loadAtlas(dir);
      expect(atlas).toBeUndefined();
      const rel = relativeIssues(dir, issues);
      const hit = rel.find((i) => i.file === file && i.featureId === featureId && problem.test(i.problem));
      expect(hit, `no issue matching ${file} ${featureId ?? ''} ${problem} in\n${JSON.stringify(rel, null, 2)}`).toBeDefined();
      expectMatchesFile(path.join(BROKEN, name, 'expected.json'), rel);
    });
  }
});

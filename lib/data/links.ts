/**
 * Checks that need the whole atlas: references between features, the sources' distance
 * statements against the drawn geometries, and that no source sits in the corpus uncited.
 */
import type { z } from 'zod';
import type { SpatialCheck } from './schema';
import type { AtlasFeature, Source } from './types';
import type { IssueList } from './issues';
import { distanceFact } from './spatial';

export interface ResolvedEntry {
  file: string;
  feature: AtlasFeature;
  spatialChecks: z.infer<typeof SpatialCheck>[];
  /** Ids of `related` as authored (also copied into the feature). */
  related: string[];
}

/**
 * Fills each feature's `spatialFacts` and reports unknown ids, distances that do not match a
 * check, and placement rules the geometry no longer satisfies (the target was redrawn).
 * `allIds` holds every id seen, so a reference to a feature that failed validation is not
 * reported twice.
 */
export function linkFeatures(entries: ResolvedEntry[], allIds: Set<string>, issues: IssueList): void {
  const byId = new Map(entries.map((e) => [e.feature.id, e.feature]));
  for (const { file, feature, spatialChecks, related } of entries) {
    for (const id of related) {
      if (!allIds.has(id)) issues.add(file, `related id "${id}" is not a feature`, feature.id);
      else if (id === feature.id) issues.add(file, 'feature lists itself as related', feature.id);
    }
    for (const check of spatialChecks) {
      if (!allIds.has(check.to)) {
        issues.add(file, `spatial check refers to unknown feature "${check.to}"`, feature.id);
        continue;
      }
      const target = byId.get(check.to);
      if (!target) continue;
      const width = target.properties.width?.meters;
      if (check.measure === 'strip-edge' && width === undefined) {
        issues.add(file, `spatial statement to ${check.to} measures to the edge of its strip, but ${check.to} has no width`, feature.id);
        continue;
      }
      const fact = distanceFact(check, feature.geometry, target.geometry, width);
      feature.properties.spatialFacts.push(fact);
      if (fact.holds) continue;
      const what = check.measure === 'strip-edge' ? `the edge of ${check.to}'s ${width} m strip` : check.to;
      const stated = `"${check.stated}" (${check.statedMeters} m ± ${check.toleranceMeters} m)`;
      issues.add(
        file,
        check.use === 'placement'
          ? `placement rule no longer holds: the point is ${fact.computedMeters} m from ${what}, but it was placed to match the source's ${stated}; move the point`
          : `spatial check to ${check.to}: computed ${fact.computedMeters} m to ${what}, but the source says ${stated}`,
        feature.id,
      );
    }
  }
}

/**
 * One claim is stored once: the features citing one passage as evidence must be connected through
 * `related` (either way, possibly through another of them). Otherwise the same claim is stored
 * twice, e.g. as an event and again as a relation, without a reader being told.
 */
export function checkDuplicateClaims(entries: ResolvedEntry[], issues: IssueList): void {
  const byPassage = new Map<string, Set<ResolvedEntry>>();
  for (const e of entries) {
    for (const c of e.feature.properties.citations) {
      if (c.role !== 'evidence') continue;
      const key = `${c.source}:${c.start}-${c.end}`;
      let citing = byPassage.get(key);
      if (!citing) byPassage.set(key, (citing = new Set()));
      citing.add(e);
    }
  }
  for (const [key, set] of byPassage) {
    const citing = [...set];
    const first = citing[0];
    if (!first || citing.length === 1) continue;
    // Features citing the passage, joined where a related link joins them (either direction);
    // whoever is not connected to the first citing feature is reported. Union-find: linear.
    const at = new Map(citing.map((e, i) => [e.feature.id, i]));
    const parent = citing.map((_, i) => i);
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    citing.forEach((e, i) => {
      for (const r of e.related) {
        const j = at.get(r);
        if (j !== undefined) parent[root(i)] = root(j);
      }
    });
    const firstRoot = root(0);
    citing.forEach((e, i) => {
      if (root(i) === firstRoot) return;
      issues.add(
        e.file,
        `cites the passage at ${key} as evidence, as ${first.feature.id} does, and no related link joins them: store the claim once, or cross-reference with related`,
        e.feature.id,
      );
    });
  }
}

/**
 * Every loaded source must be cited at least once: an uncited article is dead weight or a gap.
 * A source added in the editor (`added`) may wait for its first citation.
 * `cited` counts authored citations of every schema-valid feature, so a quote that failed to
 * anchor does not also make its source look uncited.
 */
export function checkSourceCoverage(sources: Source[], cited: Set<string>, file: string, issues: IssueList): void {
  // A source just added in the editor waits for its first citation (the editor lists it as such).
  for (const s of sources) if (!cited.has(s.id) && !s.added) issues.add(file, `source ${s.id} is never cited`);
}

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
 * Fills each feature's `spatialFacts` and reports unknown ids and inconsistent distances.
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
      const fact = distanceFact(check, feature.geometry, target.geometry);
      feature.properties.spatialFacts.push(fact);
      if (!fact.consistent) {
        issues.add(
          file,
          `spatial check to ${check.to}: computed ${fact.computedMeters} m, but the source says "${check.stated}" (${check.statedMeters} m ± ${check.toleranceMeters} m)`,
          feature.id,
        );
      }
    }
  }
}

/**
 * Every loaded source must be cited at least once: an uncited article is dead weight or a gap.
 * `cited` counts authored citations of every schema-valid feature, so a quote that failed to
 * anchor does not also make its source look uncited.
 */
export function checkSourceCoverage(sources: Source[], cited: Set<string>, file: string, issues: IssueList): void {
  for (const s of sources) if (!cited.has(s.id)) issues.add(file, `source ${s.id} is never cited`);
}

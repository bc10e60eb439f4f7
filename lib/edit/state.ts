/** What the editor's pages show of the data: drafts to review, sources waiting for citations, recent changes. */
import { sameEditor } from '@/lib/data/schema';
import type { Atlas } from '@/lib/data/types';
import type { Change } from './store';

export interface EditorState {
  version: string;
  editor: string | null;
  /** `source`: the source of the draft's first passage, where it is edited. */
  drafts: { id: string; name: string; layer: string; source: string | null; createdBy: string; createdAt: string; mine: boolean }[];
  sources: { id: string; title: string; citations: number; added: { by: string; at: string } | null }[];
  changes: Change[];
}

export function editorState(atlas: Atlas, changes: readonly Change[], editor: string | null): EditorState {
  const counts = new Map<string, number>();
  for (const f of atlas.features.values()) for (const c of f.properties.citations) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  const drafts = [...atlas.features.values()].flatMap((f) => {
    const r = f.properties.review;
    if (r?.status !== 'draft') return [];
    const mine = editor !== null && sameEditor(r.createdBy, editor);
    return [{ id: f.id, name: f.properties.name, layer: f.properties.layer, source: f.properties.citations[0]?.source ?? null, createdBy: r.createdBy, createdAt: r.createdAt, mine }];
  });
  const sources = atlas.sources.map((s) => ({ id: s.id, title: s.title, citations: counts.get(s.id) ?? 0, added: s.added ?? null }));
  return { version: atlas.version, editor, drafts, sources, changes: changes.slice(-20).reverse() };
}

import type { Page } from '@playwright/test';
import { BADGE_OFFSETS } from '@/lib/map/styles/points';

/** A point symbol as drawn on the screen: what it is and the circle or box it covers, in CSS px. */
export interface DrawnSymbol {
  kind: 'marker' | 'group' | 'badge';
  id: string;
  /** Centre and half-size of its visible extent (circle radius for markers and groups). */
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  round: boolean;
  /** The features it stands for: a marker its own, a group and a badge theirs. */
  ids: string[];
  /** The evaluated layout and paint the map drew it with. */
  icon: string;
}

/** The point symbols of the map and the covers over it, read from the rendered map (not from the data). */
export class MapSymbols {
  constructor(readonly page: Page) {}

  /**
   * Every marker, group and capital badge drawn in view, with its visible extent: a marker's
   * shape (a region's ring is wider), a group's circle, a badge's box.
   */
  async drawn(): Promise<DrawnSymbol[]> {
    return this.page.evaluate(async (offsets) => {
      const map = window.__atlasMap!;
      const points = map.getSource('points') as import('maplibre-gl').GeoJSONSource | undefined;
      const layers = ['points-marker', 'points-group', 'anchors-badge'].filter((l) => map.getLayer(l));
      const out: DrawnSymbol[] = [];
      for (const f of map.queryRenderedFeatures({ layers })) {
        if (f.geometry.type !== 'Point') continue;
        const at = map.project(f.geometry.coordinates as [number, number]);
        const p = f.properties ?? {};
        const image = (f.layer.layout as Record<string, unknown> | undefined)?.['icon-image'] as unknown;
        const icon = typeof image === 'string' ? image : String((image as { name?: string } | undefined)?.name ?? '');
        if (f.layer.id === 'points-group') {
          const count = Number(p.point_count);
          const r = (count < 4 ? 12 : count < 10 ? 14 : count < 25 ? 17 : 20) + 1.5;
          const leaves = points ? await points.getClusterLeaves(Number(p.cluster_id), Infinity, 0) : [];
          const ids = leaves.map((l) => String(l.properties?.id));
          out.push({ kind: 'group', id: `group:${p.cluster_id}`, x: at.x, y: at.y, halfWidth: r, halfHeight: r, round: true, ids, icon });
        } else if (f.layer.id === 'anchors-badge') {
          // A badge takes one of several spots around its capital (BADGE_OFFSETS): find the one
          // MapLibre chose by asking the map what is drawn at each spot.
          const w = 27 + 7 * String(p.count).length;
          const h = 19;
          const em = 11;
          const spot = offsets
            .map(([anchor, [ox, oy]]) => {
              const dx = anchor.includes('left') ? w / 2 : anchor.includes('right') ? -w / 2 : 0;
              const dy = anchor.startsWith('top') ? h / 2 : anchor.startsWith('bottom') ? -h / 2 : 0;
              return { x: at.x + ox * em + dx, y: at.y + oy * em + dy };
            })
            .find((c) =>
              map
                .queryRenderedFeatures([[c.x - 2, c.y - 2], [c.x + 2, c.y + 2]], { layers: ['anchors-badge'] })
                .some((hit) => hit.properties?.id === p.id),
            );
          if (!spot) throw new Error(`badge ${p.id} is drawn at none of its spots`);
          const ids = String(p.ids).split(' ');
          out.push({ kind: 'badge', id: String(p.id), x: spot.x, y: spot.y, halfWidth: w / 2, halfHeight: h / 2, round: false, ids, icon });
        } else {
          const r = icon.endsWith(':region') ? 13.5 : 8.5;
          out.push({ kind: 'marker', id: String(p.id), x: at.x, y: at.y, halfWidth: r, halfHeight: r, round: true, ids: [String(p.id)], icon });
        }
      }
      return out;
    }, BADGE_OFFSETS);
  }

  /**
   * Where on the page to click to reach a point feature: its marker, or the group or capital
   * badge it is drawn in. Throws if it is drawn nowhere in view.
   */
  async pagePointOf(id: string): Promise<{ x: number; y: number; kind: DrawnSymbol['kind'] }> {
    const symbol = (await this.drawn()).find((s) => s.ids.includes(id));
    if (!symbol) throw new Error(`${id} is not drawn in view (no marker, group or badge stands for it)`);
    const box = await this.mapBox();
    return { x: box.left + symbol.x, y: box.top + symbol.y, kind: symbol.kind };
  }

  /** Pairs of drawn symbols whose extents overlap by more than `tolerance` px. */
  async overlaps(tolerance = 1): Promise<[string, string][]> {
    const symbols = await this.drawn();
    const pairs: [string, string][] = [];
    for (let i = 0; i < symbols.length; i++)
      for (let j = i + 1; j < symbols.length; j++) {
        const a = symbols[i]!;
        const b = symbols[j]!;
        const hit =
          a.round && b.round
            ? Math.hypot(a.x - b.x, a.y - b.y) < a.halfWidth + b.halfWidth - tolerance
            : Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth - tolerance && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight - tolerance;
        if (hit) pairs.push([a.id, b.id]);
      }
    return pairs;
  }

  /** Where the selected feature is drawn (its ring, or its label on a line or an area), in page px. */
  async selectionPoint(): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(() => {
      const map = window.__atlasMap!;
      const rendered = map.queryRenderedFeatures({ layers: ['selection-ring', 'selection-label', 'selection-halo'].filter((l) => map.getLayer(l)) });
      const f = rendered.find((r) => r.layer.id === 'selection-ring') ?? rendered.find((r) => r.layer.id === 'selection-label');
      if (!f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
  }

  /** The boxes of everything that lies over the map (sidebar, panel or sheet, time control, legend). */
  async covers(): Promise<{ name: string; left: number; top: number; right: number; bottom: number }[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-covers-map]')]
        .map((el) => ({ name: el.className, ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.width > 0 && r.height > 0)
        .map(({ name, left, top, right, bottom }) => ({ name, left, top, right, bottom })),
    );
  }

  /** The map canvas's box on the page. */
  async mapBox(): Promise<{ left: number; top: number; right: number; bottom: number }> {
    return this.page.evaluate(() => {
      const r = window.__atlasMap!.getCanvas().getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  }

  /** The evaluated marker image and line dashes of a feature drawn in view, by id. */
  async styleOf(id: string): Promise<{ layer: string; icon?: string; dash?: unknown; opacity?: unknown } | null> {
    return this.page.evaluate((id) => {
      const map = window.__atlasMap!;
      const layers = ['points-marker', 'alliances-line', 'corridors-line', 'borders-line'].filter((l) => map.getLayer(l));
      const f = map.queryRenderedFeatures({ layers }).find((r) => r.properties?.id === id);
      if (!f) return null;
      const image = (f.layer.layout as Record<string, unknown> | undefined)?.['icon-image'] as unknown;
      return {
        layer: f.layer.id,
        icon: typeof image === 'string' ? image : (image as { name?: string } | undefined)?.name,
        dash: (f.layer.paint as Record<string, unknown> | undefined)?.['line-dasharray'],
        opacity: (f.layer.paint as Record<string, unknown> | undefined)?.['line-opacity'],
      };
    }, id);
  }
}

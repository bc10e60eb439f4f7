import { expect, type Locator, type Page } from '@playwright/test';
import type { LayerId } from '@/lib/layers';
import { sourceOf } from '@/lib/map/data-layers';

/** The search box, the sidebar's list of features in view, and the feature panel, as a user finds things. */
export class FindPage {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly panel: Locator;
  readonly sidebar: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('combobox', { name: 'Search features, places and actors' });
    this.results = page.getByRole('listbox', { name: 'Search results' });
    this.panel = page.getByTestId('feature-panel');
    this.sidebar = page.getByTestId('map-sidebar');
    this.list = page.getByTestId('feature-list');
  }

  /** The option for a result whose name contains `name`. */
  result(name: string | RegExp): Locator {
    return this.results.getByRole('option', { name });
  }

  /** A row of the list by feature id. */
  listItem(id: string): Locator {
    return this.list.locator(`[data-feature-id="${id}"]`);
  }

  /** Opens the List tab, by keyboard when asked (Tab into the tab list, arrow across). */
  async openList() {
    await this.page.getByTestId('sidebar-tab-list').click();
    await expect(this.page.getByTestId('sidebar-tab-list')).toHaveAttribute('aria-selected', 'true');
  }

  /** The feature-state the map holds for a feature (hover, selected). */
  async featureState(layer: LayerId, id: string): Promise<Record<string, unknown>> {
    const source = sourceOf(layer);
    return this.page.evaluate(({ source, id }) => window.__atlasMap!.getFeatureState({ source, id }), { source, id });
  }

  /** The map's visible area as [west, south, east, north]. */
  async bounds(): Promise<[number, number, number, number]> {
    return this.page.evaluate(() => {
      const b = window.__atlasMap!.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
    });
  }

  async zoom(): Promise<number> {
    return this.page.evaluate(() => window.__atlasMap!.getZoom());
  }

  /** Whether a coordinate is drawn inside the part of the map not covered by a panel on the right. */
  async isInView(lngLat: [number, number]): Promise<boolean> {
    const [w, s, e, n] = await this.bounds();
    return lngLat[0] >= w && lngLat[0] <= e && lngLat[1] >= s && lngLat[1] <= n;
  }
}

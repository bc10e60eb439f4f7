import AtlasApp from '@/components/AtlasApp';
import { SEARCH_SLOT_ID } from '@/components/header/search-slot';
import AtlasMapProvider from '@/components/map/AtlasMapProvider';
import { catalogOf } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';
import { parseUrlState, urlContext } from '@/lib/url';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const atlas = getAtlas();
  const catalog = catalogOf(atlas);
  // Parsed here so the first render already shows what the link asked for.
  const initial = parseUrlState(params, urlContext(catalog, atlas.features));
  const initialLayer = initial.feature ? (atlas.features.get(initial.feature)?.properties.layer ?? null) : null;
  return (
    <>
      <header className="atlas-header">
        <h1>Caucasus Security Atlas</h1>
        <p>Exercises, corridors, borders and alliances of the South Caucasus, each cited to its sources.</p>
        {/* The search box (components/header/SearchBox.tsx) renders here. */}
        <div id={SEARCH_SLOT_ID} className="atlas-header-search" />
      </header>
      <main className="atlas-main">
        <AtlasMapProvider>
          <AtlasApp catalog={catalog} initial={initial} initialLayer={initialLayer} />
        </AtlasMapProvider>
      </main>
    </>
  );
}

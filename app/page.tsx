import AtlasApp from '@/components/AtlasApp';
import AtlasMapProvider from '@/components/find/AtlasMapProvider';
import { SEARCH_SLOT_ID } from '@/components/find/search-slot';
import { buildCatalog } from '@/lib/catalog';
import { getAtlas, getPlaces } from '@/lib/data';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const feature = typeof params.feature === 'string' ? params.feature : null;
  const catalog = buildCatalog(getAtlas(), getPlaces());
  return (
    <>
      <header className="atlas-header">
        <h1>Caucasus Security Atlas</h1>
        <p>Exercises, corridors, borders and alliances of the South Caucasus, each cited to its sources.</p>
        {/* The search box (components/find/SearchBox.tsx) renders here. */}
        <div id={SEARCH_SLOT_ID} className="atlas-header-search" />
      </header>
      <main className="atlas-main">
        <AtlasMapProvider>
          <AtlasApp catalog={catalog} initialFeature={feature} />
        </AtlasMapProvider>
      </main>
    </>
  );
}

import AtlasApp from '@/components/AtlasApp';
import AtlasMapProvider from '@/components/find/AtlasMapProvider';
import { SEARCH_SLOT_ID } from '@/components/find/search-slot';
import { catalogOf } from '@/lib/catalog';
import { getAtlas, getPlaces } from '@/lib/data';
import { parseUrlState, urlContext } from '@/lib/url';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const catalog = catalogOf(getAtlas(), getPlaces());
  // Parsed here so the first render already shows what the link asked for.
  const initial = parseUrlState(params, urlContext(catalog));
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
          <AtlasApp catalog={catalog} initial={initial} />
        </AtlasMapProvider>
      </main>
    </>
  );
}

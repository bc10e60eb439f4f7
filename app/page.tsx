import AtlasApp from '@/components/AtlasApp';
import { buildCatalog } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';
import { parseUrlState, urlContext } from '@/lib/url';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const catalog = buildCatalog(getAtlas());
  // Parsed here so the first render already shows what the link asked for.
  const initial = parseUrlState(params, urlContext(catalog));
  return (
    <>
      <header className="atlas-header">
        <h1>Caucasus Security Atlas</h1>
        <p>Exercises, corridors, borders and alliances of the South Caucasus, each cited to its sources.</p>
      </header>
      <main className="atlas-main">
        <AtlasApp catalog={catalog} initial={initial} />
      </main>
    </>
  );
}

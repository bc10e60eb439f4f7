import AtlasApp from '@/components/AtlasApp';
import { buildCatalog } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const feature = typeof params.feature === 'string' ? params.feature : null;
  const catalog = buildCatalog(getAtlas());
  return (
    <>
      <header className="atlas-header">
        <h1>Caucasus Security Atlas</h1>
        <p>Exercises, corridors, borders and alliances of the South Caucasus, each cited to its sources.</p>
      </header>
      <main className="atlas-main">
        <AtlasApp catalog={catalog} initialFeature={feature} />
      </main>
    </>
  );
}

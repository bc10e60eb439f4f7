import AtlasApp from '@/components/AtlasApp';
import AboutLinks from '@/components/header/AboutLinks';
import { SEARCH_SLOT_ID } from '@/components/header/search-slot';
import AtlasMapProvider from '@/components/map/AtlasMapProvider';
import { catalogOf } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';
import { parseUrlState, urlContext } from '@/lib/url';
import { staticMapPath } from '@/lib/url/links';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { OPENING_SCRIPT_ID, openingJson, openingOf } from '@/lib/page/opening';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const atlas = getAtlas();
  const catalog = catalogOf(atlas);
  // Parsed here so the first render already shows what the link asked for.
  const initial = parseUrlState(params, urlContext(catalog, atlas.features));
  // Every layer's map form is fetched as soon as the page loads (lib/client/use-atlas-data.ts):
  // announced in the head, the fetches start with the page's scripts, not after hydration.
  for (const layer of catalog.layers) preload(staticMapPath(catalog.version, layer.id), { as: 'fetch', crossOrigin: 'anonymous' });
  // This response's script nonce (server/app.mjs puts the policy on the request), for the opening's script tag.
  const nonce = /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];
  const initialLayer = initial.feature ? (atlas.features.get(initial.feature)?.properties.layer ?? null) : null;
  return (
    <>
      <header className="atlas-header">
        <h1>Caucasus Security Atlas</h1>
        <p>Exercises, corridors, borders and alliances of the South Caucasus, each cited to its sources.</p>
        {/* The search box (components/header/SearchBox.tsx) renders here. */}
        <div id={SEARCH_SLOT_ID} className="atlas-header-search" />
        <AboutLinks className="atlas-nav atlas-nav-header" />
      </header>
      <main className="atlas-main">
        <noscript>
          <div className="noscript-notice" data-testid="noscript">
            <h2>The map needs JavaScript</h2>
            <p>
              It is off in this browser, so the map, its layers and its counts cannot be drawn. Everything the atlas holds
              is also written out as text: <a href="/features">every feature, with its status, dates, place and cited passages</a>,
              each quote linked to its source.
            </p>
          </div>
        </noscript>
        {/* Read by the map before the page hydrates, to draw the opening data at once (lib/client/early-map.ts). */}
        {/* Browsers hide a nonce from the DOM, so hydration cannot compare it. */}
        <script id={OPENING_SCRIPT_ID} type="application/json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: openingJson(openingOf(catalog, initial)) }} />
        <AtlasMapProvider>
          <AtlasApp catalog={catalog} initial={initial} initialLayer={initialLayer} />
        </AtlasMapProvider>
      </main>
    </>
  );
}

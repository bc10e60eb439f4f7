import type { Metadata } from 'next';
import Link from 'next/link';
import PageHeader from '@/components/header/PageHeader';
import { Fragment } from 'react';
import { Swatches } from '@/components/sidebar/Swatches';
import { getAtlas } from '@/lib/data';
import { DATE_BASIS_TAGS } from '@/lib/format/date';
import { ATTRIBUTION_LABELS, LOCATION_PRECISION_LABELS, STATUS_LABELS } from '@/lib/format/labels';
import { legendItems, type LegendSection } from '@/lib/map/legend';
import { LOCAL_NAME_MINZOOM } from '@/lib/map/basemap-style';
import { NAME_SOURCE_LABELS } from '@/lib/data/languages';

export const metadata: Metadata = {
  title: 'Method — Caucasus Security Atlas',
  description: 'How the atlas is made and how to read it: status, placement, how dates are known, whose words, the name rules, the symbols, how to cite it, its licences.',
};

const SECTIONS: LegendSection[] = ['What', 'How real', 'How precisely placed', 'On the map'];

/** The method, in the words the panel and the legend use (the same labels, from the same code). */
export default function AboutPage() {
  const atlas = getAtlas();
  const legend = legendItems();
  const year = new Date().getUTCFullYear();
  return (
    <>
      <PageHeader />
      <main className="reader feature-index about">
        <h1>Method</h1>
        <p>
          The Caucasus Security Atlas maps military exercises, corridors, borders, alliances and events of the South
          Caucasus, and ties every feature to the exact passages of the <Link href="/sources">{atlas.sources.length} source articles</Link>{' '}
          it comes from. Nothing is drawn that no passage mentions; where the atlas adds knowledge from outside the texts, it
          says so and names it.
        </p>

        <h2 id="status">How real: status</h2>
        <p>Every feature says, from the sources&apos; point of view, whether it happened or only was planned, proposed or claimed.</p>
        <dl className="facts">
          {Object.entries(STATUS_LABELS).map(([key, s]) => (
            <Fragment key={key}>
              <dt>{s.label}</dt>
              <dd>{s.explain}</dd>
            </Fragment>
          ))}
        </dl>
        <p>
          On the map, what happened or is in force is drawn solid; what is only planned, proposed or claimed is hollow or
          dashed, so it never looks like a fact.
        </p>

        <h2 id="placement">How precisely placed</h2>
        <dl className="facts">
          {Object.entries(LOCATION_PRECISION_LABELS).map(([key, label]) => (
            <Fragment key={key}>
              <dt>{label}</dt>
              <dd>{PLACEMENT_NOTES[key]}</dd>
            </Fragment>
          ))}
        </dl>
        <p>
          Where a text states a distance (&ldquo;a mere 300 meters from the Lachin corridor&rdquo;), the atlas either checks its
          geometry against it, or, where the text is all there is, places the feature by it, and then says that the distance
          is a placement rule, not a check.
        </p>

        <h2 id="dates">How dates are known</h2>
        <p>Every date has one of three bases, and its precision is the finest at which the whole date is known; a day is never made up.</p>
        <dl className="facts">
          <dt>{cap(DATE_BASIS_TAGS.stated)}</dt>
          <dd>The text gives the date at that precision (&ldquo;November 30, 2017&rdquo;); the panel quotes its words.</dd>
          <dt>{cap(DATE_BASIS_TAGS.resolved)}</dt>
          <dd>A relative phrase (&ldquo;September 2nd&rdquo;) resolved against the article&apos;s date; the panel says how. Marked ≈.</dd>
          <dt>{cap(DATE_BASIS_TAGS['outside-knowledge'])}</dt>
          <dd>From reporting outside the corpus, which the panel names. Marked ≈; worth checking.</dd>
        </dl>
        <p>
          A span may be dated (began and ended then), first attested (the sources do not date its start; it may be older), or
          within (it happened at some time between two bounds). An end no source reports is shown as such, never invented.
        </p>

        <h2 id="words">Whose words</h2>
        <p>
          Names and descriptions are the atlas&apos;s own voice, in neutral English. A cited passage that carries a judgement or
          a party&apos;s assertion says whose it is:
        </p>
        <ul>
          {Object.entries(ATTRIBUTION_LABELS).map(([key, label]) => (
            <li key={key}>
              <strong>{label} …</strong> {ATTRIBUTION_NOTES[key]}
            </li>
          ))}
        </ul>
        <p>Contested words ({atlas.conventions.loadedWording.map((w) => `“${w}…”`).join(', ')}) appear only inside quotes.</p>

        <h2 id="names">Names</h2>
        <p>
          Town names are written in plain Latin letters: an established English name where there is one (Baku, Tehran);
          otherwise the official local name, romanised (Azerbaijani letter by letter: Xankəndi → Khankandi, Şuşa → Shusha;
          Armenian, Georgian, Russian and Persian by the BGN/PCGN romanisation, reduced to plain letters). Other spellings are
          kept as other names, so search finds a town by any of them.
        </p>
        <p>
          Towns of the former Nagorno-Karabakh Autonomous Oblast and the seven surrounding districts that have an Armenian and
          an Azerbaijani name carry both, in alphabetical order, everywhere: on the map, in names and in notes. Alphabetical
          order gives neither side priority and does not change with who controls a town. The {atlas.conventions.contestedNames.length} pairs:
        </p>
        <p data-testid="contested-pairs">{atlas.conventions.contestedNames.map((c) => c.pair.join(' / ')).join(' · ')}</p>
        <h3 id="regional-names">Names in the region&apos;s languages</h3>
        <p>
          Towns of Armenia, Azerbaijan and Georgia, the capitals and the towns the sources name, and the features that have
          one (the Lachin corridor, the former oblast, the wars, the CSTO) also carry their names in Armenian, Azerbaijani,
          Georgian and Russian, each marked with its language: the panel and the search results list them, search finds them
          (Ստեփանակերտ, Xankəndi, Степанакерт), and from zoom {LOCAL_NAME_MINZOOM} the map writes a town&apos;s name in its own
          country&apos;s language under its label; a contested town gets both sides&apos; names, in the order of its label
          (Xankəndi / Ստեփանակերտ). Languages are listed in alphabetical order of their English names.
        </p>
        <p>
          Where each name comes from is recorded with it: the capitals&apos; names are those of {NAME_SOURCE_LABELS.CLDR}; the rest
          are editorial, written by the atlas from the official spelling or established usage, because no gazetteer of
          alternate names can be used offline. The Armenian and Georgian letters are drawn in Noto Sans Armenian and Noto Sans
          Georgian, which the atlas ships; it fetches no fonts.
        </p>

        <h2 id="symbols">Reading the map</h2>
        {SECTIONS.map((section) => (
          <section key={section}>
            <h4>{section}</h4>
            <ul className="legend-list">
              {legend
                .filter((e) => e.section === section)
                .map((e) => (
                  <li key={e.key}>
                    <Swatches swatches={[e.swatch]} /> {e.label}
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <p>
          A relation between states is a link between their capitals (spokes to a hub for three or more), drawn faint until
          pointed at or opened. Statements and policies without a venue are gathered in one badge per capital.
        </p>

        <h2 id="cite">How to cite the atlas</h2>
        <p className="citation-example">
          Caucasus Security Atlas contributors. <cite>Caucasus Security Atlas</cite>, data version {atlas.version.slice(0, 12)},
          accessed {year}. Cite the source articles for what they say: each quote in the atlas links to its passage, and
          &ldquo;Copy citation&rdquo; in the reader gives a formatted reference.
        </p>

        <h2 id="licence">Licences</h2>
        <ul>
          <li>The atlas&apos;s own data (features, their dates, places and notes; the source metadata): CC BY 4.0, credit &ldquo;Caucasus Security Atlas contributors&rdquo;.</li>
          <li>The basemap: Natural Earth (public domain), towns from GeoNames (CC BY 4.0), lakes and rivers from GSHHG/WDBII, relief from SRTM30 (NASA JPL).</li>
          <li>
            The source articles remain the copyright of their authors and outlets; they are included in full so every citation
            can be read in context. Quote them with attribution; do not republish them whole.
          </li>
          <li>The code: MIT.</li>
        </ul>
      </main>
    </>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const PLACEMENT_NOTES: Record<string, string> = {
  exact: 'A site the text names (a city, a building), or one that named outside knowledge places.',
  approximate: 'Placed or digitised by judgement: roads, lines, areas, a checkpoint on a road. Drawn with a halo.',
  region: 'Only a district, region or country is known; the point stands for it and is not a site. Drawn with a wide dashed ring.',
  symbolic: 'Not a place: alliances link capitals, and statements or policies with no venue stand at the capital of who made them.',
};

const ATTRIBUTION_NOTES: Record<string, string> = {
  opinion: 'a judgement of the author or of a party.',
  'loaded-wording': 'contested vocabulary, quoted as the source uses it.',
  claim: 'a party’s assertion of fact that the texts do not confirm.',
};

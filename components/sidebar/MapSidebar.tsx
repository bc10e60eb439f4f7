'use client';

import AboutLinks from '@/components/header/AboutLinks';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAtlasMap, useViewBbox } from '@/lib/client/use-atlas-map';
import { COVERS_MAP } from '@/lib/client/use-camera';
import type { LayerId } from '@/lib/data/types';
import { featuresInView, groupByLayer } from '@/lib/list';
import { setHighlight, type MapTarget } from '@/lib/map/focus';
import type { MapFormFeature } from '@/lib/view/map-form';
import FeatureList from './FeatureList';

type Tab = 'layers' | 'list';
const TABS: Tab[] = ['layers', 'list'];

interface Props {
  /** The layers in list order, with their titles. */
  layers: readonly { id: LayerId; title: string }[];
  /** The features the view model shows; the list is those of them in the visible area. */
  shown: readonly MapFormFeature[];
  selectedId: string | null;
  /** Opens a feature (the page brings it into view beside its panel). */
  onSelect: (id: string) => void;
  /** The layers panel, shown under the first tab. */
  children: ReactNode;
}

/**
 * The map's sidebar: layer toggles and a list of the features in view, as two tabs. On a wide
 * screen it stays open on the left; on a phone it folds into a button and opens as a drawer.
 * The list and the map stay in step: choosing a row opens the feature and pans to it, hovering or
 * focusing a row lights the feature up, and a feature chosen on the map is marked in the list.
 */
export default function MapSidebar({ layers, shown, selectedId, onSelect, children }: Props) {
  const id = useId();
  const map = useAtlasMap();
  const view = useViewBbox(map);
  const [tab, setTab] = useState<Tab>('layers');
  // The list's rows are sorted and built when the List tab is first opened (the count needs
  // neither), and stay built (page and focus kept) while the other tab is shown.
  const [listOpened, setListOpened] = useState(false);
  const showTab = (t: Tab) => {
    setTab(t);
    if (t === 'list') setListOpened(true);
  };
  const [drawerOpen, setDrawerOpen] = useState(false);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ layers: null, list: null });
  const lit = useRef<MapTarget | null>(null);

  const byId = useMemo(() => new Map(shown.map((f) => [f.id, f])), [shown]);
  const inView = useMemo(() => featuresInView(shown, view), [shown, view]);
  const groups = useMemo(() => (listOpened ? groupByLayer(layers, inView) : []), [layers, inView, listOpened]);
  const count = inView.length;

  const highlight = (featureId: string | null) => {
    if (!map) return;
    setHighlight(map, lit.current, false);
    const f = featureId ? byId.get(featureId) : undefined;
    lit.current = f ? { layer: f.properties.layer, id: f.id } : null;
    setHighlight(map, lit.current, true);
  };

  const choose = (featureId: string) => {
    // On a phone the drawer would cover the map and the panel: fold it away.
    setDrawerOpen(false);
    onSelect(featureId);
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    showTab(next);
    tabRefs.current[next]?.focus();
  };

  const tabButton = (t: Tab, label: ReactNode) => (
    <button
      type="button"
      role="tab"
      id={`${id}-tab-${t}`}
      aria-selected={tab === t}
      aria-controls={`${id}-panel-${t}`}
      tabIndex={tab === t ? 0 : -1}
      className="sidebar-tab"
      data-testid={`sidebar-tab-${t}`}
      ref={(el) => {
        tabRefs.current[t] = el;
      }}
      onClick={() => showTab(t)}
      onKeyDown={onTabKey}
    >
      {label}
    </button>
  );

  return (
    <div className="map-sidebar" data-open={drawerOpen} data-testid="map-sidebar" {...{ [COVERS_MAP]: '' }}>
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls={`${id}-body`}
        data-testid="drawer-toggle"
        onClick={() => setDrawerOpen((o) => !o)}
      >
        <svg width="16" height="14" aria-hidden="true">
          <path d="M1 2h14M1 7h14M1 12h14" stroke="currentColor" strokeWidth="2" />
        </svg>
        Layers &amp; list
      </button>
      <div id={`${id}-body`} className="map-sidebar-body">
        <div className="sidebar-head">
          <div className="sidebar-tabs" role="tablist" aria-label="Map sidebar">
            {tabButton('layers', 'Layers')}
            {tabButton(
              'list',
              <>
                List <span className="sidebar-tab-count">({count} in view)</span>
              </>,
            )}
          </div>
          <button type="button" className="drawer-close" aria-label="Close layers and list" onClick={() => setDrawerOpen(false)}>
            ×
          </button>
        </div>
        <div role="tabpanel" id={`${id}-panel-layers`} aria-labelledby={`${id}-tab-layers`} hidden={tab !== 'layers'}>
          {children}
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel-list`}
          aria-labelledby={`${id}-tab-list`}
          hidden={tab !== 'list'}
          className="sidebar-list-panel"
        >
          {listOpened && <FeatureList groups={groups} selectedId={selectedId} onSelect={choose} onHighlight={highlight} visible={tab === 'list'} />}
        </div>
        {/* On a phone the header has no room for these: they live at the foot of the drawer. */}
        <AboutLinks className="atlas-nav atlas-nav-drawer" />
      </div>
    </div>
  );
}

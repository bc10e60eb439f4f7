/**
 * The legend: what every symbol on the map means, built from the layer registry, the marker
 * grammar and the palette (the same definitions the map draws from), and cut down to what is drawn
 * in view, so it stays short and always explains what the reader is looking at.
 */
import { LAYERS, type LayerDefinition, type LegendEntry } from '@/lib/layers';
import { markerPlacement, markerStatus, parseMarkerId, PLACEMENT_WORDS, STATUS_WORDS, type MarkerPlacement, type MarkerStatus } from './markers';
import { NEUTRAL } from './palette';

export type LegendSection = 'What' | 'How real' | 'How precisely placed' | 'On the map';

export interface LegendItem extends LegendEntry {
  key: string;
  section: LegendSection;
}

/** A neutral marker, for entries about status or placement rather than kind. */
const neutral = (status: MarkerStatus, placement: MarkerPlacement) =>
  ({ shape: 'marker', marker: { shape: 'circle', color: NEUTRAL.ink, status, placement } }) as const;

/** Every legend item the registry and the marker grammar define, in reading order. */
export function legendItems(registry: readonly LayerDefinition[] = LAYERS): LegendItem[] {
  const what: LegendItem[] = registry.flatMap((l) =>
    l.legend.map((e) => ({ ...e, key: e.kinds ? `kinds:${l.id}:${e.kinds.join(',')}` : `layer:${l.id}:${e.label}`, section: 'What' as const })),
  );
  const real: LegendItem[] = (['fact', 'planned', 'proposed', 'claimed'] as const).map((s) => ({
    key: `status:${s}`,
    label: STATUS_WORDS[s],
    swatch: neutral(s, 'exact'),
    section: 'How real',
  }));
  const placed: LegendItem[] = [
    ...(['exact', 'approximate', 'region'] as const).map((p) => ({ key: `placement:${p}`, label: PLACEMENT_WORDS[p], swatch: neutral('fact', p), section: 'How precisely placed' as const })),
    { key: 'placement:symbolic', label: PLACEMENT_WORDS.symbolic, swatch: { shape: 'anchor' }, section: 'How precisely placed' },
  ];
  const onMap: LegendItem[] = [
    { key: 'group', label: 'Several features close together (click to list them)', swatch: { shape: 'group' }, section: 'On the map' },
    { key: 'group-uncertain', label: '…some of them only planned, proposed or claimed', swatch: { shape: 'group', uncertain: true }, section: 'On the map' },
    { key: 'selection', label: 'The feature open in the panel', swatch: { shape: 'selected' }, section: 'On the map' },
  ];
  return [...what, ...real, ...placed, ...onMap];
}

/** What is drawn in view, as legend keys. */
export interface InView {
  keys: Set<string>;
}

/** A rendered feature as the legend needs it: the style layer that drew it and its properties. */
export interface RenderedForLegend {
  layer: { id: string };
  properties: Record<string, unknown> | null;
}

/**
 * The legend keys of what is drawn: each feature's layer and kind, its status and placement, and
 * the groups, badges and selection on the map.
 */
export function inViewOf(rendered: readonly RenderedForLegend[], registry: readonly LayerDefinition[] = LAYERS): InView {
  const keys = new Set<string>();
  for (const f of rendered) {
    const p = f.properties ?? {};
    const style = f.layer.id;
    if (style === 'points-group') {
      keys.add('group');
      if (Number(p.uncertain) > 0) keys.add('group-uncertain');
      continue;
    }
    if (style === 'anchors-badge') {
      keys.add('placement:symbolic');
      continue;
    }
    if (style.startsWith('selection-')) {
      keys.add('selection');
      continue;
    }
    const def = registry.find((l) => l.id === p.layer);
    if (!def) continue;
    for (const e of def.legend) {
      if (!e.kinds) keys.add(`layer:${def.id}:${e.label}`);
      else if (e.kinds.includes(String(p.kind))) keys.add(`kinds:${def.id}:${e.kinds.join(',')}`);
    }
    keys.add(`status:${markerStatus(typeof p.status === 'string' && p.status !== 'fact' ? p.status : undefined)}`);
    const marker = typeof p.icon === 'string' ? parseMarkerId(p.icon) : null;
    if (marker) keys.add(`placement:${markerPlacement(marker.placement)}`);
  }
  return { keys };
}

/** The items that explain what is in view, in reading order. */
export function legendInView(items: readonly LegendItem[], inView: InView): LegendItem[] {
  return items.filter((i) => inView.keys.has(i.key));
}

'use client';

import { useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Catalog } from '@/lib/catalog';
import { useAtlasMap } from '@/lib/client/use-atlas-map';
import { focusOn } from '@/lib/map/focus';
import { buildSearchIndex, docBbox, search, type SearchHit } from '@/lib/search';
import { SEARCH_SLOT_ID } from './search-slot';

interface Props {
  catalog: Catalog;
  /** Whether the feature panel is open now (a town is then framed clear of it). */
  panelOpen: boolean;
  /** Opens a feature's panel (turning its layer on if need be). */
  onOpenFeature: (id: string) => void;
}

const noSubscribe = () => () => {};

/**
 * Search for features and towns by any of their names or by actor, following the ARIA combobox
 * pattern: the input keeps focus, arrow keys move through the results, Enter chooses, Escape
 * closes (and, pressed again, clears). Choosing flies the map there and opens a feature's panel.
 * Rendered into the page header through a portal so it sits in the banner landmark while sharing
 * the map page's state.
 */
export default function SearchBox({ catalog, panelOpen, onOpenFeature }: Props) {
  const index = useMemo(() => buildSearchIndex(catalog.features, catalog.places), [catalog]);
  const map = useAtlasMap();
  // Server: nothing (the box needs script anyway). Client: the header slot, or inline without one.
  const slot = useSyncExternalStore(noSubscribe, () => document.getElementById(SEARCH_SLOT_ID) ?? 'inline', () => null);
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { hits, total } = useMemo(() => search(index, text), [index, text]);
  const expanded = open && text.trim() !== '';

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    setText(hit.doc.name);
    const bbox = docBbox(hit.doc);
    if (map && bbox) focusOn(map, bbox, 'reveal', hit.doc.type === 'feature' || panelOpen);
    if (hit.doc.type === 'feature') onOpenFeature(hit.doc.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        if (n > 0) setActive(expanded ? (active + 1) % n : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (n > 0) setActive(expanded && active > 0 ? active - 1 : n - 1);
        break;
      case 'Enter': {
        // Enter with no result highlighted takes the best one: type a name, press Enter, done.
        const hit = expanded ? hits[active >= 0 ? active : 0] : undefined;
        if (hit) {
          e.preventDefault();
          choose(hit);
        }
        break;
      }
      case 'Escape':
        // Handled here only: the feature panel also closes on Escape, and should not this time.
        if (expanded || text) e.nativeEvent.stopImmediatePropagation();
        if (expanded) setOpen(false);
        else setText('');
        setActive(-1);
        break;
    }
  };

  const status = !expanded
    ? ''
    : hits.length === 0
      ? 'No matches'
      : `${total} ${total === 1 ? 'match' : 'matches'}${total > hits.length ? `, showing the first ${hits.length}` : ''}`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const box = (
    <div className="atlas-search" role="search" data-testid="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search features, places and actors
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder="Search places, features, actors…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className="search-results">
          {expanded &&
            hits.map((h, i) => (
              <li
                key={h.doc.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-result"
                data-testid="search-result"
                // Keep focus in the input, so a click does not close the list before it lands.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => active !== i && setActive(i)}
                onClick={() => choose(h)}
              >
                <span className="search-result-name">{h.doc.name}</span>
                <span className="search-result-meta">
                  {h.doc.what} · <span className="search-result-matched">matched: {h.matched}</span>
                </span>
              </li>
            ))}
        </ul>
        {expanded && hits.length === 0 && <p className="search-empty">No feature or place is called that.</p>}
        {expanded && total > hits.length && (
          <p className="search-more">
            Showing {hits.length} of {total}: type more to narrow down.
          </p>
        )}
      </div>
      <span id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
  if (slot === null) return null;
  return slot === 'inline' ? box : createPortal(box, slot);
}

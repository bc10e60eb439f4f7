'use client';

import { useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useSearchEngine, type SearchEngine } from '@/lib/client/use-atlas-data';
import type { Bbox } from '@/lib/geo/bbox';
import type { FocusMode } from '@/lib/map/focus';
import type { SearchHit } from '@/lib/search';
import { SEARCH_SLOT_ID } from './search-slot';
import { LANGUAGE_NAMES } from '@/lib/data/languages';

interface Props {
  /** The data version, so the names fetched match the features shown. */
  version: string;
  /** Opens a feature's panel, turning on whatever hides it, and brings it into view. */
  onOpenFeature: (id: string) => void;
  /** Brings a place into view. */
  focus: (bbox: Bbox, mode: FocusMode) => void;
}

const noSubscribe = () => () => {};

/**
 * Search for features and towns by any of their names or by actor, following the ARIA combobox
 * pattern: the input keeps focus, arrow keys move through the results, Enter chooses, Escape
 * closes (and, pressed again, clears). Choosing flies the map there and opens a feature's panel.
 * Rendered into the page header through a portal so it sits in the banner landmark while sharing
 * the map page's state.
 */
export default function SearchBox({ version, onOpenFeature, focus }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Server: nothing (the box needs script anyway). Client: the header slot, or inline without one.
  const slot = useSyncExternalStore(noSubscribe, () => document.getElementById(SEARCH_SLOT_ID) ?? 'inline', () => null);

  const choose = (hit: SearchHit, { docBbox }: SearchEngine) => {
    setOpen(false);
    setActive(-1);
    setText(hit.doc.name);
    if (hit.doc.type === 'feature') return onOpenFeature(hit.doc.id);
    const bbox = docBbox(hit.doc);
    if (bbox) focus(bbox, 'reveal');
  };

  // The names are fetched when the reader comes to the box (pointer over it, or focus), not with
  // the first view, which they would only slow down.
  const [wanted, setWanted] = useState(false);
  // Enter pressed before the names arrived: take the best result as soon as they do.
  const enterPending = useRef<string | null>(null);
  const corpus = useSearchEngine(wanted, version, (engine) => {
    const typed = enterPending.current;
    enterPending.current = null;
    const best = typed === null ? undefined : engine.search(engine.index, typed).hits[0];
    if (best) choose(best, engine);
  });
  const engine = corpus.data;
  const { hits, total } = useMemo(() => (engine ? engine.search(engine.index, text) : { hits: [], total: 0 }), [engine, text]);
  const expanded = open && text.trim() !== '';

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
        // Pressed before the names have arrived, it takes the best one as soon as they do.
        if (expanded && !engine) {
          e.preventDefault();
          enterPending.current = text;
          break;
        }
        const hit = expanded ? hits[active >= 0 ? active : 0] : undefined;
        if (hit && engine) {
          e.preventDefault();
          choose(hit, engine);
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
    : !engine
      ? corpus.error
        ? 'Names could not load'
        : 'Loading names…'
      : hits.length === 0
      ? 'No matches'
      : `${total} ${total === 1 ? 'match' : 'matches'}${total > hits.length ? `, showing the first ${hits.length}` : ''}`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const box = (
    <div className="atlas-search" role="search" data-testid="search" onPointerEnter={() => setWanted(true)}>
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
          setWanted(true);
          enterPending.current = null;
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
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
                onClick={() => engine && choose(h, engine)}
              >
                <span className="search-result-name">{h.doc.name}</span>
                <span className="search-result-meta">
                  {h.doc.what} · <span className="search-result-matched">matched: {h.matched}</span>
                </span>
                {h.doc.type === 'place' && h.doc.regional.length > 0 && (
                  <span className="search-result-regional" data-testid="search-result-regional">
                    {h.doc.regional.map((n, j) => (
                      <span key={`${n.lang}:${n.name}`}>
                        {j > 0 && ' · '}
                        <span lang={n.lang} title={LANGUAGE_NAMES[n.lang]}>
                          {n.name}
                        </span>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
        </ul>
        {expanded && !engine && (
          <p className="search-empty" role={corpus.error ? 'alert' : undefined}>
            {corpus.error ? (
              <>
                The names could not load: {corpus.error.description}.{' '}
                <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={corpus.retry}>
                  Retry
                </button>
              </>
            ) : (
              'Loading names…'
            )}
          </p>
        )}
        {expanded && engine && hits.length === 0 && <p className="search-empty">No feature or place is called that.</p>}
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

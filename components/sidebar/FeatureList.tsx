'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LayerId } from '@/lib/data/types';
import { LIST_PAGE, moreRowId, pageGroups, pageLimit, type ListGroup } from '@/lib/list';

interface Props {
  groups: ListGroup[];
  /** The feature whose panel is open: marked in the list and scrolled into view. */
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The feature under the pointer or keyboard focus, to light it up on the map (null: none). */
  onHighlight: (id: string | null) => void;
  /** Whether the list is on screen (its tab shown): the selected row is scrolled to when it appears. */
  visible: boolean;
}

/**
 * The features the map shows now, as a list a keyboard or screen-reader user can go through: one
 * tab stop, arrow keys (and Home/End) to move, Enter or Space to open. Each row reads as name,
 * kind, date and how precisely the feature is placed. A long group shows its first rows and a last
 * row that shows the next page (lib/list/pages.ts), so a list of 100,000 costs what one of 100 does.
 */
export default function FeatureList({ groups, selectedId, onSelect, onHighlight, visible }: Props) {
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Partial<Record<LayerId, number>>>({});
  const paged = pageGroups(groups, shown, selectedId);
  const ids = paged.flatMap((g) => [...g.rows.map((i) => i.id), ...(g.hidden > 0 ? [moreRowId(g.layer)] : [])]);
  const count = paged.reduce((n, g) => n + g.total, 0);
  const [focusId, setFocusId] = useState<string | null>(null);
  // After "show more", the first row it added takes the focus, once it is rendered.
  const focusAfterRender = useRef<string | null>(null);

  const showMore = (layer: LayerId) => {
    const group = paged.find((g) => g.layer === layer);
    const features = groups.find((g) => g.layer === layer)?.features ?? [];
    const limit = pageLimit(shown, layer);
    setShown((s) => ({ ...s, [layer]: limit + LIST_PAGE }));
    const next = features[limit]?.id ?? group?.rows.at(-1)?.id ?? null;
    setFocusId(next);
    focusAfterRender.current = next;
  };
  const activate = (rowId: string) => {
    const more = paged.find((g) => moreRowId(g.layer) === rowId);
    if (more) showMore(more.layer);
    else onSelect(rowId);
  };
  // The tab stop: the focused row if still listed, else the selected one, else the first.
  const tabStop = focusId && ids.includes(focusId) ? focusId : selectedId && ids.includes(selectedId) ? selectedId : ids[0];

  const rowOf = (featureId: string) =>
    listRef.current?.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(featureId)}"]`) ?? null;

  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    const row = rowOf(target);
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  });

  // Selecting on the map (or anywhere else) brings the row into view.
  useEffect(() => {
    if (selectedId && visible) rowOf(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, visible]);

  const move = (to: number) => {
    const target = ids[Math.max(0, Math.min(ids.length - 1, to))];
    if (!target) return;
    setFocusId(target);
    const row = rowOf(target);
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabStop ? ids.indexOf(tabStop) : -1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(ids.length - 1),
      PageDown: () => move(at + 10),
      PageUp: () => move(at - 10),
      Enter: () => tabStop && activate(tabStop),
      ' ': () => tabStop && activate(tabStop),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  if (count === 0) {
    return (
      <p className="list-empty" data-testid="list-empty">
        Nothing is shown in this part of the map. Zoom out, move the map or turn layers on.
      </p>
    );
  }

  return (
    <div className="feature-list">
      <p className="list-summary" id={`${id}-summary`}>
        {count.toLocaleString('en')} {count === 1 ? 'feature' : 'features'} in view. Arrow keys move, Enter opens.
      </p>
      <div
        ref={listRef}
        role="listbox"
        aria-labelledby={`${id}-summary`}
        className="list-box"
        data-testid="feature-list"
        onKeyDown={onKeyDown}
        onMouseLeave={() => onHighlight(null)}
      >
        {paged.map((g) => (
          <div key={g.layer} role="group" aria-label={g.title} className="list-group">
            <div className="list-group-title" aria-hidden="true">
              {g.title} <span className="list-group-count">{g.total.toLocaleString('en')}</span>
            </div>
            {g.rows.map((item) => (
              <div
                key={item.id}
                role="option"
                aria-selected={item.id === selectedId}
                tabIndex={item.id === tabStop ? 0 : -1}
                className="list-item"
                data-testid="list-item"
                data-feature-id={item.id}
                onClick={() => {
                  setFocusId(item.id);
                  onSelect(item.id);
                }}
                onFocus={() => {
                  setFocusId(item.id);
                  onHighlight(item.id);
                }}
                onBlur={() => onHighlight(null)}
                onMouseEnter={() => onHighlight(item.id)}
              >
                <span className="list-item-name">
                  {item.name}
                  {item.draft && <span className="draft-badge">draft</span>}
                </span>
                <span className="list-item-meta">
                  {item.statusLabel} · {item.kind} · {item.date}
                  {item.dateInferred && (
                    <>
                      <span className="inferred-mark" aria-hidden="true" title={`Date not stated: ${item.dateBasisLabel}`}>
                        {' '}
                        ≈
                      </span>
                      <span className="visually-hidden"> (date {item.dateBasisLabel})</span>
                    </>
                  )}
                  {item.place && <> · {item.place}</>}
                </span>
              </div>
            ))}
            {g.hidden > 0 && (
              <div
                role="option"
                aria-selected={false}
                tabIndex={moreRowId(g.layer) === tabStop ? 0 : -1}
                className="list-item list-more"
                data-testid="list-more"
                data-feature-id={moreRowId(g.layer)}
                onClick={() => showMore(g.layer)}
                onFocus={() => setFocusId(moreRowId(g.layer))}
              >
                Show {Math.min(LIST_PAGE, g.hidden)} more {g.title.toLowerCase()}
                <span className="list-item-meta">
                  {g.rows.length.toLocaleString('en')} of {g.total.toLocaleString('en')} listed
                </span>
              </div>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

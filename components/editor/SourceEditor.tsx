'use client';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findQuote } from '@/lib/data/citations';
import { codePointLength, codePointOffset } from '@/lib/data/codepoints';
import { buildSelector, type BuiltSelector } from '@/lib/edit/selector';
import { emptyDraft, type Draft, type DraftCitation } from '@/lib/edit/draft';
import type { GazetteerEntry } from '@/lib/edit/place-suggest';
import { segmentText } from '@/lib/text/segments';
import FeatureForm, { type EditorLayer } from './FeatureForm';
import ExistingCitation from './ExistingCitation';

export interface EditorSource {
  id: string;
  title: string;
  text: string;
  published: string;
}

interface Picked {
  selector: BuiltSelector;
  /** UTF-16 index of the selection's start. */
  at: number;
  /** Where to show the toolbar, in viewport pixels. */
  x: number;
  y: number;
}

const draftKey = (sourceId: string) => `atlas-editor-draft:${sourceId}`;

/**
 * Editing mode of the reader: the article's text exactly as stored (cited passages marked), and
 * the feature being made. Selecting words offers to cite them (the selector is made by
 * lib/edit/selector.ts, never typed), to add them to an existing feature, or to take them as the
 * date's phrase. The draft is kept in this browser until it is saved, so a reload loses nothing.
 */
export default function SourceEditor({
  source,
  passages,
  features,
  layers,
  gazetteer,
  baseVersion,
  editing,
}: {
  source: EditorSource;
  passages: { start: number; end: number; features: string[] }[];
  features: { id: string; name: string; layer: string }[];
  layers: EditorLayer[];
  gazetteer: GazetteerEntry[];
  baseVersion: string;
  /** A stored draft to change (`?feature=`), instead of a new feature. */
  editing?: { id: string; draft: Draft };
}) {
  const textRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [pickProblem, setPickProblem] = useState<string | null>(null);
  const [existingFor, setExistingFor] = useState<BuiltSelector | null>(null);
  const first = layers[0]!;
  const [draft, setDraft] = useState<Draft>(() => editing?.draft ?? emptyDraft(first.id, first.kinds[0]!));
  const storageKey = editing ? `${draftKey(source.id)}:${editing.id}` : draftKey(source.id);
  const [restored, setRestored] = useState(false);
  /** The data version this page works from: moved on by each save of its own and by each 409. */
  const [version, setVersion] = useState(baseVersion);

  // The draft survives a reload (and a refused save) in this browser.
  useEffect(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft this browser kept is read once, after hydration
      if (saved) setDraft({ ...emptyDraft(first.id, first.kinds[0]!), ...(JSON.parse(saved) as Draft) });
    } catch {
      /* a draft that does not parse is dropped */
    }
    setRestored(true);
  }, [storageKey, first]);
  useEffect(() => {
    if (restored) localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, restored, storageKey]);

  const onSelection = useCallback(() => {
    const container = textRef.current;
    const sel = window.getSelection();
    if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      setPicked(null);
      return;
    }
    const range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      setPicked(null);
      return;
    }
    // Offsets in the stored text: the container holds the text and nothing else.
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const from = before.toString().length;
    const to = from + range.toString().length;
    const r = buildSelector(source.text, from, to);
    if ('problem' in r) {
      setPicked(null);
      setPickProblem(r.problem);
      return;
    }
    setPickProblem(null);
    const rect = range.getBoundingClientRect();
    setPicked({ selector: r.selector, at: from, x: rect.left + rect.width / 2, y: rect.bottom + 6 });
  }, [source.text]);

  // A mouse or keyboard selection is read when it ends; a touch selection (its handles dragged
  // on a phone) when it has rested for a moment.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (ms: number) => () => {
      clearTimeout(timer);
      timer = setTimeout(onSelection, ms);
    };
    const up = later(0);
    const settled = later(400);
    document.addEventListener('mouseup', up);
    document.addEventListener('keyup', up);
    document.addEventListener('touchend', settled);
    document.addEventListener('selectionchange', settled);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mouseup', up);
      document.removeEventListener('keyup', up);
      document.removeEventListener('touchend', settled);
      document.removeEventListener('selectionchange', settled);
    };
  }, [onSelection]);

  const cite = (role: DraftCitation['role']) => {
    if (!picked) return;
    const s = picked.selector;
    setDraft((d) => ({
      ...d,
      citations: [
        ...d.citations,
        { key: `${Date.now()}-${d.citations.length}`, at: picked.at, source: source.id, role, exact: s.exact, ...(s.prefix ? { prefix: s.prefix } : {}), ...(s.suffix ? { suffix: s.suffix } : {}), attributionType: '', attributionBy: '', note: '' },
      ],
    }));
    window.getSelection()?.removeAllRanges();
    setPicked(null);
  };

  const highlights = useMemo(() => {
    const marks = passages.map((p, i) => ({ key: `p${i}`, start: p.start, end: p.end }));
    draft.citations.forEach((c, i) => {
      if (c.source !== source.id) return;
      const r = draftPosition(source.text, c);
      if (r) marks.push({ key: `d${i}`, start: r.start, end: r.end });
    });
    return marks;
  }, [passages, draft.citations, source.text, source.id]);
  const segments = useMemo(() => segmentText(source.text, highlights), [source.text, highlights]);
  const labelOf = (key: string) => (key.startsWith('p') ? passages[Number(key.slice(1))]?.features.join(', ') : 'cited in your draft');

  return (
    <div className="editor-columns">
      <section className="editor-text" aria-labelledby="editor-source-title">
        <h1 id="editor-source-title">{source.title}</h1>
        <p className="tag">
          Select words to cite them. Marked: passages already cited (hover for the features) and, in green, your draft&apos;s.
        </p>
        {pickProblem && (
          <p className="field-error" role="status" data-testid="pick-problem">
            {pickProblem}
          </p>
        )}
        {/* Focusable: it scrolls on its own, so the keyboard must reach it (selecting by keyboard needs caret browsing, F7). */}
        <div ref={textRef} className="source-text" data-testid="editor-text" tabIndex={0} role="region" aria-label="The article's text: select words to cite them">
          {segments.map((s, i) =>
            s.covering.length === 0 ? (
              <Fragment key={i}>{s.text}</Fragment>
            ) : (
              <mark
                key={i}
                className={`passage${s.covering.some((k) => k.startsWith('d')) ? ' passage-draft' : ''}`}
                title={s.covering.map(labelOf).join('; ')}
              >
                {s.text}
              </mark>
            ),
          )}
        </div>
        {picked && (
          <div className="editor-pick" role="toolbar" aria-label="Cite the selected words" data-testid="pick-toolbar" style={{ left: picked.x, top: picked.y }}>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => cite('evidence')} data-testid="cite-evidence">
              Cite as evidence
            </button>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => cite('context')} data-testid="cite-context">
              Cite as context
            </button>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setDraft((d) => ({ ...d, date: { ...d.date, phrase: picked.selector.exact } }));
                setPicked(null);
              }}
              data-testid="use-as-phrase"
            >
              Use as date phrase
            </button>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setExistingFor(picked.selector);
                setPicked(null);
              }}
              data-testid="cite-existing"
            >
              Add to an existing feature…
            </button>
          </div>
        )}
      </section>
      <section className="editor-feature" aria-label="The feature you are making">
        {existingFor && <ExistingCitation sourceId={source.id} selector={existingFor} features={features} baseVersion={version} setBaseVersion={setVersion} onClose={() => setExistingFor(null)} />}
        <FeatureForm
          source={source}
          draft={draft}
          setDraft={setDraft}
          layers={layers}
          gazetteer={gazetteer}
          features={features}
          baseVersion={version}
          setBaseVersion={setVersion}
          {...(editing ? { editingId: editing.id } : {})}
          onSaved={() => {
            localStorage.removeItem(storageKey);
            // A changed draft stays in the form (to change again); a new feature makes room for the next.
            if (!editing) setDraft(emptyDraft(draft.layer, layers.find((l) => l.id === draft.layer)?.kinds[0] ?? draft.kind));
          }}
        />
      </section>
    </div>
  );
}

/** Where a draft citation sits in the text (code points), or null when its quote no longer matches. */
function draftPosition(text: string, c: DraftCitation): { start: number; end: number } | null {
  const hits = findQuote(text, c.exact, c.prefix ?? '', c.suffix ?? '');
  if (hits.length !== 1) return null;
  const start = codePointOffset(text, hits[0]!);
  return { start, end: start + codePointLength(c.exact) };
}

'use client';

import { useEffect } from 'react';
import { layoutNotes } from '@/lib/text/margin-notes';

/** At this width and up, notes stand in the margin beside their passages (reader.css). */
const WIDE = '(min-width: 1100px)';
/** Space between two notes, and how far below its passage's top a note may land before it goes inline. */
const GAP = 6;
export const MAX_DRIFT = 96;

/**
 * Lays the passage labels out in the margin level with the top of their passages, each pushed
 * down only as far as the note above it needs (lib/text/margin-notes.ts); a note that would land
 * more than `MAX_DRIFT` px below its passage stays inline after it. Runs again when the
 * text reflows (resize, fonts).
 */
export default function MarginNotes() {
  useEffect(() => {
    const text = document.querySelector<HTMLElement>('[data-testid="source-text"]');
    if (!text) return;
    const wide = window.matchMedia(WIDE);
    const place = () => {
      const labels = [...text.querySelectorAll<HTMLElement>('.passage-label')];
      for (const l of labels) {
        l.style.top = '';
        delete l.dataset.inline;
      }
      if (!wide.matches) return;
      // A note that would land too far below its passage (where passages crowd) goes inline,
      // right after its passage, instead; the text then reflows, so lay out again.
      for (let round = 0; round <= labels.length; round++) {
        const origin = text.getBoundingClientRect().top;
        const margin = labels.filter((l) => !l.dataset.inline);
        const notes = margin.map((label) => {
          const mark = text.querySelector<HTMLElement>(`mark[data-passages~="${label.dataset.passage}"]`);
          return { label, want: (mark?.getBoundingClientRect().top ?? origin) - origin, height: label.offsetHeight };
        });
        const tops = layoutNotes(notes.map(({ want, height }) => ({ want, height })), GAP);
        notes.forEach((n, i) => (n.label.style.top = `${tops[i]}px`));
        // The first note (down the page) that lands too far goes inline; the ones after it may
        // now fit, so lay out again.
        const far = notes
          .map((n, i) => ({ n, drift: tops[i]! - n.want, top: tops[i]! }))
          .filter((x) => x.drift > MAX_DRIFT)
          .sort((a, b) => a.n.want - b.n.want)[0];
        if (!far) break;
        far.n.label.dataset.inline = 'true';
        far.n.label.style.top = '';
      }
      text.dataset.notesPlaced = 'true';
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(text);
    wide.addEventListener('change', place);
    void document.fonts?.ready.then(place);
    return () => {
      observer.disconnect();
      wide.removeEventListener('change', place);
    };
  }, []);
  return null;
}

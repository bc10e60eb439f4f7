'use client';

import { useEffect } from 'react';
import { parsePassageKey, passageKey } from '@/lib/url/links';

/**
 * Marks the passage named in the URL's hash (`#q-{start}-{end}`, from "Open in source") as the one
 * the reader came for, and centres it. Runs again when the hash changes; any other hash is ignored.
 * The margin notes are placed after the first paint and move the text as they go; until the
 * reader scrolls, types or touches, the passage is centred again whenever the text changes size.
 */
export default function ReaderFocus() {
  useEffect(() => {
    let target: HTMLElement | undefined;
    let readerMoved = false;
    const centre = () => target?.scrollIntoView({ block: 'center' });
    const focus = () => {
      document.querySelectorAll('.passage-target').forEach((el) => el.classList.remove('passage-target'));
      const passage = parsePassageKey(window.location.hash);
      target = undefined;
      if (!passage) return;
      const marks = document.querySelectorAll<HTMLElement>(`mark[data-passages~="${passageKey(passage)}"]`);
      marks.forEach((el) => el.classList.add('passage-target'));
      target = marks[0];
      readerMoved = false;
      centre();
    };
    const moved = () => (readerMoved = true);
    const text = document.querySelector('[data-testid="source-text"]');
    const resized = new ResizeObserver(() => {
      if (!readerMoved) centre();
    });
    if (text) resized.observe(text);
    focus();
    window.addEventListener('hashchange', focus);
    for (const e of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.addEventListener(e, moved, { passive: true });
    return () => {
      resized.disconnect();
      window.removeEventListener('hashchange', focus);
      for (const e of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.removeEventListener(e, moved);
    };
  }, []);
  return null;
}

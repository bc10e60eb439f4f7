'use client';

import { useEffect } from 'react';
import { parsePassageKey, passageKey } from '@/lib/url/links';

/**
 * Marks the passage named in the URL's hash (`#q-{start}-{end}`, from "Open in source") as the one
 * the reader came for, and centres it. Runs again when the hash changes; any other hash is ignored.
 */
export default function ReaderFocus() {
  useEffect(() => {
    const focus = () => {
      document.querySelectorAll('.passage-target').forEach((el) => el.classList.remove('passage-target'));
      const passage = parsePassageKey(window.location.hash);
      if (!passage) return;
      const marks = document.querySelectorAll<HTMLElement>(`mark[data-passages~="${passageKey(passage)}"]`);
      marks.forEach((el) => el.classList.add('passage-target'));
      marks[0]?.scrollIntoView({ block: 'center' });
    };
    focus();
    window.addEventListener('hashchange', focus);
    return () => window.removeEventListener('hashchange', focus);
  }, []);
  return null;
}

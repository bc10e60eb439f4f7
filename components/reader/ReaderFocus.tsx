'use client';

import { useEffect } from 'react';

/**
 * Marks the passage named in the URL's hash (`#q-{start}-{end}`, from "Open in source") as the one
 * the reader came for, and centres it. Runs again when the hash changes.
 */
export default function ReaderFocus() {
  useEffect(() => {
    const focus = () => {
      // A hand-edited fragment such as `#%` is not valid percent-encoding; it names no passage.
      const key = (() => { try { return decodeURIComponent(window.location.hash.slice(1)); } catch { return ''; } })();
      document.querySelectorAll('.passage-target').forEach((el) => el.classList.remove('passage-target'));
      if (!/^q-\d+-\d+$/.test(key)) return;
      const marks = document.querySelectorAll<HTMLElement>(`mark[data-passages~="${key}"]`);
      marks.forEach((el) => el.classList.add('passage-target'));
      marks[0]?.scrollIntoView({ block: 'center' });
    };
    focus();
    window.addEventListener('hashchange', focus);
    return () => window.removeEventListener('hashchange', focus);
  }, []);
  return null;
}

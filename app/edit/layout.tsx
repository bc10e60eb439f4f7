import type { ReactNode } from 'react';
// The editor's styles load on its pages only, not on the map's first visit.
import '../styles/editor.css';

export default function EditorLayout({ children }: { children: ReactNode }) {
  return children;
}

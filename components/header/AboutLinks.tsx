import Link from 'next/link';

/**
 * The ways into the atlas besides the map: its sources, its method, and all of it as text.
 * Not prefetched: the map's first view should not wait behind pages the reader may never open.
 */
export default function AboutLinks({ className }: { className: string }) {
  return (
    <nav className={className} aria-label="About the atlas">
      <Link href="/sources" prefetch={false}>Sources</Link>
      <Link href="/about" prefetch={false}>Method</Link>
      <Link href="/features" prefetch={false}>All features as text</Link>
    </nav>
  );
}

import Link from 'next/link';

/** The ways into the atlas besides the map: its sources, its method, and all of it as text. */
export default function AboutLinks({ className }: { className: string }) {
  return (
    <nav className={className} aria-label="About the atlas">
      <Link href="/sources">Sources</Link>
      <Link href="/about">Method</Link>
      <Link href="/features">All features as text</Link>
    </nav>
  );
}

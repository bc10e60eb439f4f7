import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="reader">
      <h1>Not found</h1>
      <p>There is no such page or source in the atlas.</p>
      <p>
        <Link href="/">Back to the map</Link>
      </p>
    </main>
  );
}

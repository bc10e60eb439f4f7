import Link from 'next/link';
import AboutLinks from './AboutLinks';

/** The header of the text pages (sources, method, every feature): the way back, and the ways across. */
export default function PageHeader() {
  return (
    <header className="atlas-header">
      <Link href="/">← Back to the map</Link>
      <AboutLinks className="atlas-nav" />
    </header>
  );
}

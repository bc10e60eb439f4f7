import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ICON_DATA_URL } from '@/lib/page/icon';
import './styles/vendor/maplibre-gl.css';
// Names in Armenian and Georgian script: self-hosted, only these subsets, fetched when used.
import './styles/fonts.css';
// One stylesheet per region of the page, in cascade order.
import './styles/base.css';
import './styles/map.css';
import './styles/header.css';
import './styles/sidebar.css';
import './styles/panel.css';
import './styles/timeline.css';
import './styles/reader.css';

export const metadata: Metadata = {
  title: 'Caucasus Security Atlas',
  description:
    'An interactive map of the South Caucasus security landscape: exercises, corridors, borders and alliances, each linked to the source passages it comes from.',
  // Inline: a first visit makes no request for the icon (lib/page/icon.ts).
  icons: { icon: { url: ICON_DATA_URL, type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the 404 page included: its scripts carry that request's
  // Content-Security-Policy nonce (server/headers.mjs), which a prerendered page could not know.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

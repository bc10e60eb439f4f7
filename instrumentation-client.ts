/**
 * Runs in the browser before React hydrates the page (Next.js's client instrumentation hook): the
 * map starts here, as early as on a bare MapLibre page (lib/client/early-map.ts).
 */
import { startEarlyMap } from '@/lib/client/early-map';

startEarlyMap();

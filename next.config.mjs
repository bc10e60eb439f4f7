import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { checkGeodataForBuild, publishDataForBuild } from './scripts/build-data-check.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server compresses what Next.js renders, with brotli (server/app.mjs); Next.js would only gzip.
  compress: false,
  // No next/image here: the optimizer endpoint answers 404 instead of resizing whatever it is asked to.
  images: { unoptimized: true },
  // The data module reads geodata/ at run time; make sure the files ship with the server build.
  outputFileTracingIncludes: {
    '/api/**': ['./geodata/**/*'],
    '/sources/**': ['./geodata/**/*'],
    '/': ['./geodata/**/*'],
  },
};

/**
 * A build of broken data must fail, not serve 503s: the data is checked before anything is
 * compiled, then published as static files (public/data/<version>/). The build loads this file more than once, in its own process and in its workers; the
 * mark left in the environment (the checking process's id) tells them the data was checked, and
 * a stray variable from a shell cannot carry a matching id.
 */
const checkedHere = () => [String(process.pid), String(process.ppid)].includes(process.env.ATLAS_GEODATA_CHECKED_BY ?? '');

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !checkedHere()) {
    console.log(checkGeodataForBuild());
    console.log(publishDataForBuild());
    process.env.ATLAS_GEODATA_CHECKED_BY = String(process.pid);
  }
  return nextConfig;
}

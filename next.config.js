/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Separate build folders let several builds (e.g. a test server and a dev build) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The data module reads geodata/ at run time; make sure the files ship with the server build.
  outputFileTracingIncludes: {
    '/api/**': ['./geodata/**/*'],
    '/sources/**': ['./geodata/**/*'],
    '/': ['./geodata/**/*'],
  },
};

module.exports = nextConfig;

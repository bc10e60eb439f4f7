/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data module reads geodata/ at run time; make sure the files ship with the server build.
  outputFileTracingIncludes: {
    '/api/**': ['./geodata/**/*'],
    '/sources/**': ['./geodata/**/*'],
    '/': ['./geodata/**/*'],
  },
};

module.exports = nextConfig;

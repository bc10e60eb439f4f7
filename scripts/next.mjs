// Runs the Next.js command line (`node scripts/next.mjs build|start|dev|telemetry …`) with its
// telemetry off. Next.js reports anonymous usage over the network unless NEXT_TELEMETRY_DISABLED
// is set, and the atlas sends nothing off the machine; every npm script that runs Next goes
// through here, and the shell scripts and the Playwright server set the variable themselves.
// A plain `node` launcher rather than `VAR=1 next …` so the scripts work under cmd.exe too.
import { createRequire } from 'node:module';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const require = createRequire(import.meta.url);
const bin = require.resolve('next/dist/bin/next');
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
require(bin);

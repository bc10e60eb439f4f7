/** Reads the committed relief bands (RELIEF_FILE) for the tiles; no Marble needed. */
import fs from 'node:fs';
import { RELIEF_FILE } from './relief-config';
import type { ReliefCollection } from './relief-derive';

export function readRelief(file = RELIEF_FILE): ReliefCollection {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing; derive it with \`npm run build:basemap -- --relief\` (needs marble-qt-data)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ReliefCollection;
}

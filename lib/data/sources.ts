/**
 * Loads `sources/sources.json` and the corpus texts it lists. The texts are the anchors of every
 * citation, so each must be byte-identical to the corpus: the recorded SHA-256 proves it.
 */
import { createHash } from 'node:crypto';
import { sourceFileName } from './ids';
import { SourcesFile } from './schema';
import type { Source } from './types';
import type { GeodataReader } from './files';
import type { IssueList } from './issues';
import { describeZodIssues } from './zod-issues';

const META = 'sources/sources.json';

export interface LoadedSources {
  /** Sources whose metadata and text are sound. */
  sources: Source[];
  /** Every id sources.json lists (sound or not); `null` when sources.json itself is unusable. */
  listed: Set<string> | null;
}

/** Reads the source metadata and texts; problems go to `issues`. */
export function loadSources(reader: GeodataReader, issues: IssueList): LoadedSources {
  const file = reader.file(META);
  const raw = reader.json(META);
  if (raw === undefined) return { sources: [], listed: null };
  const parsed = SourcesFile.safeParse(raw);
  if (!parsed.success) {
    for (const p of describeZodIssues(parsed.error.issues)) issues.add(file, p);
    return { sources: [], listed: null };
  }
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const meta of parsed.data.sources) {
    if (seen.has(meta.id)) issues.add(file, `source ${meta.id} is listed twice`);
    seen.add(meta.id);
    if (meta.file !== sourceFileName(meta.id)) issues.add(file, `source ${meta.id}: file must be ${sourceFileName(meta.id)}, not ${meta.file}`);
    const { published: p } = meta;
    if ((p.earliest !== undefined && p.earliest > p.date) || (p.latest !== undefined && p.latest < p.date)) {
      issues.add(file, `source ${meta.id}: published.date ${p.date} is outside earliest..latest`);
    }
    const bytes = reader.bytes(`sources/${meta.file}`, ` (listed in sources.json as ${meta.id})`);
    if (bytes === undefined) continue;
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== meta.sha256) {
      issues.add(
        reader.file(`sources/${meta.file}`),
        `text differs from the corpus file recorded in sources.json (sha256 ${sha.slice(0, 12)}…, expected ${meta.sha256.slice(0, 12)}…); source texts must stay byte-identical`,
      );
      continue;
    }
    const text = reader.text(`sources/${meta.file}`);
    if (text !== undefined) sources.push({ ...meta, published: { ...meta.published }, text });
  }
  for (const name of reader.list('sources')) {
    if (name.endsWith('.txt') && !seen.has(name.slice(0, -4))) {
      issues.add(reader.file(`sources/${name}`), 'source text is not listed in sources.json');
    }
  }
  return { sources, listed: seen };
}

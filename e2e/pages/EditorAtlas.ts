/**
 * A second production server with editing on, over its own copy of the build and the data, so the
 * editor's saves never touch the repository's geodata/ or the server the other specs use.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EDITOR_SECRET = 'e2e-editor-secret-0123456789';
const ROOT = path.join(__dirname, '..', '..');

export interface EditorAtlas {
  url: string;
  /** The copy's folder: its geodata/ is what the editor writes. */
  dir: string;
  stop(): Promise<void>;
  /** `npm run check:data` on the copy's data: exit code and output. */
  checkData(): { status: number | null; output: string };
  readData(rel: string): string;
}

export async function startEditorAtlas(port = Number(process.env.E2E_EDITOR_PORT ?? 3310)): Promise<EditorAtlas> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-editor-'));
  for (const entry of ['.next', 'public', 'geodata', 'server', 'scripts', 'package.json', 'next.config.mjs']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const child: ChildProcess = spawn(process.execPath, ['server/index.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ATLAS_EDITOR_SECRET: EDITOR_SECRET, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the editing server exited: ${stderr}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the editing server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
    checkData() {
      const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/check-data.ts', path.join(dir, 'geodata')], { cwd: ROOT, encoding: 'utf8' });
      return { status: r.status, output: `${r.stdout}${r.stderr}` };
    },
    readData(rel: string) {
      return readFileSync(path.join(dir, 'geodata', rel), 'utf8');
    },
  };
}

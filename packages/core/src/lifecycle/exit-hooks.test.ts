import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../sqlite/database.js';

const app = fileURLToPath(new URL('./__fixtures__/durability-app.ts', import.meta.url));

function start(mode: string, spans = 500) {
  const path = join(mkdtempSync(join(tmpdir(), 'llmtop-durability-')), 'app.db');
  const child = spawn(process.execPath, ['--import', 'tsx', app, mode, path, String(spans)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = async (predicate: (out: string) => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!predicate(stdout)) {
      if (Date.now() > deadline) throw new Error(`timed out; stdout: ${stdout}; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { path, child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

function stored(path: string) {
  const db = openDatabase(path, { readonly: true });
  try {
    return {
      spans: Number(db.prepare('SELECT count(*) FROM spans').pluck().get()),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

const kill = (child: ChildProcess, signal: NodeJS.Signals) => child.kill(signal);

describe('durability across every way a process ends', () => {
  it('keeps every span after a normal exit', async () => {
    const run = start('normal');
    expect((await run.exited).code).toBe(0);
    expect(stored(run.path).spans).toBe(500);
  });

  it('keeps every span after process.exit(), with the exit code unchanged', async () => {
    const run = start('process-exit');
    expect((await run.exited).code).toBe(3);
    expect(stored(run.path).spans).toBe(500);
  });

  it('keeps every span after an uncaught exception, which still crashes the app as before', async () => {
    const run = start('uncaught');
    expect((await run.exited).code).toBe(1);
    expect(run.output().stderr).toContain('the app crashed on its own');
    expect(stored(run.path).spans).toBe(500);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`keeps every span on ${signal} and re-raises it, so the app dies of it as before`, async () => {
      const run = start('signal');
      await run.waitFor((out) => out.includes('ready'));
      kill(run.child, signal);
      expect((await run.exited).signal).toBe(signal);
      expect(stored(run.path).spans).toBe(500);
    });
  }

  it("leaves the app's own signal handler in charge", async () => {
    const run = start('signal-app-handler');
    await run.waitFor((out) => out.includes('ready'));
    kill(run.child, 'SIGTERM');
    expect((await run.exited).code).toBe(0);
    expect(run.output().stdout).toContain('app handler ran');
    expect(stored(run.path).spans).toBe(500);
  });

  it('after SIGKILL loses at most the spans of the last flush interval and the file is intact', async () => {
    const run = start('continuous');
    await run.waitFor((out) => out.split('\n').length > 30);
    const lines = run.output().stdout.trim().split('\n');
    const endedLongBefore = Number(lines.at(-1));
    // Everything reported so far ended at least three and a half flush intervals (100 ms) before the kill:
    // a batch is posted within one interval and written, by the worker or by the app thread taking
    // over a lagging worker, within the next.
    await new Promise((r) => setTimeout(r, 350));
    kill(run.child, 'SIGKILL');
    await run.exited;
    const after = stored(run.path);
    expect(after.integrity).toBe('ok');
    expect(after.spans).toBeGreaterThanOrEqual(endedLongBefore);
  });
});

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../sqlite/database.js';

const child = fileURLToPath(new URL('./__fixtures__/budget-writer-child.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));

function runWriter(args: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { cwd: root });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk) => {
      out += chunk;
    });
    proc.stderr.on('data', (chunk) => {
      err += chunk;
    });
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(err))));
  });
}

describe('budget alerts across processes', () => {
  it('two writer processes crossing the same thresholds on one file store and return each alert once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmtop-budget-xproc-'));
    const path = join(dir, 'shared.db');
    const start = join(dir, 'start');
    openDatabase(path).close();
    const at = String(Date.parse('2026-06-15T12:00:00Z'));
    // Each commits 20 × $0.05 against a shared $1 daily budget: together they reach 200 %.
    const writers = [runWriter([path, start, 'a', '20', at]), runWriter([path, start, 'b', '20', at])];
    // Start both at once, when both are ready, so their commits and checks interleave.
    const ready = setInterval(() => {
      if (existsSync(`${start}.a.ready`) && existsSync(`${start}.b.ready`)) {
        clearInterval(ready);
        writeFileSync(start, '');
      }
    }, 5);
    const [fromA, fromB] = await Promise.all(writers);

    const returned = [...(fromA ?? []), ...(fromB ?? [])].sort();
    expect(returned).toEqual([
      'budget/global/daily/1/2026-06-15/100',
      'budget/global/daily/1/2026-06-15/150',
      'budget/global/daily/1/2026-06-15/80',
    ]);
    const db = openDatabase(path, { readonly: true });
    const stored = db.prepare('SELECT dedupe_key FROM alerts ORDER BY id').pluck().all();
    const spent = db.prepare('SELECT SUM(cost_usd) FROM spans').pluck().safeIntegers(false).get();
    db.close();
    expect(stored).toEqual([
      'budget/global/daily/1/2026-06-15/80',
      'budget/global/daily/1/2026-06-15/100',
      'budget/global/daily/1/2026-06-15/150',
    ]);
    expect(spent).toBeCloseTo(2, 9);
  });
});

/**
 * The dashboard at scale: refresh time (every query one screen needs, after another process
 * committed) at 100k and 1M spans, and the resident memory of the running TUI at 1M spans.
 * Targets: refresh p95 ≤ 50 ms, RSS ≤ 150 MB. Files are generated once (one INSERT loop in
 * transactions) and cached under .bench/.
 *
 * Data: 10-span multi-agent traces spread evenly over the last 7 days (so the default 1-hour
 * window holds ~0.6 % of the file), 15 % of traces judged. Cached files are regenerated when older
 * than a day, so "the last hour" still has spans in it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../packages/core/src/sqlite/index.js';
import {
  writeSampleAlerts,
  writeSyntheticTraffic,
} from '../packages/tui/src/__fixtures__/synthetic-traffic.js';
import { fixed, median, percentile } from './stats.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cacheDir = join(root, '.bench');
const fixtures = join(root, 'packages/tui/src/__fixtures__');
const tsconfig = join(fixtures, 'tsconfig.source.json');
const DAY = 86_400_000;

function cachedFile(spans: number): string {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, `tui-${spans}.db`);
  if (existsSync(path) && Date.now() - statSync(path).mtimeMs < DAY) return path;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const started = performance.now();
  const db = openDatabase(path);
  const written = writeSyntheticTraffic(db, { spans, endMs: Date.now(), spanMs: 7 * DAY, payloads: true });
  writeSampleAlerts(db, Date.now());
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(
    `generated ${written.spans} spans in ${fixed((performance.now() - started) / 1000, 1)} s → ${path}`,
  );
  return path;
}

interface ProbeResult {
  spans: number;
  windowCalls: number;
  coldMs: number;
  live: number[];
  filtered: number[];
  errorsOnly: number[];
  trace: number[];
  search: number[];
  day: number[];
  rssMb: number;
}

function probe(path: string): ProbeResult {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(fixtures, 'refresh-probe.ts'), path, '40'],
    {
      cwd: root,
      env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as ProbeResult;
}

const row = (label: string, times: number[]) =>
  `  ${label.padEnd(28)} p50 ${fixed(median(times), 1).padStart(6)} ms   p95 ${fixed(percentile(times, 95), 1).padStart(6)} ms`;

/** Runs the real dashboard in tmux on the file and reads its peak RSS after a few refreshes. */
async function tuiRss(path: string): Promise<string> {
  if (spawnSync('tmux', ['-V']).status !== 0) return 'n/a (no tmux)';
  const session = `llmtop-bench-${process.pid}`;
  const dist = join(root, 'packages/tui/dist/bin.js');
  const useDist = existsSync(dist);
  const command = useDist
    ? `exec node ${dist} --db ${path}`
    : `export TSX_TSCONFIG_PATH=${tsconfig}; exec node --import tsx ${join(root, 'packages/tui/src/bin.ts')} --db ${path}`;
  execFileSync('tmux', [
    '-u',
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '200',
    '-y',
    '50',
    `export LANG=C.UTF-8 NCURSES_NO_UTF8_ACS=1; ${command}`,
  ]);
  try {
    const pid = execFileSync('tmux', ['list-panes', '-t', session, '-F', '#{pane_pid}'], {
      encoding: 'utf8',
    }).trim();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const screen = execFileSync('tmux', ['capture-pane', '-t', session, '-p'], { encoding: 'utf8' });
      if (/│writer /.test(screen)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // A few more refresh cycles (idle refresh every 5 s; keys force one).
    for (const key of ['w', 'W', 'tab', 'tab', 'Enter', 'Escape']) {
      execFileSync('tmux', ['send-keys', '-t', session, key]);
      await new Promise((r) => setTimeout(r, 400));
    }
    await new Promise((r) => setTimeout(r, 5500));
    const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' });
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
    return `${fixed(kb('VmRSS') / 1024, 0)} MB now, ${fixed(kb('VmHWM') / 1024, 0)} MB peak (${useDist ? 'built dist' : 'tsx from source, includes the transpiler'})`;
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
}

export async function bench(): Promise<void> {
  for (const spans of [100_000, 1_000_000]) {
    const path = cachedFile(spans);
    const result = probe(path);
    console.log(
      `${spans.toLocaleString('en')} spans (${fixed(statSync(path).size / 1e6, 0)} MB file; ${result.windowCalls} model calls in the 1 h window)`,
    );
    console.log(`  first refresh (cold, loads the month's cost buckets) ${fixed(result.coldMs, 1)} ms`);
    console.log(row('refresh, live (target p95≤50)', result.live));
    console.log(row('refresh, agent+feature filter', result.filtered));
    console.log(row('refresh, errors only', result.errorsOnly));
    console.log(row('refresh, trace open', result.trace));
    console.log(row('refresh, search', result.search));
    console.log(row('refresh, 24 h window', result.day));
    console.log(`  probe process RSS ${fixed(result.rssMb, 0)} MB (tsx + a writer connection included)`);
    if (spans === 1_000_000) console.log(`  TUI RSS at 1M spans (target ≤150 MB): ${await tuiRss(path)}`);
  }
}

/**
 * Measures the dashboard's refresh on a file, in its own process (run by bench/tui.bench.ts with
 * TSX_TSCONFIG_PATH=tsconfig.source.json so it runs from sources). Each iteration commits a small
 * batch of new spans from a second connection, as a live app would, then lets the reader notice
 * (data_version) and re-query. Prints one JSON line. The added spans are deleted at the end.
 * Usage: node --import tsx refresh-probe.ts <db> [iterations]
 */
import { openDatabase } from '@llmtop/core/sqlite';
import { readerQuery } from '../dashboard/screen-model.js';
import { DashboardReader } from '../reader/dashboard-reader.js';
import { initialUiState } from '../state/ui-state.js';

const [path, iterationsText = '40'] = process.argv.slice(2);
if (!path) throw new Error('usage: refresh-probe.ts <db> [iterations]');
const iterations = Number(iterationsText);

const writer = openDatabase(path);
const before = writer.prepare('SELECT coalesce(max(seq), 0) FROM spans').pluck().safeIntegers(false).get() as number;
const insert = writer.prepare(
  `INSERT INTO spans (span_id, trace_id, kind, name, agent, feature, status, start_ns, end_ns, response_model,
     input_tokens, output_tokens, cost_usd) VALUES (?, ?, 'llm', 'ChatOpenAI', 'writer', 'support', ?, ?, ?, 'gpt-4o', 900, 120, 0.0035)`,
);
let n = 0;
const commitBatch = writer.transaction(() => {
  const now = BigInt(Date.now()) * 1_000_000n;
  for (let i = 0; i < 10; i++) {
    n++;
    insert.run(`probe${String(n).padStart(11, '0')}`, `probe${String(n).padStart(27, '0')}`, n % 20 === 0 ? 'error' : 'ok', now - 800_000_000n, now);
  }
});

const reader = new DashboardReader({ path, idleRefreshMs: Number.MAX_SAFE_INTEGER, budgetRefreshMs: 10_000, backoffFactor: 0 });
await reader.prepareBudgets();
const size = { width: 200, height: 50 };
const base = readerQuery(initialUiState(), size, 3);

const coldStart = performance.now();
const first = reader.tick(base, true);
const coldMs = performance.now() - coldStart;

function measure(query: typeof base): number[] {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    commitBatch();
    const started = performance.now();
    const data = reader.tick(query);
    times.push(performance.now() - started);
    if (!data || data.status !== 'ready') throw new Error(`refresh did not happen: ${data?.status ?? 'no data'}`);
  }
  return times;
}

const traceId = first?.recent.find((r) => !r.traceId.startsWith('probe'))?.traceId;
const result = {
  spans: first?.totalSpans,
  windowCalls: first?.callStats.agents.reduce((sum, a) => sum + a.calls, 0),
  coldMs,
  live: measure(base),
  filtered: measure({ ...base, filter: { agent: 'writer', feature: 'billing' } }),
  errorsOnly: measure({ ...base, filter: { errorsOnly: true } }),
  trace: measure({ ...base, traceId }),
  search: measure({ ...base, filter: { search: 'rerank' } }),
  day: measure({ ...readerQuery({ ...initialUiState(), windowIndex: 4 }, size, 3) }),
  rssMb: process.memoryUsage().rss / 1e6,
};
reader.close();
writer.prepare('DELETE FROM spans WHERE seq > ?').run(before);
writer.close();
console.log(JSON.stringify(result));

/**
 * Issue 6 figures, one run: (a) pricing cost per span (cached lookup) against a first-time lookup,
 * (b) the budget check after each 1,000-span batch — incremental (what the writer runs) against a
 * full re-sum of the month — on a file holding BENCH_COST_ROWS spans (default 200k, one month),
 * (c) attribution query times on that file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveBudgets } from '../packages/core/src/budgets/budget-config.js';
import { createBudgetMonitor } from '../packages/core/src/budgets/budget-monitor.js';
import { budgetSpend } from '../packages/core/src/budgets/budget-spend.js';
import { queryCostBreakdown, queryCostTotals } from '../packages/core/src/cost/cost-queries.js';
import { compareModelVersions } from '../packages/core/src/cost/model-comparison.js';
import { createPriceBook } from '../packages/core/src/cost/price-book.js';
import type { SpanRow } from '../packages/core/src/span/span-record.js';
import { sampleRow } from '../packages/core/src/sqlite/__fixtures__/sample-row.js';
import { openDatabase } from '../packages/core/src/sqlite/database.js';
import { createSpanInserter } from '../packages/core/src/sqlite/span-inserter.js';
import { msToNs } from '../packages/core/src/util/clock.js';
import { fixed, median } from './stats.js';

const MODELS = [
  'gpt-4o-2024-08-06',
  'gpt-4o-mini-2024-07-18',
  'claude-sonnet-4-20250514',
  'gemini-2.5-flash',
];
const MONTH_START = Date.parse('2026-06-01T00:00:00Z');
const NOW = Date.parse('2026-06-30T12:00:00Z');
/** Real spans carry masked prompts and answers: ~1 KB of payload per row, as in the perf notes. */
const PROMPT = JSON.stringify([
  { role: 'user', content: 'Why did my invoice change this month? '.repeat(18) },
]);
const ANSWER = JSON.stringify({
  role: 'assistant',
  content: 'Usage-based pricing applied to extra seats. '.repeat(7),
});

function timed(fn: () => void, rounds: number): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function pricing(): void {
  const book = createPriceBook();
  const spans = Array.from({ length: 10_000 }, (_, i) => ({
    kind: 'llm',
    provider: 'openai.chat',
    responseModel: MODELS[i % MODELS.length]!,
    usage: { input: 1_000 + i, output: 200, cacheRead: 300, reasoning: 50 },
  }));
  for (const span of spans) book.priceSpan(span);
  const cachedMs = timed(() => {
    for (const span of spans) book.priceSpan(span);
  }, 9);
  const coldMs = timed(() => {
    const fresh = createPriceBook();
    for (let i = 0; i < 1_000; i++)
      fresh.priceSpan({ ...spans[0]!, responseModel: `openai/gpt-4o-2024-08-06-x${i}` });
  }, 5);
  const cachedUs = (cachedMs * 1000) / spans.length;
  const coldUs = (coldMs * 1000) / 1_000;
  console.log(
    `pricing: ${fixed(cachedUs, 3)} µs/span (cached model), ${fixed(coldUs, 2)} µs/span (first lookup of an id), ratio ${fixed(coldUs / cachedUs, 1)}×`,
  );
}

function rows(count: number, startMs: number, endMs: number, offset: number): SpanRow[] {
  const book = createPriceBook();
  const out: SpanRow[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const model = MODELS[n % MODELS.length]!;
    const usage = { input: 800 + (n % 700), output: 150 + (n % 90) };
    const atMs = startMs + ((endMs - startMs) * i) / count;
    // One model call in three spans (the rest chains and tools, unpriced), one in twenty an embedding.
    const kind = n % 20 === 0 ? 'embedding' : n % 3 === 1 ? 'chain' : n % 3 === 2 ? 'tool' : 'llm';
    const isCall = kind === 'llm' || kind === 'embedding';
    out.push(
      sampleRow({
        span_id: n.toString(16).padStart(16, '0'),
        trace_id: n.toString(16).padStart(32, '0'),
        kind,
        feature: `feature-${n % 12}`,
        user_id: `user-${n % 500}`,
        agent: `agent-${n % 6}`,
        session_id: `session-${n % 5_000}`,
        start_ns: msToNs(atMs),
        end_ns: msToNs(atMs + 300),
        response_model: isCall ? model : null,
        request_model: isCall ? model : null,
        input_tokens: isCall ? usage.input : null,
        output_tokens: isCall ? usage.output : null,
        cost_usd: isCall
          ? (book.priceSpan({ kind: 'llm', responseModel: model, usage })?.costUsd ?? null)
          : null,
        price_version: isCall ? book.version : null,
        input: PROMPT,
        output: ANSWER,
      }),
    );
  }
  return out;
}

function budgetsAndQueries(total: number): void {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'llmtop-bench-cost-')), 'cost.db'));
  const insert = createSpanInserter(db);
  const t0 = performance.now();
  for (let done = 0; done < total; done += 10_000) {
    insert(
      rows(Math.min(10_000, total - done), MONTH_START + ((NOW - MONTH_START) * done) / total, NOW, done),
    );
  }
  console.log(`fixture: ${total} spans over one month in ${fixed((performance.now() - t0) / 1000, 1)} s`);

  const configs = [
    { scope: 'global' as const, period: 'monthly' as const, limitUsd: 1e9 },
    { scope: 'feature' as const, value: 'feature-3', period: 'monthly' as const, limitUsd: 1e9 },
    { scope: 'user' as const, value: 'user-42', period: 'daily' as const, limitUsd: 1e9 },
    { scope: 'model' as const, value: 'gpt-4o', period: 'monthly' as const, limitUsd: 1e9 },
  ];
  const monitor = createBudgetMonitor({ budgets: configs, timeZone: 'UTC', clock: () => NOW });
  monitor.register(db);
  const firstMs = timed(() => monitor.check(db), 1);
  let next = total;
  const incrementalSamples: number[] = [];
  for (let round = 0; round < 15; round++) {
    insert(rows(1_000, NOW - 1_000, NOW, next));
    next += 1_000;
    const t = performance.now();
    monitor.check(db);
    incrementalSamples.push(performance.now() - t);
  }
  const incrementalMs = median(incrementalSamples);
  const { budgets } = resolveBudgets(configs, 'UTC');
  const fullMs = timed(() => {
    for (const budget of budgets) {
      budgetSpend(db, budget, {
        startMs: budget.period === 'daily' ? Date.parse('2026-06-30T00:00:00Z') : MONTH_START,
        endMs: NOW + 1,
      });
    }
  }, 3);
  console.log(
    `budget check (4 budgets) per 1,000-span batch: incremental ${fixed(incrementalMs, 2)} ms vs full re-sum ${fixed(fullMs, 1)} ms ` +
      `(×${fixed(fullMs / incrementalMs, 0)}); first check after start ${fixed(firstMs, 1)} ms`,
  );

  // 500 per-user monthly budgets: one GROUP BY pass against one query per budget.
  const perUser = Array.from({ length: 500 }, (_, i) => ({
    scope: 'user' as const,
    value: `user-${i}`,
    period: 'monthly' as const,
    limitUsd: 1e9,
  }));
  const manyMs = timed(
    () => createBudgetMonitor({ budgets: perUser, timeZone: 'UTC', clock: () => NOW }).check(db),
    3,
  );
  const oneByOne = resolveBudgets(perUser.slice(0, 20), 'UTC').budgets;
  const singleMs =
    timed(() => {
      for (const budget of oneByOne) budgetSpend(db, budget, { startMs: MONTH_START, endMs: NOW + 1 });
    }, 1) / oneByOne.length;
  console.log(
    `first check, 500 per-user budgets: ${fixed(manyMs, 1)} ms in one pass vs ~${fixed((singleMs * 500) / 1000, 1)} s one query per budget (${fixed(singleMs, 1)} ms × 500, ×${fixed((singleMs * 500) / manyMs, 0)})`,
  );

  const day = { sinceMs: NOW - 86_400_000 };
  const queries: [string, () => unknown][] = [
    ['cost --by feature, 24 h', () => queryCostBreakdown(db, { by: 'feature', ...day })],
    ['cost --by user, month', () => queryCostBreakdown(db, { by: 'user', sinceMs: MONTH_START })],
    ['cost --by session, month', () => queryCostBreakdown(db, { by: 'session', sinceMs: MONTH_START })],
    [
      'cost total, model family filter, month',
      () => queryCostTotals(db, { model: 'gpt-4o', sinceMs: MONTH_START }),
    ],
    [
      'model versions of one feature, month',
      () => compareModelVersions(db, { feature: 'feature-3', sinceMs: MONTH_START }),
    ],
  ];
  for (const [name, query] of queries) console.log(`query ${name}: ${fixed(timed(query, 3), 1)} ms`);

  // Why the queries name each kind literally: the partial covering indexes apply only then.
  const since = msToNs(MONTH_START);
  const plain = db.prepare(
    `SELECT user_id, SUM(cost_usd), COUNT(*) FROM spans WHERE kind IN ('llm', 'embedding') AND start_ns >= ? GROUP BY 1`,
  );
  const perKind = db.prepare(
    `SELECT k, SUM(c), COUNT(*) FROM (SELECT user_id AS k, cost_usd AS c FROM spans WHERE kind = 'llm' AND start_ns >= ?
     UNION ALL SELECT user_id, cost_usd FROM spans WHERE kind = 'embedding' AND start_ns >= ?) GROUP BY 1`,
  );
  const plainMs = timed(() => plain.all(since), 3);
  const perKindMs = timed(() => perKind.all(since, since), 3);
  console.log(
    `month by user: per-kind SELECTs on the covering indexes ${fixed(perKindMs, 1)} ms vs kind IN (…) ${fixed(plainMs, 1)} ms (×${fixed(plainMs / perKindMs, 1)})`,
  );
  db.close();
}

export async function bench(): Promise<void> {
  pricing();
  budgetsAndQueries(Number(process.env.BENCH_COST_ROWS ?? 200_000));
}

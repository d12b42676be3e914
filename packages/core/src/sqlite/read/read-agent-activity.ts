/**
 * What the agents table aggregates over a time window: model-call sums and duration histograms per
 * agent (latency percentiles, TTFT), and per-agent totals over every span kind (error rates, tool cost).
 */
import type { Database } from '../database.js';
import { type SpanFilter, spanFilterClause } from './span-filter.js';

export interface ModelCallStatsRow {
  agent: string | null;
  calls: number;
  /** Sums; null when no call reported the count. */
  inputTokens: number | null;
  outputTokens: number | null;
  /** Sum of priced calls; null when none was priced. */
  costUsd: number | null;
  unpriced: number;
}

/**
 * A log-scale histogram bucket of durations: bucket `b` holds values near `exp(b / 20)` ms (each
 * bucket ~5 % wide), so percentiles are exact to ~±2.5 % however many calls the window holds.
 */
export interface DurationBucketRow {
  agent: string | null;
  bucket: number;
  count: number;
}

export const DURATION_BUCKETS_PER_E = 20;

export interface ModelCallStats {
  agents: ModelCallStatsRow[];
  latency: DurationBucketRow[];
  /** Time to first token, for calls that streamed. */
  ttft: DurationBucketRow[];
}

export interface AgentTotalsRow {
  agent: string | null;
  spans: number;
  errors: number;
  /** Cost of the agent's embedding calls (evaluator spans are the judge's own cost and stay out). */
  otherCostUsd: number | null;
}

export interface WindowQuery {
  sinceNs: bigint;
  filter?: SpanFilter;
}

/**
 * Per-agent model-call figures since `sinceNs`, aggregated in SQL (three grouped scans of the
 * covering index `spans_llm_cover`), so memory stays flat for any window.
 */
export function readModelCallStats(db: Database, query: WindowQuery): ModelCallStats {
  const filter = spanFilterClause(query.filter ?? {});
  const where = `kind = 'llm' AND start_ns >= ?${filter.sql}`;
  const params = [query.sinceNs, ...filter.params];
  const bucket = (fromNs: string) =>
    `CAST(round(ln(max((${fromNs}) / 1e6, 0.001)) * ${DURATION_BUCKETS_PER_E}) AS INTEGER)`;
  const agents = db
    .prepare(
      `SELECT agent, count(*) AS calls, sum(input_tokens) AS inputTokens, sum(output_tokens) AS outputTokens,
              sum(cost_usd) AS costUsd, count(*) - count(cost_usd) AS unpriced
         FROM spans WHERE ${where} GROUP BY agent`,
    )
    .safeIntegers(false)
    .all(...params) as ModelCallStatsRow[];
  const latency = db
    .prepare(
      `SELECT agent, ${bucket('end_ns - start_ns')} AS bucket, count(*) AS count
         FROM spans WHERE ${where} GROUP BY agent, bucket`,
    )
    .safeIntegers(false)
    .all(...params) as DurationBucketRow[];
  const ttft = db
    .prepare(
      `SELECT agent, ${bucket('first_token_ns - start_ns')} AS bucket, count(*) AS count
         FROM spans WHERE ${where} AND first_token_ns IS NOT NULL GROUP BY agent, bucket`,
    )
    .safeIntegers(false)
    .all(...params) as DurationBucketRow[];
  return { agents, latency, ttft };
}

/** Span and error counts per agent (every kind) since `sinceNs`. */
export function readAgentTotals(db: Database, query: WindowQuery): AgentTotalsRow[] {
  const filter = spanFilterClause(query.filter ?? {});
  return db
    .prepare(
      `SELECT agent, count(*) AS spans, sum(status = 'error') AS errors,
              sum(CASE WHEN kind = 'embedding' THEN cost_usd END) AS otherCostUsd
         FROM spans WHERE start_ns >= ?${filter.sql} GROUP BY agent`,
    )
    .safeIntegers(false)
    .all(query.sinceNs, ...filter.params) as AgentTotalsRow[];
}

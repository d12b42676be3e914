/**
 * Judge scores for the dashboard: per agent and metric, and over time. Each score is weighted by
 * 1 / sampling probability, so traces sampled more often (errors, bad feedback) do not dominate.
 */
import type { Database } from '../database.js';
import { type SpanFilter, scoreFilterClause } from './span-filter.js';

export interface AgentScoreRow {
  agent: string | null;
  metric: string;
  /** Weighted mean, 0–1. */
  value: number;
  count: number;
}

export interface ScoreBucketRow {
  /** Bucket start, epoch ms. */
  bucketMs: number;
  metric: string;
  value: number;
  count: number;
}

const WEIGHT = '(1.0 / coalesce(nullif(sampling_probability, 0), 1))';

export function readAgentScores(
  db: Database,
  query: { sinceNs: bigint; filter?: SpanFilter },
): AgentScoreRow[] {
  const filter = scoreFilterClause(query.filter ?? {}, query.sinceNs);
  return db
    .prepare(
      `SELECT agent, metric, sum(value * ${WEIGHT}) / sum(${WEIGHT}) AS value, count(*) AS count
         FROM scores WHERE created_ns >= ?${filter.sql} GROUP BY agent, metric`,
    )
    .safeIntegers(false)
    .all(query.sinceNs, ...filter.params) as AgentScoreRow[];
}

export function readScoreSeries(
  db: Database,
  query: { sinceNs: bigint; bucketMs: number; filter?: SpanFilter },
): ScoreBucketRow[] {
  const filter = scoreFilterClause(query.filter ?? {}, query.sinceNs);
  const bucketNs = BigInt(Math.max(1, Math.round(query.bucketMs))) * 1_000_000n;
  return db
    .prepare(
      `SELECT (created_ns / ?) * ? / 1000000 AS bucketMs, metric,
              sum(value * ${WEIGHT}) / sum(${WEIGHT}) AS value, count(*) AS count
         FROM scores WHERE created_ns >= ?${filter.sql} GROUP BY 1, 2 ORDER BY 1`,
    )
    .safeIntegers(false)
    .all(bucketNs, bucketNs, query.sinceNs, ...filter.params) as ScoreBucketRow[];
}

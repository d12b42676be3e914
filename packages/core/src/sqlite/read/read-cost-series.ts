/** Cost of model calls per time bucket, split by feature or model (the dashboard's cost chart). */
import type { Database } from '../database.js';
import { type SpanFilter, spanFilterClause } from './span-filter.js';

export type CostSeriesKey = 'feature' | 'model' | 'agent';

export interface CostBucketRow {
  /** Bucket start, epoch ms. */
  bucketMs: number;
  /** The feature/model/agent, or null when the span has none. */
  key: string | null;
  /** Sum of priced calls; null when none in the bucket was priced. */
  costUsd: number | null;
  calls: number;
  unpriced: number;
}

const KEY_SQL: Record<CostSeriesKey, string> = {
  feature: 'feature',
  model: 'coalesce(response_model, request_model)',
  agent: 'agent',
};

export function readCostSeries(
  db: Database,
  query: { sinceNs: bigint; bucketMs: number; by: CostSeriesKey; filter?: SpanFilter },
): CostBucketRow[] {
  const filter = spanFilterClause(query.filter ?? {});
  const bucketNs = BigInt(Math.max(1, Math.round(query.bucketMs))) * 1_000_000n;
  return db
    .prepare(
      `SELECT (start_ns / ?) * ? / 1000000 AS bucketMs, ${KEY_SQL[query.by]} AS key,
              sum(cost_usd) AS costUsd, count(*) AS calls, count(*) - count(cost_usd) AS unpriced
         FROM spans WHERE kind = 'llm' AND start_ns >= ?${filter.sql} GROUP BY 1, 2 ORDER BY 1`,
    )
    .safeIntegers(false)
    .all(bucketNs, bucketNs, query.sinceNs, ...filter.params) as CostBucketRow[];
}

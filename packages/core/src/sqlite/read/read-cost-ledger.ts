/**
 * Inputs of the dashboard's running cost totals (today, this month). Summing a month of spans on
 * every refresh is too slow at millions of rows, so a reader loads per-bucket sums once and then
 * adds only the spans committed after the last `seq` it saw.
 */
import type { Database } from '../database.js';

/** The span kinds whose cost is the app's cost (the judge's `evaluator` calls are kept apart). */
export const APP_COST_KINDS = ['llm', 'embedding'] as const;

export interface CostAmountRow {
  /** Bucket start (for buckets) or span start (for new spans), epoch ms. */
  atMs: number;
  /** null = none of the spans was priced. */
  costUsd: number | null;
  unpriced: number;
}

export interface SeqBounds {
  /** 0 when the table is empty. */
  minSeq: number;
  maxSeq: number;
}

export function readSeqBounds(db: Database): SeqBounds {
  return (
    db
      // Two subqueries: SQLite answers a lone min() or max() from the B-tree's ends, but not both at once.
      .prepare(
        'SELECT coalesce((SELECT min(seq) FROM spans), 0) AS minSeq, coalesce((SELECT max(seq) FROM spans), 0) AS maxSeq',
      )
      .safeIntegers(false)
      .get() as SeqBounds
  );
}

/** Cost per bucket since `sinceNs`, index-only (spans_llm_cover, spans_embedding_cost). */
export function readCostBuckets(db: Database, query: { sinceNs: bigint; bucketMs: number }): CostAmountRow[] {
  const bucketNs = BigInt(Math.max(1, Math.round(query.bucketMs))) * 1_000_000n;
  return db
    .prepare(
      `SELECT atMs, sum(costUsd) AS costUsd, sum(unpriced) AS unpriced FROM (
         SELECT (start_ns / @bucket) * @bucket / 1000000 AS atMs, sum(cost_usd) AS costUsd, count(*) - count(cost_usd) AS unpriced
           FROM spans WHERE kind = 'llm' AND start_ns >= @since GROUP BY 1
         UNION ALL
         SELECT (start_ns / @bucket) * @bucket / 1000000, sum(cost_usd), count(*) - count(cost_usd)
           FROM spans WHERE kind = 'embedding' AND start_ns >= @since GROUP BY 1)
       GROUP BY atMs ORDER BY atMs`,
    )
    .safeIntegers(false)
    .all({ bucket: bucketNs, since: query.sinceNs }) as CostAmountRow[];
}

/** App-cost spans committed after `afterSeq` (a range scan of the primary key). */
export function readCostAfter(db: Database, afterSeq: number): { rows: CostAmountRow[]; maxSeq: number } {
  const rows = db
    .prepare(
      `SELECT seq, start_ns / 1000000 AS atMs, cost_usd AS costUsd, cost_usd IS NULL AS unpriced
         FROM spans WHERE seq > ? AND kind IN ('llm', 'embedding') ORDER BY seq`,
    )
    .safeIntegers(false)
    .all(afterSeq) as (CostAmountRow & { seq: number })[];
  const maxSeq = rows.reduce((max, row) => Math.max(max, row.seq), afterSeq);
  return { rows: rows.map(({ atMs, costUsd, unpriced }) => ({ atMs, costUsd, unpriced })), maxSeq };
}

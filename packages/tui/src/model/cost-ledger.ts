/**
 * Running cost totals kept by the reader: loaded once as 15-minute buckets, then fed only the spans
 * committed since, so "today" and "this month" cost O(new spans) per refresh. Every time-zone
 * offset in use is a multiple of 15 minutes, so local midnights fall on bucket edges.
 */
import type { CostAmountRow } from '@llmtop/core/sqlite';

export const LEDGER_BUCKET_MS = 15 * 60_000;

export interface CostTotal {
  /** null = nothing priced. */
  usd: number | null;
  unpriced: number;
}

export class CostLedger {
  private readonly buckets = new Map<number, CostTotal>();

  /** Replaces everything with per-bucket rows. */
  reset(rows: readonly CostAmountRow[]): void {
    this.buckets.clear();
    this.add(rows);
  }

  /** Adds rows (buckets or single spans) into their 15-minute buckets. */
  add(rows: readonly CostAmountRow[]): void {
    for (const row of rows) {
      const key = Math.floor(row.atMs / LEDGER_BUCKET_MS) * LEDGER_BUCKET_MS;
      const bucket = this.buckets.get(key) ?? { usd: null, unpriced: 0 };
      if (row.costUsd !== null) bucket.usd = (bucket.usd ?? 0) + row.costUsd;
      bucket.unpriced += row.unpriced;
      this.buckets.set(key, bucket);
    }
  }

  /** Total of buckets starting at or after `sinceMs` (a bucket edge). */
  totalSince(sinceMs: number): CostTotal {
    const total: CostTotal = { usd: null, unpriced: 0 };
    for (const [start, bucket] of this.buckets) {
      if (start < sinceMs) continue;
      if (bucket.usd !== null) total.usd = (total.usd ?? 0) + bucket.usd;
      total.unpriced += bucket.unpriced;
    }
    return total;
  }
}

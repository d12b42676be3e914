/** Internal counters of every process that wrote to the file (summed), and the latest writer lag. */
import type { Database } from '../database.js';

export interface WriterStatsSummary {
  writers: number;
  spansWritten: number;
  spansDropped: number;
  spansEvicted: number;
  internalErrors: number;
  /** Lag reported by the most recently active writer; null when unknown. */
  lagMs: number | null;
  /** Last time any writer reported, epoch ms; null when none has. */
  updatedMs: number | null;
}

export function readWriterStats(db: Database): WriterStatsSummary {
  const row = db
    .prepare(
      `SELECT count(*) AS writers, coalesce(sum(spans_written), 0) AS spansWritten,
              coalesce(sum(spans_dropped), 0) AS spansDropped, coalesce(sum(spans_evicted), 0) AS spansEvicted,
              coalesce(sum(internal_errors), 0) AS internalErrors,
              (SELECT lag_ms FROM writer_stats ORDER BY updated_ns DESC LIMIT 1) AS lagMs,
              max(updated_ns) / 1000000 AS updatedMs
         FROM writer_stats`,
    )
    .safeIntegers(false)
    .get() as WriterStatsSummary;
  return row;
}

/** The live span stream: the newest committed spans first (by commit order, `seq`). */
import type { Database } from '../database.js';
import { type SpanFilter, spanFilterClause } from './span-filter.js';

export interface RecentSpanRow {
  seq: number;
  spanId: string;
  traceId: string;
  /** Epoch ms. */
  startMs: number;
  durationMs: number;
  agent: string | null;
  kind: string;
  name: string;
  model: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  status: string;
}

/** A search looks only at this many of the newest spans, so it never scans millions of rows. */
export const SEARCH_DEPTH = 200_000;

export function readRecentSpans(
  db: Database,
  query: { limit: number; filter?: SpanFilter },
): RecentSpanRow[] {
  const filter = spanFilterClause(query.filter ?? {});
  const searchBound = query.filter?.search
    ? ` AND seq > (SELECT coalesce(max(seq), 0) FROM spans) - ${SEARCH_DEPTH}`
    : '';
  return db
    .prepare(
      `SELECT seq, span_id AS spanId, trace_id AS traceId, start_ns / 1000000 AS startMs,
              (end_ns - start_ns) / 1e6 AS durationMs, agent, kind, name,
              coalesce(response_model, request_model) AS model, input_tokens AS inputTokens,
              output_tokens AS outputTokens, cost_usd AS costUsd, status
         FROM spans WHERE 1${filter.sql}${searchBound} ORDER BY seq DESC LIMIT ?`,
    )
    .safeIntegers(false)
    .all(...filter.params, query.limit) as RecentSpanRow[];
}

/** One trace for the drill-down: every span with its payloads, and the judge scores attached to it. */
import type { Database } from '../database.js';

export interface TraceSpanRow {
  spanId: string;
  traceId: string;
  parentSpanId: string | null;
  kind: string;
  name: string;
  agent: string | null;
  sessionId: string | null;
  userId: string | null;
  feature: string | null;
  tags: string | null;
  status: string;
  error: string | null;
  /** Epoch ms (fractional). */
  startMs: number;
  endMs: number;
  firstTokenMs: number | null;
  provider: string | null;
  requestModel: string | null;
  responseModel: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cacheReadTokens: number | null;
  cacheWriteTokens: number | null;
  reasoningTokens: number | null;
  costUsd: number | null;
  finishReason: string | null;
  /** Masked (and possibly encrypted, see keyId) payloads as stored. */
  input: string | null;
  output: string | null;
  attributes: string | null;
  piiCounts: string | null;
  keyId: string | null;
}

export interface TraceScoreRow {
  spanId: string | null;
  metric: string;
  value: number;
  judge: string;
  explanation: string | null;
  evidence: string | null;
  samplingReason: string | null;
  samplingProbability: number | null;
}

/** Spans beyond this are not loaded; a trace this large is shown truncated. */
export const TRACE_SPAN_LIMIT = 5_000;

/** ns → fractional epoch ms, split so the whole milliseconds stay exact in a double. */
const ms = (column: string) => `(${column} / 1000000 + (${column} % 1000000) / 1e6)`;

export function readTraceSpans(db: Database, traceId: string): TraceSpanRow[] {
  return db
    .prepare(
      `SELECT span_id AS spanId, trace_id AS traceId, parent_span_id AS parentSpanId, kind, name, agent,
              session_id AS sessionId, user_id AS userId, feature, tags, status, error,
              ${ms('start_ns')} AS startMs, ${ms('end_ns')} AS endMs, ${ms('first_token_ns')} AS firstTokenMs,
              provider, request_model AS requestModel, response_model AS responseModel,
              input_tokens AS inputTokens, output_tokens AS outputTokens, cache_read_tokens AS cacheReadTokens,
              cache_write_tokens AS cacheWriteTokens, reasoning_tokens AS reasoningTokens, cost_usd AS costUsd,
              finish_reason AS finishReason, input, output, attributes, pii_counts AS piiCounts, key_id AS keyId
         FROM spans WHERE trace_id = ? ORDER BY start_ns, seq LIMIT ${TRACE_SPAN_LIMIT}`,
    )
    .safeIntegers(false)
    .all(traceId) as TraceSpanRow[];
}

export function readTraceScores(db: Database, traceId: string): TraceScoreRow[] {
  return db
    .prepare(
      `SELECT span_id AS spanId, metric, value, judge, explanation, evidence,
              sampling_reason AS samplingReason, sampling_probability AS samplingProbability
         FROM scores WHERE trace_id = ? ORDER BY metric, id`,
    )
    .safeIntegers(false)
    .all(traceId) as TraceScoreRow[];
}

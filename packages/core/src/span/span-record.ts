/**
 * The span as it moves through llmtop.
 *
 * `SpanData` is what the recorder holds on the app thread: payloads are still references to the
 * app's values. At flush time it becomes a `SerializedSpan` (payloads as safe JSON text, timestamps
 * as epoch milliseconds), which is structured-clonable and crosses to the writer worker. The
 * pipeline (mask → price → sample) turns it into a `SpanRow`, the exact shape of a `spans` row.
 *
 * `undefined` always means unknown: a token count or a cost is never invented as 0.
 */
import type { SpanKind, SpanStatus } from './span-kind.js';

/** Token counts. `input` includes cache reads and cache writes; `output` includes reasoning. */
export interface TokenUsage {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  reasoning?: number;
}

/** Who a span belongs to. Denormalised onto every span. */
export interface SpanContextFields {
  sessionId?: string;
  userId?: string;
  feature?: string;
  agent?: string;
  tags?: string[];
}

/** Model-call facts, filled in by adapters for `llm`, `embedding` and `evaluator` spans. */
export interface ModelFields {
  provider?: string;
  requestModel?: string;
  responseModel?: string;
  usage?: TokenUsage;
  finishReason?: string;
}

export interface SpanData extends SpanContextFields, ModelFields {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: SpanKind;
  name: string;
  status: SpanStatus;
  /** Raw error message; masked in the pipeline like any other payload. */
  error?: string;
  /** Epoch milliseconds with sub-millisecond precision (from the injected clock). */
  startMs: number;
  endMs: number;
  firstTokenMs?: number;
  input?: unknown;
  output?: unknown;
  /** Tool arguments, retrieved documents with scores, reranker order, invocation params, … */
  attributes?: Record<string, unknown>;
}

/** `SpanData` with payloads turned into safe JSON text; structured-clonable. */
export interface SerializedSpan extends Omit<SpanData, 'input' | 'output' | 'attributes' | 'error'> {
  error?: string;
  input?: string;
  output?: string;
  attributes?: string;
}

/** One row of the `spans` table (see docs/schema.md). Nanoseconds are bigint. */
export interface SpanRow {
  span_id: string;
  trace_id: string;
  parent_span_id: string | null;
  kind: SpanKind;
  name: string;
  agent: string | null;
  session_id: string | null;
  user_id: string | null;
  feature: string | null;
  tags: string | null;
  status: SpanStatus;
  error: string | null;
  start_ns: bigint;
  end_ns: bigint;
  first_token_ns: bigint | null;
  provider: string | null;
  request_model: string | null;
  response_model: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cache_read_tokens: number | null;
  cache_write_tokens: number | null;
  reasoning_tokens: number | null;
  cost_usd: number | null;
  price_version: string | null;
  finish_reason: string | null;
  input: string | null;
  output: string | null;
  attributes: string | null;
  /** JSON object of PII entity counts by type, e.g. {"EMAIL":2}. Never the values. */
  pii_counts: string | null;
  /** Judge sampling decision made at flush time: probability, or null when not sampled. */
  judge_sample: number | null;
  /** Why the trace was sampled ('rate' | 'error' | 'finish_reason' | 'feedback'), or null. */
  judge_reason: string | null;
  /** Encryption key id when payload columns are encrypted, else null. */
  key_id: string | null;
}

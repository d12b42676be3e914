/** The public surface of an llmtop instance (ARCHITECTURE §8). */
import type { Recorder, SpanRef } from './recorder/recorder.types.js';
import type { SpanKind } from './span/span-kind.js';
import type { ModelFields, SpanContextFields, TokenUsage } from './span/span-record.js';

export interface AmbientContext extends SpanContextFields {}

export interface ManualSpanInit extends SpanContextFields, ModelFields {
  kind: SpanKind;
  name: string;
  input?: unknown;
  attributes?: Record<string, unknown>;
}

/** The handle `llmtop.span(init, fn)` passes to `fn`. Every method is safe to call at any time. */
export interface SpanHandle {
  readonly traceId: string;
  readonly spanId: string;
  setOutput(output: unknown): void;
  setAttributes(attributes: Record<string, unknown>): void;
  setUsage(usage: TokenUsage): void;
  setModel(model: ModelFields): void;
  event(name: string, data?: unknown): void;
}

export interface Feedback {
  traceId: string;
  /** 0 (bad) … 1 (good). */
  score: number;
  comment?: string;
  userId?: string;
}

export interface LlmtopStats {
  spansRecorded: number;
  spansWritten: number;
  spansDropped: number;
  spansEvicted: number;
  internalErrors: number;
  queueDepth: number;
  /** Traces judged and scores written by this process's judge queue. */
  judged: number;
  judgeDropped: number;
}

export interface Llmtop {
  readonly recorder: Recorder;
  /** Absolute path of the SQLite file. */
  readonly path: string;
  withContext<T>(context: AmbientContext, fn: () => T): T;
  span<T>(init: ManualSpanInit, fn: (span: SpanHandle) => T | Promise<T>): Promise<T>;
  /** The innermost span open in the ambient context, if any. */
  activeSpan(): SpanRef | undefined;
  feedback(feedback: Feedback): void;
  /** Resolves when every span recorded so far is committed to the file. */
  flush(): Promise<void>;
  /** Flushes, stops timers and the writer, removes exit hooks. Idempotent. */
  shutdown(): Promise<void>;
  stats(): LlmtopStats;
  /**
   * Registers work `flush()` must await first (e.g. LangChain's background callback queue).
   * Returns a function that removes the hook.
   */
  addFlushHook(hook: () => Promise<void>): () => void;
  /** For adapters: counts one of their internal failures with llmtop's own (shown by the dashboard). */
  reportError(kind: string, error: unknown): void;
}

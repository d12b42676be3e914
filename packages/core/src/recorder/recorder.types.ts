/**
 * The contract adapters record through. Every method is O(1) on the app's path, never throws and
 * never returns a rejected promise: internal failures go to the instance's `onError`.
 *
 * Adapters identify their runs by their own keys (a LangChain run id, an AI SDK call id); the
 * recorder maps each key to a W3C span id and resolves parents, traces and agents.
 */
import type { SpanKind, SpanStatus } from '../span/span-kind.js';
import type { ModelFields, SpanContextFields, TokenUsage } from '../span/span-record.js';

export interface SpanStart extends SpanContextFields, ModelFields {
  kind: SpanKind;
  name: string;
  /**
   * The adapter's key of the parent run. Unknown or absent: the parent is the ambient active span
   * (`llmtop.span`, `withContext`), else an active OpenTelemetry span, else this span is a root.
   */
  parentKey?: string;
  /**
   * The adapter already resolved the parent from its own framework context (a LangChain run always
   * gets its parent run id from LangChain), so the adapters' parent resolvers are not consulted;
   * the ambient `llmtop.span` still applies.
   */
  parentFromAdapter?: boolean;
  input?: unknown;
  attributes?: Record<string, unknown>;
  /** Epoch ms; defaults to the recorder's clock. */
  startMs?: number;
}

/** Fields an adapter may set while a span is open or when it ends. */
export interface SpanPatch extends ModelFields {
  name?: string;
  agent?: string;
  sessionId?: string;
  userId?: string;
  feature?: string;
  tags?: string[];
  output?: unknown;
  attributes?: Record<string, unknown>;
  usage?: TokenUsage;
  status?: SpanStatus;
}

export interface SpanEnd extends SpanPatch {
  /** Epoch ms; defaults to the recorder's clock. */
  endMs?: number;
}

/** Where an open span sits: what an adapter needs to link its own child work. */
export interface SpanRef {
  traceId: string;
  spanId: string;
  agent?: string;
}

export interface Recorder {
  start(key: string, start: SpanStart): void;
  update(key: string, patch: SpanPatch): void;
  /** Marks the first streamed token (or chunk) of a model call. Only the first call counts. */
  firstToken(key: string, atMs?: number): void;
  end(key: string, end?: SpanEnd): void;
  /** Ends the span with status `error`. `error` is the app's own error; it is only read. */
  error(key: string, error: unknown, end?: SpanEnd): void;
  /** Attaches a named event (a LangChain custom event, a progress note) to an open span. */
  event(key: string, name: string, data?: unknown): void;
  ref(key: string): SpanRef | undefined;
  /**
   * Lets a framework adapter say which of its runs is current in the async context (e.g. LangChain's
   * own AsyncLocalStorage), so a span started without `parentKey` — `llmtop.span` inside a LangChain
   * tool — nests under that run. The innermost candidate (latest start) of this and the ambient
   * span wins. Returns a function that removes the resolver.
   */
  addParentResolver(resolver: () => string | undefined): () => void;
  /** Number of spans currently open. */
  readonly openSpans: number;
}

export * from './budgets/index.js';
export * from './cost/index.js';
export * from './drift/index.js';
export * from './judge/index.js';
export { createLlmtop } from './llmtop.js';
export type {
  AmbientContext,
  Feedback,
  Llmtop,
  LlmtopStats,
  ManualSpanInit,
  SpanHandle,
} from './llmtop.types.js';
export type { LlmtopOptions } from './llmtop-options.js';
export * from './pii/index.js';
export type { Recorder, SpanEnd, SpanPatch, SpanRef, SpanStart } from './recorder/recorder.types.js';
export * from './security/index.js';
export { isSpanKind, SPAN_KINDS, type SpanKind, type SpanStatus } from './span/span-kind.js';
export type {
  ModelFields,
  SerializedSpan,
  SpanContextFields,
  SpanData,
  SpanRow,
  TokenUsage,
} from './span/span-record.js';
export { type Clock, msToNs, systemClock } from './util/clock.js';
export { errorMessage } from './util/error-message.js';
export { createIdGenerator, type IdGenerator, isSpanId, isTraceId } from './util/ids.js';
export { type SafeJsonOptions, toSafeJson } from './util/safe-json.js';
export type { WrittenAlert } from './writer/writer-config.js';

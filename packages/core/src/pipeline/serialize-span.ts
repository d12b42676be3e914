/**
 * App thread, at flush time: a finished span's payload references become safe JSON text, so the
 * span can be structured-cloned to the writer worker and nothing the app does later changes it.
 */
import type { SerializedSpan, SpanData, TokenUsage } from '../span/span-record.js';
import { type SafeJsonOptions, toSafeJson } from '../util/safe-json.js';

const MAX_LABEL = 1024;

function label(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > MAX_LABEL ? text.slice(0, MAX_LABEL) : text;
  return cut.isWellFormed() ? cut : cut.toWellFormed();
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function serializeSpan(span: SpanData, limits?: SafeJsonOptions): SerializedSpan {
  const out = serializeSpanFields(span);
  if (span.input !== undefined) out.input = toSafeJson(span.input, limits);
  if (span.output !== undefined) out.output = toSafeJson(span.output, limits);
  if (span.attributes !== undefined) out.attributes = toSafeJson(span.attributes, limits);
  return out;
}

/** Everything but the payloads (input, output, attributes), which the caller serialises its own way. */
export function serializeSpanFields(span: SpanData): SerializedSpan {
  const out: SerializedSpan = {
    traceId: span.traceId,
    spanId: span.spanId,
    kind: span.kind,
    name: label(span.name),
    status: span.status,
    startMs: span.startMs,
    endMs: span.endMs,
  };
  if (span.parentSpanId !== undefined) out.parentSpanId = span.parentSpanId;
  if (span.firstTokenMs !== undefined) out.firstTokenMs = span.firstTokenMs;
  if (span.agent != null) out.agent = label(span.agent);
  if (span.sessionId != null) out.sessionId = label(span.sessionId);
  if (span.userId != null) out.userId = label(span.userId);
  if (span.feature != null) out.feature = label(span.feature);
  if (span.provider != null) out.provider = label(span.provider);
  if (span.requestModel != null) out.requestModel = label(span.requestModel);
  if (span.responseModel != null) out.responseModel = label(span.responseModel);
  if (span.finishReason != null) out.finishReason = label(span.finishReason);
  if (span.error !== undefined) out.error = toSafeJsonText(span.error);
  if (Array.isArray(span.tags)) out.tags = span.tags.map(label);
  const usage = span.usage;
  if (usage) {
    const counts: TokenUsage = {};
    const input = count(usage.input);
    if (input !== undefined) counts.input = input;
    const output = count(usage.output);
    if (output !== undefined) counts.output = output;
    const cacheRead = count(usage.cacheRead);
    if (cacheRead !== undefined) counts.cacheRead = cacheRead;
    const cacheWrite = count(usage.cacheWrite);
    if (cacheWrite !== undefined) counts.cacheWrite = cacheWrite;
    const reasoning = count(usage.reasoning);
    if (reasoning !== undefined) counts.reasoning = reasoning;
    out.usage = counts;
  }
  return out;
}

/** Error messages are plain text, not JSON; still cut and repaired like any string. */
function toSafeJsonText(text: unknown): string {
  const value = typeof text === 'string' ? text : String(text);
  const cut = value.length > 16 * 1024 ? `${value.slice(0, 16 * 1024)}…[llmtop: truncated]` : value;
  return cut.isWellFormed() ? cut : cut.toWellFormed();
}

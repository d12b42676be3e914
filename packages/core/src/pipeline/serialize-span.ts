/**
 * App thread, at flush time: a finished span's payload references become safe JSON text, so the
 * span can be structured-cloned to the writer worker and nothing the app does later changes it.
 */
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import { type SafeJsonOptions, toSafeJson } from '../util/safe-json.js';

const MAX_LABEL = 1024;

function label(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > MAX_LABEL ? text.slice(0, MAX_LABEL) : text;
  return cut.isWellFormed() ? cut : cut.toWellFormed();
}

function optionalLabel(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : label(value);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function serializeSpan(span: SpanData, limits?: SafeJsonOptions): SerializedSpan {
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
  const optional = {
    agent: optionalLabel(span.agent),
    sessionId: optionalLabel(span.sessionId),
    userId: optionalLabel(span.userId),
    feature: optionalLabel(span.feature),
    provider: optionalLabel(span.provider),
    requestModel: optionalLabel(span.requestModel),
    responseModel: optionalLabel(span.responseModel),
    finishReason: optionalLabel(span.finishReason),
    error: span.error === undefined ? undefined : toSafeJsonText(span.error),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (Array.isArray(span.tags)) out.tags = span.tags.map(label);
  if (span.usage) {
    const usage = {
      input: count(span.usage.input),
      output: count(span.usage.output),
      cacheRead: count(span.usage.cacheRead),
      cacheWrite: count(span.usage.cacheWrite),
      reasoning: count(span.usage.reasoning),
    };
    out.usage = Object.fromEntries(Object.entries(usage).filter(([, v]) => v !== undefined));
  }
  if (span.input !== undefined) out.input = toSafeJson(span.input, limits);
  if (span.output !== undefined) out.output = toSafeJson(span.output, limits);
  if (span.attributes !== undefined) out.attributes = toSafeJson(span.attributes, limits);
  return out;
}

/** Error messages are plain text, not JSON; still cut and repaired like any string. */
function toSafeJsonText(text: string): string {
  return JSON.parse(toSafeJson(String(text), { maxStringLength: 16 * 1024 })) as string;
}

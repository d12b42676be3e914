/**
 * Adoption of an active OpenTelemetry span: when the app already traces with OTel, a new llmtop
 * trace joins it (same trace id, the OTel span as parent). `@opentelemetry/api` is an optional peer:
 * loaded once, lazily; absent means no adoption.
 */
import { createRequire } from 'node:module';

interface OtelApi {
  trace: { getActiveSpan(): { spanContext(): { traceId: string; spanId: string } } | undefined };
}

let api: OtelApi | null | undefined;

function loadApi(): OtelApi | null {
  if (api !== undefined) return api;
  try {
    api = createRequire(import.meta.url)('@opentelemetry/api') as OtelApi;
  } catch {
    api = null;
  }
  return api;
}

const INVALID_TRACE = '00000000000000000000000000000000';

export function activeOtelParent(): { traceId: string; spanId: string } | undefined {
  const otel = loadApi();
  if (!otel) return undefined;
  const context = otel.trace.getActiveSpan()?.spanContext();
  if (!context || context.traceId === INVALID_TRACE) return undefined;
  return { traceId: context.traceId, spanId: context.spanId };
}

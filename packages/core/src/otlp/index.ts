// Public exports of @llmtop/core/otlp.
export {
  type ExportProgress,
  type ExportResult,
  type ExportSpansOptions,
  exportSpans,
} from './export-spans.js';
export { createLiveExporter, type LiveExporter, type LiveExporterOptions } from './live-exporter.js';
export type { OtlpProtocol } from './otlp-encoding.js';
export {
  OTLP_SPAN_KIND,
  OTLP_STATUS_CODE,
  type OtlpAttributes,
  type OtlpAttributeValue,
  type OtlpEvent,
  type OtlpSpan,
  type OtlpSpanKind,
  type OtlpStatusCode,
  type SpanMappingOptions,
  type StoredScore,
} from './otlp-span.js';
export { parseRetryAfter, type RetryOptions, tracesUrl } from './otlp-transport.js';
export { destinationKey, type ExportSelection, resolveSince } from './outbox.js';
export { genAiProviderName, openInferenceProvider } from './provider-names.js';
export { errorType, spanRowToOtlp } from './span-row-to-otlp.js';

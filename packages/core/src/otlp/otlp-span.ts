/**
 * The exporter's own view of an OTLP span: what `spanRowToOtlp` returns and what the encoder turns
 * into an OTLP request. Ids are lowercase hex, times are integer nanoseconds (bigint), kinds and
 * status codes are the OTLP wire enums.
 */

/** OTLP `Span.SpanKind` (wire values; the OTel JS API's are one lower). */
export const OTLP_SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;
export type OtlpSpanKind = (typeof OTLP_SPAN_KIND)[keyof typeof OTLP_SPAN_KIND];

/** OTLP `Status.StatusCode`. */
export const OTLP_STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 } as const;
export type OtlpStatusCode = (typeof OTLP_STATUS_CODE)[keyof typeof OTLP_STATUS_CODE];

/** Attribute values we emit: structured values always go out as JSON strings. */
export type OtlpAttributeValue = string | number | boolean | string[];
export type OtlpAttributes = Record<string, OtlpAttributeValue>;

export interface OtlpEvent {
  name: string;
  timeNs: bigint;
  attributes: OtlpAttributes;
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: OtlpSpanKind;
  startNs: bigint;
  endNs: bigint;
  status: { code: OtlpStatusCode; message?: string };
  attributes: OtlpAttributes;
  events: OtlpEvent[];
}

/** A `scores` row as the exporter reads it. */
export interface StoredScore {
  trace_id: string;
  span_id: string | null;
  metric: string;
  value: number;
  judge: string;
  explanation: string | null;
  created_ns: bigint;
}

export interface SpanMappingOptions {
  /** Drop inputs, outputs and every other payload (messages, arguments, documents, explanations). */
  noContent?: boolean;
}

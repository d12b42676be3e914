/**
 * OTLP request bodies from our spans, serialised by the official `@opentelemetry/otlp-transformer`
 * (http/protobuf or http/json). Spans are handed over as plain `ReadableSpan`-shaped records built
 * from the stored values (no tracer, so ids and nanosecond times stay exactly as recorded). The
 * transformer is loaded lazily: importing `@llmtop/core/otlp` for the mapping alone needs no OTel.
 */
import { createRequire } from 'node:module';
import type * as Transformer from '@opentelemetry/otlp-transformer';
import type { OtlpAttributes, OtlpSpan } from './otlp-span.js';
import { nsToHrTime } from './span-row-to-otlp.js';

export type OtlpProtocol = 'http/protobuf' | 'http/json';

type ReadableSpan = Parameters<typeof Transformer.ProtobufTraceSerializer.serializeRequest>[0][number];
type Resource = ReadableSpan['resource'];

let transformer: typeof Transformer | undefined;

function loadTransformer(): typeof Transformer {
  if (!transformer) {
    try {
      transformer = createRequire(import.meta.url)('@opentelemetry/otlp-transformer') as typeof Transformer;
    } catch (cause) {
      throw new Error(
        'llmtop: OTLP export needs @opentelemetry/otlp-transformer and @opentelemetry/api installed.',
        {
          cause,
        },
      );
    }
  }
  return transformer;
}

export const INSTRUMENTATION_SCOPE = { name: '@llmtop/core', version: '0.1.0' } as const;

export interface OtlpEncoder {
  readonly contentType: string;
  encode(spans: readonly OtlpSpan[]): Uint8Array;
  /** Rejected span count and message from a 200 response body (`partial_success`). */
  decodeResponse(body: Uint8Array): { rejectedSpans: number; errorMessage?: string };
}

const SAMPLED = 1;

function durationOf(start: [number, number], end: [number, number]): [number, number] {
  const seconds = end[0] - start[0];
  const nanos = end[1] - start[1];
  return nanos < 0 ? [seconds - 1, nanos + 1_000_000_000] : [seconds, nanos];
}

export function createOtlpEncoder(protocol: OtlpProtocol, resourceAttributes: OtlpAttributes): OtlpEncoder {
  const otlp = loadTransformer();
  const serializer = protocol === 'http/json' ? otlp.JsonTraceSerializer : otlp.ProtobufTraceSerializer;
  // The serializers read only `attributes` and `schemaUrl`; spans are grouped by this object's identity.
  const resource = { attributes: resourceAttributes, schemaUrl: undefined } as unknown as Resource;

  const toReadable = (span: OtlpSpan): ReadableSpan => {
    const context = { traceId: span.traceId, spanId: span.spanId, traceFlags: SAMPLED, isRemote: false };
    const startTime = nsToHrTime(span.startNs);
    const endTime = nsToHrTime(span.endNs);
    const readable: ReadableSpan = {
      name: span.name,
      kind: span.kind - 1, // OTel API SpanKind is the OTLP value minus one.
      spanContext: () => context,
      startTime,
      endTime,
      // Not serialised; kept for the ReadableSpan contract.
      duration: durationOf(startTime, endTime),
      status: span.status.message === undefined ? { code: span.status.code } : { ...span.status },
      attributes: span.attributes,
      links: [],
      events: span.events.map((event) => ({
        name: event.name,
        time: nsToHrTime(event.timeNs),
        attributes: event.attributes,
        droppedAttributesCount: 0,
      })),
      ended: true,
      resource,
      instrumentationScope: INSTRUMENTATION_SCOPE,
      droppedAttributesCount: 0,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
    };
    if (span.parentSpanId === undefined) return readable;
    return { ...readable, parentSpanContext: { ...context, spanId: span.parentSpanId } };
  };

  return {
    contentType: protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
    encode(spans) {
      return serializer.serializeRequest(spans.map(toReadable)) ?? new Uint8Array(0);
    },
    decodeResponse(body) {
      if (body.length === 0) return { rejectedSpans: 0 };
      const partial = serializer.deserializeResponse(body).partialSuccess;
      const rejectedSpans = Number(partial?.rejectedSpans ?? 0) || 0;
      return partial?.errorMessage
        ? { rejectedSpans, errorMessage: partial.errorMessage }
        : { rejectedSpans };
    },
  };
}

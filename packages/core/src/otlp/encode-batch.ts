/**
 * One batch of stored rows → OTLP request bodies: each row mapped (a span too large on its own is
 * mapped again without content), the spans encoded, any body over the limit halved, gzipped when
 * asked. The same function runs on the export thread or on the encoder worker.
 */
import { gzipSync } from 'node:zlib';
import type { SpanRow } from '../span/span-record.js';
import { errorMessage } from '../util/error-message.js';
import type { OtlpEncoder } from './otlp-encoding.js';
import type { OtlpSpan, SpanMappingOptions, StoredScore } from './otlp-span.js';
import { spanRowToOtlp } from './span-row-to-otlp.js';

export interface EncodedBody {
  body: Uint8Array;
  /** Spans in this body. */
  count: number;
  gzipped: boolean;
}

export interface EncodedBatch {
  bodies: EncodedBody[];
  /** Spans not sent: over the limit even without content, or unmappable. */
  skipped: { spanId: string; reason: string }[];
}

export interface BatchOptions {
  maxBody: number;
  gzip: boolean;
  mapping: SpanMappingOptions;
}

/** Level 1, the OTel Collector's gzip default (BestSpeed): ~3× less CPU than level 6 for a few % more bytes. */
export const GZIP_LEVEL = 1;

function encodeInto(
  encoder: OtlpEncoder,
  spans: readonly OtlpSpan[],
  options: BatchOptions,
  out: EncodedBatch,
): void {
  if (spans.length === 0) return;
  const body = encoder.encode(spans);
  if (body.length <= options.maxBody) {
    out.bodies.push(
      options.gzip
        ? { body: gzipSync(body, { level: GZIP_LEVEL }), count: spans.length, gzipped: true }
        : { body, count: spans.length, gzipped: false },
    );
  } else if (spans.length > 1) {
    const half = Math.ceil(spans.length / 2);
    encodeInto(encoder, spans.slice(0, half), options, out);
    encodeInto(encoder, spans.slice(half), options, out);
  } else {
    const reason = `${body.length} bytes exceeds the ${options.maxBody}-byte limit`;
    out.skipped.push({ spanId: spans[0]?.spanId ?? '', reason });
  }
}

/** A span whose own encoding exceeds the body limit is sent without content rather than skipped. */
function fitToLimit(
  span: OtlpSpan,
  row: SpanRow,
  scores: readonly StoredScore[],
  encoder: OtlpEncoder,
  maxBody: number,
) {
  // Cheap pre-check: only spans with very large payloads are measured on their own.
  const size = (row.input?.length ?? 0) + (row.output?.length ?? 0) + (row.attributes?.length ?? 0);
  if (size * 4 < maxBody) return span;
  if (encoder.encode([span]).length <= maxBody) return span;
  return spanRowToOtlp(row, scores, { noContent: true });
}

export function buildBatch(
  encoder: OtlpEncoder,
  rows: readonly SpanRow[],
  scores: ReadonlyMap<string, StoredScore[]>,
  options: BatchOptions,
): EncodedBatch {
  const out: EncodedBatch = { bodies: [], skipped: [] };
  const spans: OtlpSpan[] = [];
  for (const row of rows) {
    try {
      const spanScores = scores.get(row.span_id) ?? [];
      spans.push(
        fitToLimit(
          spanRowToOtlp(row, spanScores, options.mapping),
          row,
          spanScores,
          encoder,
          options.maxBody,
        ),
      );
    } catch (error) {
      out.skipped.push({ spanId: row.span_id, reason: errorMessage(error) });
    }
  }
  encodeInto(encoder, spans, options, out);
  return out;
}

/** Spans only (no rows): encode, halve, gzip. */
export function encodeSpans(
  encoder: OtlpEncoder,
  spans: readonly OtlpSpan[],
  options: BatchOptions,
): EncodedBatch {
  const out: EncodedBatch = { bodies: [], skipped: [] };
  encodeInto(encoder, spans, options, out);
  return out;
}

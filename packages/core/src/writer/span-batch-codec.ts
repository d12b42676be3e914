/**
 * A batch of spans as bytes for the writer worker: a structured-clone stream (V8's value
 * serializer, the format `v8.serialize` and `postMessage` use) of `count` values, so dates, typed
 * arrays, BigInts and values shared between spans survive as they are.
 *
 * A value that cannot be cloned (a function, a proxy, a throwing getter) fails the whole stream: the
 * batch is then encoded as already-serialised JSON fields (`serializeSpan`, `serialized: true`),
 * where such values become visible `[llmtop: …]` markers.
 */
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';
import { serializeSpan } from '../pipeline/serialize-span.js';
import type { SpanData } from '../span/span-record.js';
import type { SafeJsonOptions } from '../util/safe-json.js';
import type { BatchSpans } from './writer-messages.js';

export interface EncodedBatch {
  bytes: Uint8Array;
  /** Spans in the stream. */
  count: number;
  /** The stream holds `SerializedSpan`s (JSON fields) rather than spans as recorded. */
  serialized: boolean;
}

export function encodeSpanBatch(spans: readonly SpanData[], payloadLimits?: SafeJsonOptions): EncodedBatch {
  try {
    return { bytes: encodeValues(spans), count: spans.length, serialized: false };
  } catch {
    const serialized = spans.map((span) => serializeSpan(span, payloadLimits));
    return { bytes: encodeValues(serialized), count: spans.length, serialized: true };
  }
}

function encodeValues(values: readonly unknown[]): Buffer {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  for (const value of values) serializer.writeValue(value);
  return serializer.releaseBuffer();
}

/** The spans of an encoded batch (`serialized` says which of the two kinds). */
export function decodeSpanBatch(bytes: Uint8Array, count: number): BatchSpans {
  const deserializer = new DefaultDeserializer(bytes as Buffer);
  deserializer.readHeader();
  const spans: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) spans[i] = deserializer.readValue();
  return spans as BatchSpans;
}

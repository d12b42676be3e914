import { describe, expect, it } from 'vitest';
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import { decodeSpanBatch, encodeSpanBatch } from './span-batch-codec.js';

function span(id: number, input: unknown): SpanData {
  return {
    traceId: 'a'.repeat(32),
    spanId: id.toString(16).padStart(16, '0'),
    kind: 'llm',
    name: `call ${id}`,
    status: 'ok',
    startMs: 1_000 + id,
    endMs: 1_010 + id,
    input,
  } as SpanData;
}

describe('encodeSpanBatch', () => {
  it('round-trips a batch, keeping values shared between spans shared', () => {
    const history = [{ role: 'user', content: 'hello' }];
    const spans = [
      span(1, history),
      span(2, { history, when: new Date(5), big: 10n, bytes: new Uint8Array([7]) }),
    ];
    const batch = encodeSpanBatch(spans);
    expect(batch).toMatchObject({ count: 2, serialized: false });
    const [first, second] = decodeSpanBatch(batch.bytes, batch.count) as [SpanData, SpanData];
    expect([first, second]).toEqual(spans);
    expect((second.input as { history: unknown }).history).toBe(first.input);
  });

  it('encodes a batch that cannot be cloned as serialised fields, losing no span', () => {
    const spans = [span(1, 'before'), span(2, { callback: () => 1, text: 'kept' }), span(3, 'after')];
    const batch = encodeSpanBatch(spans);
    expect(batch).toMatchObject({ count: 3, serialized: true });
    const decoded = decodeSpanBatch(batch.bytes, batch.count) as SerializedSpan[];
    expect(decoded.map((s) => s.spanId)).toEqual(spans.map((s) => s.spanId));
    expect(JSON.parse(String(decoded[1]?.input))).toMatchObject({
      text: 'kept',
      callback: expect.stringMatching(/^\[llmtop: /),
    });
    expect(JSON.parse(String(decoded[2]?.input))).toBe('after');
  });

  it('decodes from shared memory', () => {
    const batch = encodeSpanBatch([span(1, 'shared')]);
    const shared = new Uint8Array(new SharedArrayBuffer(batch.bytes.byteLength));
    shared.set(batch.bytes);
    expect(decodeSpanBatch(shared, 1)).toEqual([span(1, 'shared')]);
  });
});

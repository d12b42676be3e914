import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { llmScore, sessionRows } from './__fixtures__/agent-session.js';
import { manyRows } from './__fixtures__/outbox-db.js';
import { buildBatch } from './encode-batch.js';
import { createEncodePool } from './encode-pool.js';
import { createOtlpEncoder } from './otlp-encoding.js';
import { spanRowToOtlp } from './span-row-to-otlp.js';

const root = createRequire(import.meta.url)('otlp-proto-reference/build/src/generated/root.js');
const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
type Decoded = { resourceSpans: { scopeSpans: { spans: { spanId: Uint8Array; events: unknown[] }[] }[] }[] };
const decodedSpans = (body: Uint8Array) =>
  (Request.decode(gunzipSync(body)) as Decoded).resourceSpans.flatMap((rs) =>
    rs.scopeSpans.flatMap((ss) => ss.spans),
  );

describe('createEncodePool', () => {
  it('maps, encodes and gzips on a worker thread: bodies byte-identical to doing it here', async () => {
    const resource = { 'service.name': 'svc' };
    const options = { maxBody: 64 * 1024 * 1024, gzip: true, mapping: {} };
    const local = createOtlpEncoder('http/protobuf', resource);
    const pool = createEncodePool({ protocol: 'http/protobuf', resource, options }, local);
    try {
      const scores = new Map([[llmScore.span_id as string, [llmScore]]]);
      const [a, b] = await Promise.all([
        pool.encode(sessionRows, scores),
        pool.encode(manyRows(50), new Map()),
      ]);
      expect(pool.onWorker).toBe(true);
      const here = buildBatch(local, sessionRows, scores, options);
      expect(gunzipSync(a.bodies[0]?.body as Uint8Array)).toEqual(
        gunzipSync(here.bodies[0]?.body as Uint8Array),
      );
      const spans = decodedSpans(a.bodies[0]?.body as Uint8Array);
      expect(spans.map((s) => Buffer.from(s.spanId).toString('hex'))).toEqual(
        sessionRows.map((r) => r.span_id),
      );
      expect(spans[5]?.events).toHaveLength(1); // the judge score on the LLM span
      expect(b.bodies[0]?.count).toBe(50);
      expect(b.bodies[0]?.gzipped).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('halves bodies over the limit, strips content from a span too large alone, skips what still does not fit', async () => {
    const options = { maxBody: 4000, gzip: false, mapping: {} };
    const local = createOtlpEncoder('http/protobuf', {});
    const pool = createEncodePool({ protocol: 'http/protobuf', resource: {}, options }, local);
    try {
      const bigContent = {
        ...sessionRows[0]!,
        span_id: 'b1b1b1b1b1b1b1b1',
        output: JSON.stringify('y'.repeat(5000)),
      };
      const bigMetadata = {
        ...sessionRows[1]!,
        span_id: 'b2b2b2b2b2b2b2b2',
        tags: JSON.stringify(['t'.repeat(5000)]),
      };
      const batch = await pool.encode([...manyRows(12), bigContent, bigMetadata], new Map());
      expect(batch.bodies.reduce((n, body) => n + body.count, 0)).toBe(13);
      for (const body of batch.bodies) expect(body.body.length).toBeLessThanOrEqual(4000);
      expect(batch.skipped).toEqual([
        { spanId: 'b2b2b2b2b2b2b2b2', reason: expect.stringContaining('exceeds the 4000-byte limit') },
      ]);
      type Kv = { key: string };
      type Span = { spanId: Uint8Array; attributes: Kv[] };
      const sent = batch.bodies.flatMap((body) =>
        (
          Request.decode(body.body) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] }
        ).resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)),
      );
      const big = sent.find((span) => Buffer.from(span.spanId).toString('hex') === 'b1b1b1b1b1b1b1b1');
      const keys = big?.attributes.map((kv) => kv.key) ?? [];
      expect(keys).toContain('openinference.span.kind');
      expect(keys).not.toContain('output.value');
      expect(spanRowToOtlp(bigContent).attributes['output.value']).toBeDefined();
    } finally {
      await pool.close();
    }
  });
});

import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmbientContextStore } from '../context/ambient-context.js';
import type { SpanData } from '../span/span-record.js';
import { createIdGenerator } from '../util/ids.js';
import { createInternalErrors } from '../util/internal-errors.js';
import { createRecorder } from './recorder.js';

describe('adoption of an active OpenTelemetry span', () => {
  const manager = new AsyncLocalStorageContextManager();
  beforeAll(() => {
    manager.enable();
    context.setGlobalContextManager(manager);
  });
  afterAll(() => {
    context.disable();
  });

  it('joins the app trace: same trace id, the OTel span as parent; no OTel span means a new trace', () => {
    const ended: SpanData[] = [];
    const recorder = createRecorder({
      clock: Date.now,
      ids: createIdGenerator(),
      ambient: new AmbientContextStore(),
      errors: createInternalErrors(),
      onEnd: (span) => ended.push(span),
    });
    const tracer = new BasicTracerProvider().getTracer('app');
    const appSpan = tracer.startSpan('http GET /ask');
    context.with(trace.setSpan(context.active(), appSpan), () => {
      recorder.start('agent', { kind: 'agent', name: 'supervisor' });
      recorder.start('llm', { kind: 'llm', name: 'chat', parentKey: 'agent' });
      recorder.end('llm');
      recorder.end('agent');
    });
    appSpan.end();
    recorder.start('outside', { kind: 'llm', name: 'chat' });
    recorder.end('outside');
    const { traceId, spanId } = appSpan.spanContext();
    expect(ended[1]).toMatchObject({ traceId, parentSpanId: spanId });
    expect(ended[0]).toMatchObject({ traceId, parentSpanId: ended[1]!.spanId });
    expect(ended[2]!.traceId).not.toBe(traceId);
    expect(ended[2]!.parentSpanId).toBeUndefined();
  });
});

import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { type Context, type ContextManager, context as otelContext, ROOT_CONTEXT } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLlmtop } from '../llmtop.js';
import { sessionRows } from './__fixtures__/agent-session.js';
import { type OtlpReceiver, type ReceiverAction, startOtlpReceiver } from './__fixtures__/otlp-receiver.js';
import { createTempStore, type TempStore } from './__fixtures__/outbox-db.js';
import { exportSpans } from './export-spans.js';
import { createLiveExporter } from './live-exporter.js';

let store: TempStore;
let receiver: OtlpReceiver | undefined;

beforeEach(() => {
  store = createTempStore();
});
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  store.dispose();
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('createLiveExporter', () => {
  it('ships what a real llmtop instance records, in the background, each span once', async () => {
    receiver = await startOtlpReceiver();
    const otlp = receiver;
    const llmtop = createLlmtop({
      path: store.path,
      writer: 'inline',
      handleExit: false,
      flushIntervalMs: 20,
    });
    const exporter = createLiveExporter({ path: store.path, endpoint: otlp.url, intervalMs: 30 });
    exporter.start();
    try {
      for (let i = 0; i < 3; i++) {
        await llmtop.span(
          { kind: 'agent', name: 'planner', agent: 'planner', sessionId: 's-1' },
          async () => {
            await llmtop.span(
              { kind: 'llm', name: 'chat', provider: 'openai', requestModel: 'gpt-4o' },
              async (span) => {
                span.setUsage({ input: 10, output: 5 });
                span.setOutput('ok');
              },
            );
          },
        );
      }
      await llmtop.flush();
      await until(() => otlp.spans().length >= 6);
      await llmtop.span({ kind: 'tool', name: 'search' }, async () => 'result');
      await llmtop.flush();
      await until(() => otlp.spans().length >= 7);
    } finally {
      await exporter.stop();
      await llmtop.shutdown();
    }
    const spans = otlp.spans();
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(7);
    expect(spans).toHaveLength(7);
    expect(spans.filter((s) => s.name === 'chat gpt-4o')).toHaveLength(3);
    expect(spans.find((s) => s.name === 'chat gpt-4o')?.attributes['gen_ai.usage.input_tokens']).toBe(10);
    expect(spans.find((s) => s.name === 'execute_tool search')).toBeDefined();
    // The exporter recorded nothing of its own.
    expect(Number((store.db.prepare('SELECT count(*) AS n FROM spans').get() as { n: number }).n)).toBe(7);
  });

  it('reports failures through onError without throwing, then delivers once the receiver recovers', async () => {
    let failing = true;
    receiver = await startOtlpReceiver((): ReceiverAction => (failing ? { status: 503 } : undefined));
    const otlp = receiver;
    store.insert(sessionRows);
    const errors: string[] = [];
    const exporter = createLiveExporter({
      path: store.path,
      endpoint: otlp.url,
      intervalMs: 20,
      maxPauseMs: 40,
      retry: { maxAttempts: 1 },
      onError: (error) => errors.push(error),
    });
    exporter.start();
    try {
      await until(() => errors.length >= 2);
      failing = false;
      await until(() => otlp.spans().length >= sessionRows.length);
      const last = await exporter.flush();
      expect(last).toMatchObject({ ok: true, exported: 0 });
    } finally {
      await exporter.stop();
    }
    expect(errors[0]).toContain('503');
    expect(otlp.spans()).toHaveLength(sessionRows.length);
  });
});

describe('the exporter is never traced by OpenTelemetry', () => {
  it('sends its HTTP requests inside a context with tracing suppressed', async () => {
    // A minimal real context manager, as an app with the OTel SDK would have registered.
    const storage = new AsyncLocalStorage<Context>();
    const manager: ContextManager = {
      active: () => storage.getStore() ?? ROOT_CONTEXT,
      with: (ctx, fn, thisArg, ...args) => storage.run(ctx, () => fn.call(thisArg, ...args)),
      bind: (_ctx, target) => target,
      enable() {
        return this;
      },
      disable() {
        storage.disable();
        return this;
      },
    };
    expect(otelContext.setGlobalContextManager(manager)).toBe(true);
    const suppressed: unknown[] = [];
    // What @opentelemetry/instrumentation-http checks (isTracingSuppressed) when a request starts.
    const onStart = () => {
      suppressed.push(
        otelContext.active().getValue(Symbol.for('OpenTelemetry SDK Context Key SUPPRESS_TRACING')),
      );
    };
    subscribe('http.client.request.start', onStart);
    try {
      receiver = await startOtlpReceiver();
      store.insert(sessionRows);
      const result = await exportSpans({ database: store.db, endpoint: receiver.url });
      expect(result.ok).toBe(true);
    } finally {
      unsubscribe('http.client.request.start', onStart);
      otelContext.disable();
    }
    expect(suppressed).toEqual([true]);
  });
});

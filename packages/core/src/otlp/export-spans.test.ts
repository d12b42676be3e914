import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRowSealer, generateKey, loadKeyring } from '../security/index.js';
import {
  llmRow,
  llmScore,
  rerankerRow,
  retrieverRow,
  sessionRows,
  TRACE_ID,
  toolRow,
} from './__fixtures__/agent-session.js';
import { type OtlpReceiver, type ReceiverAction, startOtlpReceiver } from './__fixtures__/otlp-receiver.js';
import { createTempStore, manyRows, type TempStore } from './__fixtures__/outbox-db.js';
import { exportSpans } from './export-spans.js';

const FAST_RETRY = { initialBackoffMs: 5, maxBackoffMs: 20, maxAttempts: 4, timeoutMs: 2000 };

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

async function receive(respond?: (n: number) => ReceiverAction): Promise<OtlpReceiver> {
  receiver = await startOtlpReceiver(respond);
  return receiver;
}

describe('exportSpans on the wire', () => {
  for (const protocol of ['http/protobuf', 'http/json'] as const) {
    it(`${protocol}: every kind arrives with its ids, times, kind, status, attributes and events`, async () => {
      store.insert(sessionRows);
      store.insertScore(llmScore);
      const otlp = await receive();
      const result = await exportSpans({
        database: store.db,
        endpoint: otlp.url,
        protocol,
        gzip: protocol === 'http/protobuf',
        headers: { authorization: 'Basic dGVzdDp0ZXN0', 'x-langfuse-ingestion-version': '4' },
        serviceName: 'support-bot',
        retry: FAST_RETRY,
      });
      expect(result).toMatchObject({ ok: true, exported: 9, rejected: 0, skipped: 0, total: 9, requests: 1 });
      const request = otlp.accepted[0];
      expect(request?.headers.authorization).toBe('Basic dGVzdDp0ZXN0');
      expect(request?.headers['x-langfuse-ingestion-version']).toBe('4');
      expect(request?.headers['content-type']).toBe(
        protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
      );
      expect(request?.headers['content-encoding']).toBe(protocol === 'http/protobuf' ? 'gzip' : undefined);

      const spans = otlp.spans();
      expect(spans.map((s) => s.spanId)).toEqual(sessionRows.map((r) => r.span_id));
      for (const row of sessionRows) {
        const span = spans.find((s) => s.spanId === row.span_id);
        expect(span?.traceId).toBe(row.trace_id);
        expect(span?.parentSpanId).toBe(row.parent_span_id ?? '');
        expect(span?.startNs).toBe(row.start_ns.toString());
        expect(span?.endNs).toBe(row.end_ns.toString());
        expect(span?.resource['service.name']).toBe('support-bot');
        expect(span?.resource['openinference.project.name']).toBe('support-bot');
        expect(span?.scope.name).toBe('@llmtop/core');
        expect(span?.attributes['llmtop.span.kind']).toBe(row.kind);
      }
      const byKind = (kind: string) => spans.find((s) => s.attributes['llmtop.span.kind'] === kind);
      expect(byKind('agent')).toMatchObject({
        name: 'invoke_agent support-agent',
        kind: 1,
        status: { code: 1 },
      });
      expect(byKind('chain')).toMatchObject({ name: 'RunnableSequence', kind: 1 });
      expect(byKind('embedding')).toMatchObject({ name: 'embeddings text-embedding-3-small', kind: 3 });
      expect(byKind('retriever')).toMatchObject({ name: 'retrieval kb-main', kind: 3 });
      expect(byKind('reranker')).toMatchObject({ name: 'rerank rerank-v3.5', kind: 1 });
      expect(byKind('evaluator')).toMatchObject({ name: 'chat claude-haiku-4-5', kind: 3 });
      expect(byKind('custom')).toMatchObject({ name: 'post-process', kind: 1, status: { code: 0 } });

      const llm = byKind('llm');
      expect(llm).toMatchObject({ name: 'chat gpt-4o', kind: 3, status: { code: 1 } });
      expect(llm?.attributes).toMatchObject({
        'gen_ai.operation.name': 'chat',
        'gen_ai.provider.name': 'openai',
        'gen_ai.request.model': 'gpt-4o',
        'gen_ai.response.model': 'gpt-4o-2024-08-06',
        'gen_ai.usage.input_tokens': 1200,
        'gen_ai.usage.output_tokens': 85,
        'gen_ai.usage.cache_read.input_tokens': 1024,
        'gen_ai.usage.reasoning.output_tokens': 20,
        'llm.token_count.total': 1285,
        'llm.cost.total': 0.00421,
        'session.id': 'sess-42',
        'gen_ai.conversation.id': 'sess-42',
        'user.id': 'user-7',
        'tag.tags': ['prod', 'feature:refunds'],
        'langfuse.observation.type': 'generation',
        'openinference.span.kind': 'LLM',
        'evaluations.0.evaluation.name': 'faithfulness',
        'evaluations.0.evaluation.score': 0.75,
      });
      expect(JSON.parse(llm?.attributes['gen_ai.input.messages'] as string)[0].role).toBe('user');
      const evaluation = llm?.events.find((e) => e.name === 'gen_ai.evaluation.result');
      expect(evaluation?.timeNs).toBe(llmScore.created_ns.toString());
      expect(evaluation?.attributes).toMatchObject({
        'gen_ai.evaluation.name': 'faithfulness',
        'gen_ai.evaluation.score.value': 0.75,
      });

      const tool = byKind('tool');
      expect(tool).toMatchObject({
        name: 'execute_tool lookup_order',
        kind: 1,
        status: { code: 2, message: toolRow.error },
      });
      expect(tool?.attributes['gen_ai.tool.call.id']).toBe('call_1');
      expect(tool?.attributes['error.type']).toBe('TimeoutError');
      expect(tool?.events.map((e) => e.name)).toEqual(['retry', 'exception']);
      expect(tool?.events[0]?.timeNs).toBe('1709294402100500000');

      expect(byKind('retriever')?.attributes['retrieval.documents.1.document.score']).toBe(0.42);
      expect(byKind('reranker')?.attributes['reranker.output_documents.0.document.id']).toBe('doc-2');
      expect(byKind('reranker')?.attributes['gen_ai.request.model']).toBeUndefined();

      // The cursor moved: a second run sends nothing.
      expect(store.cursor(otlp.url)).toBe(result.cursor);
      const again = await exportSpans({
        database: store.db,
        endpoint: otlp.url,
        protocol,
        retry: FAST_RETRY,
      });
      expect(again).toMatchObject({ ok: true, exported: 0, total: 0, requests: 0 });
      expect(otlp.attempts).toHaveLength(1);
    });
  }

  it('--no-content sends no inputs, outputs or payloads', async () => {
    store.insert(sessionRows);
    store.insertScore(llmScore);
    const otlp = await receive();
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      noContent: true,
      retry: FAST_RETRY,
    });
    expect(result.exported).toBe(9);
    const wire = JSON.stringify(otlp.spans().map((s) => ({ a: s.attributes, e: s.events })));
    for (const fragment of [
      'input.value',
      'output.value',
      'gen_ai.input.messages',
      'Refunds take',
      'refund policy',
      'Grade this',
      'Mostly grounded',
    ]) {
      expect(wire).not.toContain(fragment);
    }
    expect(wire).toContain('gen_ai.usage.input_tokens');
  });
});

describe('exportSpans transport behaviour', () => {
  it('honours Retry-After on 503 and then succeeds', async () => {
    store.insert(sessionRows);
    const otlp = await receive((n) =>
      n === 0 ? { status: 503, headers: { 'retry-after': '1' } } : undefined,
    );
    const result = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(result).toMatchObject({ ok: true, exported: 9, retries: 1 });
    const gap = (otlp.attempts[1]?.at ?? 0) - (otlp.attempts[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(900); // the backoff alone would have been ~5 ms
  });

  it('retries 429 with backoff, and 502/504', async () => {
    store.insert(sessionRows);
    const statuses = [429, 502, 504];
    const otlp = await receive((n) => (n < 3 ? { status: statuses[n] as number } : undefined));
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      retry: { ...FAST_RETRY, maxAttempts: 5 },
    });
    expect(result).toMatchObject({ ok: true, exported: 9, retries: 3 });
    expect(otlp.attempts).toHaveLength(4);
  });

  it('never retries 400: fails at once, keeps the cursor, and a later export resumes', async () => {
    store.insert(sessionRows);
    const otlp = await receive((n) =>
      n === 0 ? { status: 400, body: JSON.stringify({ message: 'bad span' }) } : undefined,
    );
    const failed = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(failed).toMatchObject({ ok: false, status: 400, exported: 0, retries: 0 });
    expect(failed.error).toContain('bad span');
    expect(otlp.attempts).toHaveLength(1);
    expect(store.cursor(otlp.url)).toBeUndefined();
    const resumed = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(resumed).toMatchObject({ ok: true, exported: 9 });
  });

  it('surfaces partial_success rejected counts without retrying', async () => {
    store.insert(sessionRows);
    for (const protocol of ['http/protobuf', 'http/json'] as const) {
      const otlp = await receive(() => ({
        partialSuccess: { rejectedSpans: 2, errorMessage: 'two spans too old' },
      }));
      const result = await exportSpans({
        database: store.db,
        endpoint: otlp.url,
        protocol,
        retry: FAST_RETRY,
      });
      expect(result).toMatchObject({
        ok: true,
        exported: 9,
        rejected: 2,
        warnings: ['two spans too old'],
        retries: 0,
      });
      expect(otlp.attempts).toHaveLength(1);
      await otlp.close();
      receiver = undefined;
    }
  });

  it('retries a dropped connection and a receiver slower than the timeout', async () => {
    store.insert(sessionRows);
    const otlp = await receive((n) =>
      n === 0 ? { drop: true } : n === 1 ? { delayMs: 600 } : { delayMs: 50 },
    );
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      retry: { ...FAST_RETRY, timeoutMs: 300 },
    });
    expect(result).toMatchObject({ ok: true, exported: 9, retries: 2 });
    expect(otlp.spans().map((s) => s.spanId)).toEqual(sessionRows.map((r) => r.span_id));
  });

  it('gives up after the last attempt with a failed result (no throw), cursor unchanged', async () => {
    store.insert(sessionRows);
    const otlp = await receive(() => ({ status: 503 }));
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      retry: { ...FAST_RETRY, maxAttempts: 3 },
    });
    expect(result).toMatchObject({ ok: false, status: 503, exported: 0, retries: 2 });
    expect(otlp.attempts).toHaveLength(3);
    expect(store.cursor(otlp.url)).toBeUndefined();
  });

  it('reports a refused connection as a failed result', async () => {
    store.insert(sessionRows);
    const otlp = await receive();
    const url = otlp.url;
    await otlp.close();
    receiver = undefined;
    const result = await exportSpans({
      database: store.db,
      endpoint: url,
      retry: { ...FAST_RETRY, maxAttempts: 2 },
    });
    expect(result.ok).toBe(false);
    expect(result.error).toContain('ECONNREFUSED');
    expect(result.retries).toBe(1);
  });

  it('stops when aborted, leaving the cursor at the last delivered batch', async () => {
    store.insert(manyRows(50));
    const controller = new AbortController();
    const otlp = await receive((n) => {
      if (n === 1) controller.abort();
      return n === 1 ? { delayMs: 200 } : undefined;
    });
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      batchSize: 10,
      signal: controller.signal,
      retry: FAST_RETRY,
    });
    expect(result).toMatchObject({ ok: false, aborted: true, exported: 10 });
    expect(store.cursor(otlp.url)).toBe(10n);
  });
});

describe('exportSpans batching, selections, dry run', () => {
  it('splits requests to respect the body limit, each span delivered once', async () => {
    store.insert(manyRows(120));
    const otlp = await receive();
    const progress: number[] = [];
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      gzip: false,
      batchSize: 60,
      maxBodyBytes: 16 * 1024,
      onProgress: (p) => progress.push(p.exported),
      retry: FAST_RETRY,
    });
    expect(result).toMatchObject({ ok: true, exported: 120, skipped: 0 });
    expect(result.requests).toBeGreaterThan(4);
    for (const request of otlp.accepted) expect(request.bytes).toBeLessThanOrEqual(16 * 1024);
    const ids = otlp.spans().map((s) => s.spanId);
    expect(new Set(ids).size).toBe(120);
    expect(ids).toHaveLength(120);
    expect(progress).toEqual([60, 120]);
  });

  it('sends a span too large for the limit without content rather than not at all', async () => {
    const huge = { ...llmRow, output: JSON.stringify('x'.repeat(40_000)) };
    store.insert([huge]);
    const otlp = await receive();
    const result = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      maxBodyBytes: 20_000,
      retry: FAST_RETRY,
    });
    expect(result).toMatchObject({ ok: true, exported: 1, skipped: 0 });
    expect(otlp.spans()[0]?.attributes['output.value']).toBeUndefined();
    expect(otlp.spans()[0]?.attributes['gen_ai.usage.input_tokens']).toBe(1200);
  });

  it('skips rows whose ids are not W3C hex instead of poisoning the batch', async () => {
    store.insert([...sessionRows, { ...llmRow, span_id: 'not-a-span-id!!!' }]);
    const otlp = await receive();
    const result = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(result).toMatchObject({ ok: true, exported: 9, skipped: 1 });
  });

  it('selects by session, trace and since, each selection with its own cursor', async () => {
    store.insert([...sessionRows, ...manyRows(30)]);
    const otlp = await receive();
    const bySession = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      selection: { session: 'sess-42' },
      retry: FAST_RETRY,
    });
    expect(bySession).toMatchObject({ ok: true, exported: 9, destination: `${otlp.url}#session=sess-42` });
    const byTrace = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      selection: { trace: TRACE_ID },
      retry: FAST_RETRY,
    });
    expect(byTrace.exported).toBe(8); // the evaluator span is in its own trace
    const bySince = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      selection: { since: new Date(Number(1_760_000_000_000_000_000n / 1_000_000n) + 20) },
      retry: FAST_RETRY,
    });
    expect(bySince.exported).toBe(10);
    expect(store.cursor(otlp.url)).toBeUndefined();
    const everything = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(everything.exported).toBe(39);
  });

  it('sends a score written after its span was exported as an evaluation span under it, once', async () => {
    store.insert(sessionRows);
    const otlp = await receive();
    const first = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(first).toMatchObject({ ok: true, exported: 9, lateScores: 0 });
    expect(otlp.spans().find((s) => s.spanId === llmRow.span_id)?.events).toEqual([]);

    // The judge scores the answer after it went out.
    store.insertScore(llmScore);
    const second = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(second).toMatchObject({ ok: true, exported: 0, lateScores: 1 });
    const evaluation = otlp.spans().at(-1);
    expect(evaluation).toMatchObject({
      name: 'llmtop.evaluation',
      traceId: llmRow.trace_id,
      parentSpanId: llmRow.span_id,
      startNs: llmScore.created_ns.toString(),
    });
    expect(evaluation?.events).toEqual([
      {
        name: 'gen_ai.evaluation.result',
        timeNs: llmScore.created_ns.toString(),
        attributes: expect.objectContaining({
          'gen_ai.evaluation.name': 'faithfulness',
          'gen_ai.evaluation.score.value': 0.75,
        }),
      },
    ]);
    expect(evaluation?.attributes).toMatchObject({
      'evaluations.0.evaluation.name': 'faithfulness',
      'evaluations.0.evaluation.score': 0.75,
      'llmtop.span.kind': 'custom',
    });

    const third = await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY });
    expect(third).toMatchObject({ ok: true, exported: 0, lateScores: 0 });
    expect(otlp.spans()).toHaveLength(10);
  });

  it('sends a score with its span when both are new, never again as a late score', async () => {
    store.insert(sessionRows);
    store.insertScore(llmScore);
    const otlp = await receive();
    expect(await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY })).toMatchObject({
      exported: 9,
      lateScores: 0,
    });
    expect(otlp.spans().find((s) => s.spanId === llmRow.span_id)?.events).toHaveLength(1);
    expect(await exportSpans({ database: store.db, endpoint: otlp.url, retry: FAST_RETRY })).toMatchObject({
      exported: 0,
      lateScores: 0,
    });
  });

  it('dry run writes OTLP JSON lines and moves no cursor', async () => {
    store.insert([...sessionRows, retrieverRow, rerankerRow].slice(0, 9));
    const file = join(store.path, '..', 'dry.jsonl');
    const result = await exportSpans({
      database: store.db,
      endpoint: 'http://127.0.0.1:9/v1/traces',
      dryRunFile: file,
      batchSize: 5,
    });
    expect(result).toMatchObject({ ok: true, dryRun: true, exported: 9, requests: 2 });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    const spans = lines.flatMap((l) => l.resourceSpans[0].scopeSpans[0].spans);
    expect(spans[0].traceId).toBe(TRACE_ID);
    expect(spans[0].startTimeUnixNano).toBe(sessionRows[0]?.start_ns.toString());
    expect(store.cursor('http://127.0.0.1:9/v1/traces')).toBeUndefined();
  });
});

describe('exportSpans resumes after the exporter process is killed', () => {
  it('loses no span and duplicates only the batch in flight', async () => {
    const total = 1500;
    store.insert(manyRows(total));
    let child: ReturnType<typeof spawn> | undefined;
    const killAt = 4;
    const otlp = await receive((n) => {
      if (n === killAt) child?.kill('SIGKILL');
      return n === killAt ? { delayMs: 100 } : undefined;
    });
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const script = fileURLToPath(new URL('./__fixtures__/export-child.ts', import.meta.url));
    child = spawn(process.execPath, ['--import', tsx, script], {
      env: { ...process.env, LLMTOP_DB: store.path, OTLP_URL: otlp.url, BATCH_SIZE: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child?.on('exit', (c, s) => resolve([c, s])),
    );
    expect(signal, stderr).toBe('SIGKILL');
    expect(code).toBeNull();
    expect(store.cursor(otlp.url)).toBe(BigInt(killAt * 100));
    const received = () => otlp.received.flatMap((request) => request.spans.map((span) => span.spanId));
    expect(received()).toHaveLength((killAt + 1) * 100); // the killed batch arrived, unacknowledged

    const resumed = await exportSpans({
      database: store.db,
      endpoint: otlp.url,
      batchSize: 100,
      retry: FAST_RETRY,
    });
    expect(resumed).toMatchObject({ ok: true, exported: total - killAt * 100 });
    const ids = received();
    expect(new Set(ids).size).toBe(total);
    expect(ids.length - total).toBe(100); // exactly the retried batch
    expect(ids.slice(killAt * 100, (killAt + 1) * 100)).toEqual(
      ids.slice((killAt + 1) * 100, (killAt + 2) * 100),
    );
  });
});

describe('exportSpans with encrypted payloads', () => {
  it('opens sealed payloads with the key, and without it sends no content (never ciphertext)', async () => {
    const keyring = loadKeyring({ key: generateKey() });
    if (!keyring) throw new Error('no keyring');
    const seal = createRowSealer(keyring);
    const sealed = sessionRows.map((row) => {
      const copy = { ...row };
      seal(copy);
      return copy;
    });
    expect(sealed[5]?.input).not.toBe(llmRow.input);
    store.insert(sealed);
    const otlp = await receive();
    const opened = await exportSpans({ database: store.db, endpoint: otlp.url, destination: 'a', keyring });
    expect(opened).toMatchObject({ ok: true, exported: 9, locked: 0 });
    const llm = otlp.spans().find((s) => s.spanId === llmRow.span_id);
    expect(llm?.attributes['llm.input_messages.1.message.content']).toBe(
      'Where is my refund? I am <EMAIL_1>.',
    );

    const saved = process.env.LLMTOP_KEY;
    delete process.env.LLMTOP_KEY;
    try {
      const locked = await exportSpans({ database: store.db, endpoint: otlp.url, destination: 'b' });
      expect(locked).toMatchObject({ ok: true, exported: 9, locked: 9 });
    } finally {
      if (saved !== undefined) process.env.LLMTOP_KEY = saved;
    }
    const lockedSpans = otlp.accepted[1]?.spans ?? [];
    expect(lockedSpans).toHaveLength(9);
    for (const span of lockedSpans) {
      expect(span.attributes['input.value']).toBeUndefined();
      expect(span.attributes['output.value']).toBeUndefined();
    }
    expect(
      lockedSpans.find((s) => s.spanId === llmRow.span_id)?.attributes['gen_ai.usage.input_tokens'],
    ).toBe(1200);
    const audits = store.db.prepare("SELECT details FROM audit WHERE action = 'export'").all() as {
      details: string;
    }[];
    expect(audits.map((a) => JSON.parse(a.details).destination)).toEqual(['a', 'b']);
  });
});

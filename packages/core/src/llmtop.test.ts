import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLlmtop } from './llmtop.js';
import type { LlmtopOptions } from './llmtop-options.js';
import { openDatabase } from './sqlite/database.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'llmtop-core-')), 'test.db');

function readSpans(path: string) {
  const db = openDatabase(path, { readonly: true });
  try {
    return db.prepare('SELECT * FROM spans ORDER BY seq').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

function open(options: LlmtopOptions = {}) {
  const errors: string[] = [];
  const llmtop = createLlmtop({
    path: tempPath(),
    handleExit: false,
    onError: (_, kind) => errors.push(kind),
    ...options,
  });
  return { llmtop, errors };
}

const WRITERS: [string, LlmtopOptions][] = [
  ['worker', { writer: 'worker' }],
  ['inline', { writer: 'inline' }],
  // The worker's second thread masks while the writer inserts; 'always' starts it with the writer.
  ['worker + pipeline worker', { writer: 'worker', pipelineWorker: 'always' }],
];

for (const [writer, writerOptions] of WRITERS) {
  describe(`createLlmtop (${writer} writer)`, () => {
    it('stores nested manual spans with context, masked payloads and nanosecond times', async () => {
      const { llmtop, errors } = open(writerOptions);
      const result = await llmtop.withContext(
        { sessionId: 'sess-1', userId: 'user-1', feature: 'support' },
        () =>
          llmtop.span({ kind: 'agent', name: 'researcher' }, async (agent) => {
            await llmtop.span(
              { kind: 'reranker', name: 'rerank', input: { query: 'mail me at jane.doe@example.com' } },
              (span) => {
                span.setOutput([{ id: 'b', score: 0.9 }]);
              },
            );
            return agent.traceId;
          }),
      );
      await llmtop.flush();
      await llmtop.shutdown();
      const [reranker, agent] = readSpans(llmtop.path);
      expect(agent).toMatchObject({
        kind: 'agent',
        name: 'researcher',
        agent: 'researcher',
        session_id: 'sess-1',
        trace_id: result,
      });
      expect(reranker).toMatchObject({
        kind: 'reranker',
        agent: 'researcher',
        user_id: 'user-1',
        feature: 'support',
        parent_span_id: agent!.span_id,
        status: 'ok',
      });
      expect(String(reranker!.input)).not.toContain('jane.doe@example.com');
      expect(String(reranker!.input)).toContain('<EMAIL_1>');
      expect(JSON.parse(String(reranker!.pii_counts))).toEqual({ EMAIL: 1 });
      expect(typeof reranker!.start_ns).toBe('bigint');
      expect(Number((reranker!.end_ns as bigint) - (reranker!.start_ns as bigint))).toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([]);
    });

    it("passes the app's own error through unchanged and records it as an error span", async () => {
      const { llmtop, errors } = open(writerOptions);
      const appError = new TypeError('the tool broke');
      await expect(
        llmtop.span({ kind: 'tool', name: 'lookup' }, () => {
          throw appError;
        }),
      ).rejects.toBe(appError);
      await llmtop.shutdown();
      expect(readSpans(llmtop.path)[0]).toMatchObject({
        status: 'error',
        error: 'TypeError: the tool broke',
      });
      expect(errors).toEqual([]);
    });

    it('stores hostile payloads with markers instead of failing', async () => {
      const { llmtop } = open(writerOptions);
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic.self = cyclic;
      const hostile = {
        cyclic,
        big: 2n ** 70n,
        bytes: Buffer.from('xyz'),
        broken: 'a\uD800',
        huge: 'z'.repeat(10_000_000),
      };
      llmtop.recorder.start('h', { kind: 'custom', name: 'hostile', input: hostile });
      llmtop.recorder.end('h', { output: hostile });
      await llmtop.shutdown();
      const [row] = readSpans(llmtop.path);
      const input = JSON.parse(String(row!.input));
      expect(input.cyclic.self).toBe('[llmtop: circular]');
      expect(input.big).toBe('[llmtop: bigint 1180591620717411303424]');
      expect(input.bytes).toMatch(/binary|\[llmtop/);
      expect(input.broken).toBe('a\uFFFD');
      expect(input.huge.length).toBeLessThan(70_000);
      expect(input.huge).toMatch(/truncated/);
    });

    it('stores a batch holding a value that cannot be cloned, with its neighbours intact', async () => {
      const { llmtop } = open(writerOptions);
      llmtop.recorder.start('a', { kind: 'custom', name: 'before', input: 'plain' });
      llmtop.recorder.end('a', {});
      llmtop.recorder.start('b', {
        kind: 'custom',
        name: 'unclonable',
        input: { render: () => 1, text: 'kept' },
      });
      llmtop.recorder.end('b', {});
      llmtop.recorder.start('c', { kind: 'custom', name: 'after', input: 'plain too' });
      llmtop.recorder.end('c', {});
      await llmtop.shutdown();
      const rows = readSpans(llmtop.path);
      expect(rows.map((row) => row.name).sort()).toEqual(['after', 'before', 'unclonable']);
      const unclonable = rows.find((row) => row.name === 'unclonable');
      expect(JSON.parse(String(unclonable?.input))).toMatchObject({
        text: 'kept',
        render: expect.stringMatching(/^\[llmtop: /),
      });
      expect(llmtop.stats()).toMatchObject({ spansWritten: 3, internalErrors: 0 });
    });

    it('counts every span written and keeps unknown usage NULL, not 0', async () => {
      const { llmtop } = open(writerOptions);
      for (let i = 0; i < 2500; i++) {
        llmtop.recorder.start(`k${i}`, { kind: 'llm', name: 'chat' });
        llmtop.recorder.end(`k${i}`, i === 0 ? { usage: { input: 7 } } : {});
      }
      await llmtop.flush();
      expect(llmtop.stats()).toMatchObject({ spansRecorded: 2500, spansWritten: 2500, spansDropped: 0 });
      await llmtop.shutdown();
      const rows = readSpans(llmtop.path);
      expect(rows).toHaveLength(2500);
      expect(rows[0]).toMatchObject({ input_tokens: 7n, output_tokens: null, cost_usd: null });
      expect(rows[1]).toMatchObject({ input_tokens: null });
    });
  });
}

describe('createLlmtop queue limits', () => {
  it('writes synchronously when the queue is full, losing nothing', async () => {
    const { llmtop } = open({ maxQueue: 100, maxBatch: 100, flushIntervalMs: 60_000 });
    for (let i = 0; i < 1000; i++) {
      llmtop.recorder.start(`k${i}`, { kind: 'tool', name: 't' });
      llmtop.recorder.end(`k${i}`);
    }
    await llmtop.shutdown();
    expect(readSpans(llmtop.path)).toHaveLength(1000);
    expect(llmtop.stats().spansDropped).toBe(0);
  });

  it('in drop mode drops beyond the queue and counts every drop', async () => {
    const { llmtop } = open({ maxQueue: 100, maxBatch: 100, overflow: 'drop', flushIntervalMs: 60_000 });
    for (let i = 0; i < 250; i++) {
      llmtop.recorder.start(`k${i}`, { kind: 'tool', name: 't' });
      llmtop.recorder.end(`k${i}`);
    }
    const dropped = llmtop.stats().spansDropped;
    await llmtop.shutdown();
    expect(dropped).toBeGreaterThan(0);
    expect(readSpans(llmtop.path).length + dropped).toBe(250);
  });

  it('records feedback for a trace', async () => {
    const { llmtop } = open();
    llmtop.feedback({ traceId: 'abc', score: 0, comment: 'wrong answer' });
    await llmtop.shutdown();
    const db = openDatabase(llmtop.path, { readonly: true });
    expect(db.prepare('SELECT trace_id, score, comment FROM feedback').get()).toEqual({
      trace_id: 'abc',
      score: 0,
      comment: 'wrong answer',
    });
    db.close();
  });
});

describe('createLlmtop judge and feedback', () => {
  it('judges sampled traces after commit and stores scores; negative feedback triggers judging', async () => {
    const { llmtop } = open({ judgeSampleRate: 1 });
    const traceId = await llmtop.span({ kind: 'agent', name: 'researcher' }, async (agent) => {
      await llmtop.span({ kind: 'retriever', name: 'kb', input: 'refund policy' }, (span) =>
        span.setOutput([
          {
            pageContent: 'Duplicate charges are refunded in full within 5 business days.',
            metadata: { score: 0.9 },
          },
        ]),
      );
      await llmtop.span(
        {
          kind: 'llm',
          name: 'chat',
          input: [{ role: 'user', content: 'How fast are duplicate charges refunded?' }],
          requestModel: 'gpt-4o',
        },
        (span) => span.setOutput('Duplicate charges are refunded in full within 5 business days.'),
      );
      return agent.traceId;
    });
    await llmtop.flush();
    expect(llmtop.stats().judged).toBeGreaterThan(0);
    await llmtop.shutdown();
    const db = openDatabase(llmtop.path, { readonly: true });
    const scores = db
      .prepare('SELECT metric, value, sampling_reason, agent FROM scores WHERE trace_id = ?')
      .all(traceId) as {
      metric: string;
      value: number;
      sampling_reason: string;
      agent: string | null;
    }[];
    db.close();
    expect(scores.map((s) => s.metric)).toContain('faithfulness');
    const faithfulness = scores.find((s) => s.metric === 'faithfulness')!;
    expect(faithfulness.value).toBeGreaterThan(0.5);
    expect(faithfulness.sampling_reason).toBe('rate');
  });

  it('judges traces the app thread wrote itself (a full queue) in the writer worker, not on the app thread', async () => {
    // maxQueue 1: every span is written synchronously by the app-thread fallback, whose store has no judge.
    const { llmtop, errors } = open({ judgeSampleRate: 1, maxQueue: 1, maxBatch: 1 });
    const traceIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      traceIds.push(
        await llmtop.span({ kind: 'llm', name: 'chat', input: `What is ${i} + ${i}?` }, (span) => {
          span.setOutput(`${i} + ${i} is ${2 * i}.`);
          return span.traceId;
        }),
      );
    }
    await llmtop.flush();
    expect(llmtop.stats().judged).toBe(3);
    await llmtop.shutdown();
    const db = openDatabase(llmtop.path, { readonly: true });
    const judged = db
      .prepare("SELECT DISTINCT trace_id FROM scores WHERE metric = 'answer_relevance' ORDER BY trace_id")
      .pluck()
      .all();
    db.close();
    expect(judged).toEqual([...traceIds].sort());
    expect(errors).toEqual([]);
  });

  it('judges a trace that received negative feedback even at a zero sample rate', async () => {
    const { llmtop } = open({ judgeSampleRate: 0 });
    const traceId = await llmtop.span(
      { kind: 'llm', name: 'chat', input: [{ role: 'user', content: 'What is the capital of France?' }] },
      (span) => {
        span.setOutput('The capital of France is Paris.');
        return span.traceId;
      },
    );
    await llmtop.flush();
    llmtop.feedback({ traceId, score: 0, comment: 'wrong' });
    await llmtop.flush();
    await llmtop.shutdown();
    const db = openDatabase(llmtop.path, { readonly: true });
    const reasons = db
      .prepare('SELECT DISTINCT sampling_reason FROM scores WHERE trace_id = ?')
      .pluck()
      .all(traceId);
    db.close();
    expect(reasons).toEqual(['feedback']);
  });
});

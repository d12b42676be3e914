import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLlmtop } from '../llmtop.js';
import type { Llmtop } from '../llmtop.types.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import { RAG_CONTEXT, recordRagTrace } from './__fixtures__/rag-trace.js';
import { assembleJudgeItems } from './assemble.js';
import type { Judge } from './judge.types.js';
import { createJudgeQueue } from './judge-queue.js';
import { createOfflineJudge } from './offline-judge.js';

let llmtop: Llmtop | undefined;
let db: Database | undefined;
afterEach(async () => {
  await llmtop?.shutdown();
  db?.close();
  llmtop = undefined;
  db = undefined;
});

async function recordedTrace(
  answers = {
    first: 'The Eiffel Tower is 330 metres tall.',
    second: 'it was designed and built by a french engineering company.',
  },
) {
  const path = join(mkdtempSync(join(tmpdir(), 'llmtop-judge-')), 'judge.db');
  llmtop = createLlmtop({ path, writer: 'inline', handleExit: false, judgeSampleRate: 0 });
  const traceId = await recordRagTrace(llmtop, answers);
  await llmtop.flush();
  db = openDatabase(path);
  return { traceId, db };
}

describe('assembleJudgeItems', () => {
  it('builds (question, reranked context, answer, instructions) per LLM answer from stored rows', async () => {
    const { traceId, db } = await recordedTrace();
    const items = assembleJudgeItems(db, traceId);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      traceId,
      question: 'How tall is the Eiffel Tower?',
      context: RAG_CONTEXT,
      answer: 'The Eiffel Tower is 330 metres tall.',
      instructions:
        'Answer from the context. Do not use any commas in your response. Answer with less than 40 words.',
      agent: 'rag-agent',
    });
    expect(items[1]).toMatchObject({
      question: 'Who built it?',
      answer: 'it was designed and built by a french engineering company.',
      instructions: 'Reply in all lowercase letters.',
    });
    expect(assembleJudgeItems(db, 'f'.repeat(32))).toEqual([]);
  });
});

describe('createJudgeQueue', () => {
  it('scores a trace off the caller path and stores metric, evidence, sampling reason and probability', async () => {
    const { traceId, db } = await recordedTrace({
      first: 'The Eiffel Tower is 512 metres tall, says Napoleon.',
      second: 'it was designed and built by a french engineering company.',
    });
    const queue = createJudgeQueue({ database: db, judge: createOfflineJudge() });
    expect(queue.enqueue(traceId, 'feedback', 1)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 0 }); // nothing ran synchronously
    await queue.drain();
    const rows = db
      .prepare(
        'SELECT metric, value, judge, evidence, sampling_reason, sampling_probability, span_id, agent FROM scores ORDER BY id',
      )
      .all() as Record<string, unknown>[];
    expect(rows.map((r) => r.metric)).toEqual([
      'faithfulness',
      'context_relevance',
      'answer_relevance',
      'instruction_adherence',
      'faithfulness',
      'context_relevance',
      'answer_relevance',
      'instruction_adherence',
    ]);
    expect(
      rows.every(
        (r) =>
          r.sampling_reason === 'feedback' &&
          r.sampling_probability === 1 &&
          r.judge === 'offline-v2' &&
          r.agent === 'rag-agent',
      ),
    ).toBe(true);
    const faithfulness = rows[0] as { value: number; evidence: string };
    expect(faithfulness.value).toBeLessThan((rows[4] as { value: number }).value);
    expect(JSON.parse(faithfulness.evidence)[0].unsupportedNumbers).toEqual(['512']);
    expect(queue.stats()).toMatchObject({ enqueued: 1, judged: 1, scores: 8, failed: 0, pending: 0 });
    // A trace sampled again (more of its spans arrived) does not duplicate the scores it has.
    queue.enqueue(traceId, 'rate', 0.15);
    await queue.drain();
    expect(db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 8 });
  });

  it('judges each answer once when its trace is sampled again, and writes its scores when idle', async () => {
    const { traceId, db } = await recordedTrace();
    const offline = createOfflineJudge();
    const judged: string[] = [];
    const counting: Judge = {
      name: offline.name,
      evaluate: (item, context) => {
        judged.push(context.spanId);
        return offline.evaluate(item, context);
      },
    };
    const queue = createJudgeQueue({ database: db, judge: counting });
    queue.enqueue(traceId, 'rate', 0.15);
    await queue.drain();
    expect(db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 8 });
    queue.enqueue(traceId, 'rate', 0.15);
    await queue.drain();
    expect(judged).toHaveLength(2);
    expect(new Set(judged).size).toBe(2);
    expect(queue.stats()).toMatchObject({ enqueued: 2, judged: 1, scores: 8, failed: 0 });
  });

  it("writes a slow judge's scores within a second while other answers are still being judged", async () => {
    const { traceId, db } = await recordedTrace();
    const offline = createOfflineJudge();
    const pending: (() => void)[] = [];
    const slow: Judge = {
      name: offline.name,
      evaluate: async (item, context) => {
        // The trace's second answer waits until released: the queue is never idle meanwhile.
        if (item.answer.startsWith('it was')) await new Promise<void>((release) => pending.push(release));
        return offline.evaluate(item, context);
      },
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const queue = createJudgeQueue({ database: db, judge: slow });
      queue.enqueue(traceId, 'rate', 0.15);
      await vi.waitFor(() => expect(pending).toHaveLength(1), { interval: 5 });
      const count = () => (db.prepare('SELECT COUNT(*) AS n FROM scores').get() as { n: number }).n;
      expect(count()).toBe(0); // the first answer's scores wait for their batch
      vi.advanceTimersByTime(1_000);
      expect(count()).toBe(4);
      pending[0]?.();
      await queue.drain();
      expect(count()).toBe(8);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never surfaces judge failures, bounds the queue and counts drops', async () => {
    const { traceId, db } = await recordedTrace();
    const errors: string[] = [];
    const failing: Judge = {
      name: 'failing',
      evaluate: async () => {
        throw new Error('model down');
      },
    };
    const queue = createJudgeQueue({
      database: db,
      judge: failing,
      maxQueue: 2,
      onError: (e, where) => errors.push(`${where}: ${(e as Error).message}`),
    });
    expect(queue.enqueue(traceId, 'error', 1)).toBe(true);
    expect(queue.enqueue('a'.repeat(32), 'rate', 0.15)).toBe(true);
    expect(queue.enqueue('b'.repeat(32), 'rate', 0.15)).toBe(false);
    await expect(queue.drain()).resolves.toBeUndefined();
    expect(errors).toEqual(['judge.evaluate: model down', 'judge.evaluate: model down']);
    expect(queue.stats()).toMatchObject({ dropped: 1, failed: 2, pending: 0 });
  });
});

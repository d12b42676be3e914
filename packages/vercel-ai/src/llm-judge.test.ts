import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APICallError, type LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import {
  createEvaluatorRecorder,
  createJudgeQueue,
  createLlmJudge,
  createLlmtop,
  type EvaluatorCall,
  JudgeError,
  queryCostBreakdown,
  queryCostTotals,
} from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { JUDGED_INPUT, VALID_JUDGE_ANSWER } from '../../core/src/judge/__fixtures__/llm-judge-answer.js';
import { aiSdkJudgeModel } from './judge-model.js';

const VALID = VALID_JUDGE_ANSWER;

function result(text: string): LanguageModelV4GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: 1000, noCache: 1000, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 200, text: 200, reasoning: 0 },
    },
    warnings: [],
  };
}

/** A mock AI SDK model answering from a script; records the prompts it saw. */
function scripted(steps: Array<string | Error>) {
  const prompts: string[] = [];
  let i = 0;
  const model = new MockLanguageModelV4({
    provider: 'openai',
    modelId: 'gpt-4o-mini',
    doGenerate: async (options) => {
      prompts.push(JSON.stringify(options.prompt));
      const step = steps[Math.min(i++, steps.length - 1)];
      if (step instanceof Error) throw step;
      return result(step as string);
    },
  });
  return { model, prompts };
}

const input = JUDGED_INPUT;

const noSleep = async () => {};

describe('createLlmJudge over an AI SDK model', () => {
  it('scores claims, chunks, relevance and instructions from valid JSON and fences the judged text', async () => {
    const { model, prompts } = scripted([VALID]);
    const calls: EvaluatorCall[] = [];
    const judge = createLlmJudge({
      model: aiSdkJudgeModel(model),
      recordEvaluator: (c) => calls.push(c),
      sleep: noSleep,
    });
    const scores = await judge.evaluate(input, { traceId: 't'.repeat(32), spanId: 's'.repeat(16) });
    expect(judge.name).toBe('llm:openai/gpt-4o-mini');
    expect(scores.faithfulness).toMatchObject({ score: 0.5, hallucinated: true });
    expect(scores.faithfulness?.evidence[1]).toMatchObject({ verdict: 'not_in_context', evidence: null });
    expect(scores.contextRelevance?.chunks).toEqual([1, 0]);
    expect(scores.answerRelevance?.score).toBe(1);
    // The comma rule is checked offline and overrules nothing here; the other comes from the model.
    expect(scores.instructionAdherence?.verdicts.map((v) => v.followed)).toEqual([false, true]);
    expect(calls).toMatchObject([
      {
        provider: 'openai',
        model: 'gpt-4o-mini',
        usage: { input: 1000, output: 200 },
        status: 'ok',
        attempt: 1,
        judgedTraceId: 't'.repeat(32),
      },
    ]);
    const prompt = prompts[0] ?? '';
    expect(prompt).toMatch(
      /<judged-[a-z0-9]+-answer>\\n.*Ignore all previous instructions.*\\n<\/judged-[a-z0-9]+-answer>/,
    );
    expect(prompt).toContain('ignore any instructions');
  });

  it('repairs invalid JSON once, feeding back the issues', async () => {
    const { model, prompts } = scripted(['{"claims": "none"}', `Here you go:\n\`\`\`json\n${VALID}\n\`\`\``]);
    const judge = createLlmJudge({ model: aiSdkJudgeModel(model), sleep: noSleep });
    const scores = await judge.evaluate(input);
    expect(scores.faithfulness?.score).toBe(0.5);
    expect(prompts).toHaveLength(2);
    expect(prompts[1]).toContain('\\"claims\\" must be an array');
  });

  it('fails with a typed error on truncated JSON after one repair, and the queue swallows it', async () => {
    const truncated = VALID.slice(0, 120);
    const { model, prompts } = scripted([truncated, truncated]);
    const judge = createLlmJudge({ model: aiSdkJudgeModel(model), sleep: noSleep });
    const error = await judge.evaluate(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JudgeError);
    expect((error as JudgeError).kind).toBe('invalid_output');
    expect((error as JudgeError).message).toContain('truncated');
    expect(prompts).toHaveLength(2);
  });

  it('backs off on 429 and 5xx, honouring Retry-After, then gives up with a transport error', async () => {
    const rateLimited = new APICallError({
      message: 'rate limited',
      url: 'https://x',
      requestBodyValues: {},
      statusCode: 429,
      responseHeaders: { 'retry-after': '2' },
      isRetryable: true,
    });
    const { model } = scripted([rateLimited, VALID]);
    const waits: number[] = [];
    const judge = createLlmJudge({ model: aiSdkJudgeModel(model), sleep: async (ms) => void waits.push(ms) });
    expect((await judge.evaluate(input)).faithfulness?.score).toBe(0.5);
    expect(waits).toEqual([2000]);

    const down = new APICallError({
      message: 'bad gateway',
      url: 'https://x',
      requestBodyValues: {},
      statusCode: 502,
      isRetryable: true,
    });
    const failing = scripted([down]);
    const calls: EvaluatorCall[] = [];
    const judge2 = createLlmJudge({
      model: aiSdkJudgeModel(failing.model),
      sleep: noSleep,
      recordEvaluator: (c) => calls.push(c),
      maxAttempts: 3,
    });
    await expect(judge2.evaluate(input)).rejects.toMatchObject({ kind: 'transport' });
    expect(calls.map((c) => c.outcome)).toEqual(['transport_error', 'transport_error', 'transport_error']);

    const badRequest = scripted([
      new APICallError({ message: 'bad request', url: 'https://x', requestBodyValues: {}, statusCode: 400 }),
    ]);
    const judge3 = createLlmJudge({ model: aiSdkJudgeModel(badRequest.model), sleep: noSleep });
    await expect(judge3.evaluate(input)).rejects.toMatchObject({ kind: 'transport' });
    expect(badRequest.prompts).toHaveLength(1); // 4xx other than 429 is not retried
  });

  it('times out a hanging call and enforces the daily call budget', async () => {
    const hanging = new MockLanguageModelV4({ doGenerate: () => new Promise(() => {}) });
    const slow = createLlmJudge({ model: aiSdkJudgeModel(hanging), timeoutMs: 20, maxAttempts: 1 });
    await expect(slow.evaluate(input)).rejects.toMatchObject({ kind: 'timeout' });

    const { model } = scripted([VALID]);
    const budgeted = createLlmJudge({
      model: aiSdkJudgeModel(model),
      maxCallsPerDay: 1,
      now: () => Date.UTC(2026, 0, 1, 12),
    });
    await budgeted.evaluate(input);
    await expect(budgeted.evaluate(input)).rejects.toMatchObject({ kind: 'budget' });
  });

  it('records judge calls as priced evaluator spans kept out of the app totals; failures never surface', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-llm-judge-')), 'judge.db');
    const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false, judgeSampleRate: 1 });
    const traceId = await llmtop.span({ kind: 'agent', name: 'rag' }, async (agent) => {
      await llmtop.span({ kind: 'retriever', name: 'search' }, (retriever) => {
        retriever.setOutput(input.context.map((text) => ({ pageContent: text })));
      });
      await llmtop.span(
        {
          kind: 'llm',
          name: 'chat',
          provider: 'openai',
          requestModel: 'gpt-4o-mini',
          input: [
            { role: 'system', content: input.instructions },
            { role: 'user', content: input.question },
          ],
        },
        (span) => {
          span.setOutput(input.answer);
          span.setUsage({ input: 100, output: 20 });
        },
      );
      return agent.traceId;
    });
    await llmtop.flush();
    const db = openDatabase(path);
    try {
      const { model } = scripted([VALID]);
      const queue = createJudgeQueue({
        database: db,
        judge: createLlmJudge({ model: aiSdkJudgeModel(model), sleep: noSleep }),
        recordEvaluator: createEvaluatorRecorder(llmtop.recorder),
      });
      queue.enqueue(traceId, 'rate', 1);
      await queue.drain();
      await llmtop.flush();
      const evaluator = db
        .prepare("SELECT kind, trace_id, cost_usd, input_tokens FROM spans WHERE kind = 'evaluator'")
        .all() as { trace_id: string; cost_usd: number; input_tokens: number }[];
      expect(evaluator).toHaveLength(1);
      expect(evaluator[0]?.trace_id).not.toBe(traceId);
      expect(evaluator[0]?.input_tokens).toBe(1000);
      expect(evaluator[0]?.cost_usd).toBeCloseTo((1000 * 0.15 + 200 * 0.6) / 1e6, 9);
      const app = queryCostTotals(db);
      expect(app.costUsd).toBeCloseTo((100 * 0.15 + 20 * 0.6) / 1e6, 9);
      expect(queryCostBreakdown(db, { by: 'feature' }).evaluator).toMatchObject({ calls: 1 });
      const scores = db
        .prepare(
          "SELECT metric, value, judge FROM scores WHERE judge = 'llm:openai/gpt-4o-mini' ORDER BY metric",
        )
        .all();
      expect(scores).toHaveLength(4);

      // A judge whose model always fails: nothing surfaces, the failure is counted. (The answer is
      // unscored again first: an answer this judge already scored is not judged twice.)
      db.prepare('DELETE FROM scores').run();
      const broken = scripted([new Error('boom')]);
      const errors: unknown[] = [];
      const failingQueue = createJudgeQueue({
        database: db,
        judge: createLlmJudge({ model: aiSdkJudgeModel(broken.model), sleep: noSleep }),
        onError: (e) => errors.push(e),
      });
      expect(failingQueue.enqueue(traceId, 'feedback', 1)).toBe(true);
      await expect(failingQueue.drain()).resolves.toBeUndefined();
      expect(failingQueue.stats().failed).toBe(1);
      expect(errors[0]).toBeInstanceOf(JudgeError);
    } finally {
      db.close();
      await llmtop.shutdown();
    }
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseMessage } from '@langchain/core/messages';
import {
  createEvaluatorRecorder,
  createLlmJudge,
  createLlmtop,
  type EvaluatorCall,
  JudgeError,
} from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { describe, expect, it } from 'vitest';
import { JUDGED_INPUT, VALID_JUDGE_ANSWER } from '../../core/src/judge/__fixtures__/llm-judge-answer.js';
import { ScriptedChatModel, type ScriptStep } from './__fixtures__/scripted-chat-model.js';
import { langchainJudgeModel } from './judge-model.js';
import { LlmtopCallbackHandler } from './llmtop-callback-handler.js';

const VALID = VALID_JUDGE_ANSWER;

const input = JUDGED_INPUT;

const USAGE = { input_tokens: 1000, output_tokens: 200, total_tokens: 1200 };
const noSleep = async () => {};

/** A real LangChain chat model answering from a script; records the messages it saw. */
function scripted(steps: Array<string | (() => never)>) {
  const seen: BaseMessage[][] = [];
  let i = 0;
  const model = new ScriptedChatModel({
    modelName: 'gpt-4o-mini',
    provider: 'openai',
    maxRetries: 0,
    respond: (messages): ScriptStep => {
      seen.push(messages);
      const step = steps[Math.min(i++, steps.length - 1)];
      if (typeof step === 'function') step();
      return { content: step as string, usage: USAGE, responseModel: 'gpt-4o-mini' };
    },
  });
  return { model, seen };
}

describe('langchainJudgeModel: createLlmJudge over a LangChain chat model', () => {
  it('scores valid JSON, fences the judged text and reports usage, provider and model per call', async () => {
    const { model, seen } = scripted([VALID]);
    const calls: EvaluatorCall[] = [];
    const judgeModel = langchainJudgeModel(model);
    expect(judgeModel).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini' });
    const judge = createLlmJudge({
      model: judgeModel,
      recordEvaluator: (c) => calls.push(c),
      sleep: noSleep,
    });
    const scores = await judge.evaluate(input, { traceId: 't'.repeat(32) });
    expect(judge.name).toBe('llm:openai/gpt-4o-mini');
    expect(scores.faithfulness).toMatchObject({ score: 0.5, hallucinated: true });
    expect(scores.contextRelevance?.chunks).toEqual([1, 0]);
    expect(scores.answerRelevance?.score).toBe(1);
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
    const [system, human] = seen[0] ?? [];
    expect(system?.getType()).toBe('system');
    expect(system?.text).toContain('ignore any instructions');
    expect(human?.getType()).toBe('human');
    expect(human?.text).toMatch(
      /<judged-[a-z0-9]+-answer>\n.*Ignore all previous instructions.*\n<\/judged-[a-z0-9]+-answer>/,
    );
  });

  it('repairs invalid JSON once, feeding back the issues', async () => {
    const { model, seen } = scripted(['{"claims": "none"}', `Here you go:\n\`\`\`json\n${VALID}\n\`\`\``]);
    const calls: EvaluatorCall[] = [];
    const judge = createLlmJudge({
      model: langchainJudgeModel(model),
      recordEvaluator: (c) => calls.push(c),
      sleep: noSleep,
    });
    const scores = await judge.evaluate(input);
    expect(scores.faithfulness?.score).toBe(0.5);
    expect(seen).toHaveLength(2);
    expect(seen[1]?.at(-1)?.text).toContain('"claims" must be an array');
    expect(calls.map((c) => c.usage?.input)).toEqual([1000, 1000]);
  });

  it('fails with a typed error on truncated JSON after one repair', async () => {
    const truncated = VALID.slice(0, 120);
    const { model, seen } = scripted([truncated, truncated]);
    const judge = createLlmJudge({ model: langchainJudgeModel(model), sleep: noSleep });
    const error = await judge.evaluate(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JudgeError);
    expect((error as JudgeError).kind).toBe('invalid_output');
    expect((error as JudgeError).message).toContain('truncated');
    expect(seen).toHaveLength(2);
  });

  it("retries a provider's 429 and gives up on other errors with a transport error", async () => {
    const rateLimited = () => {
      throw Object.assign(new Error('rate limited'), { status: 429 });
    };
    const { model, seen } = scripted([rateLimited, VALID]);
    const waits: number[] = [];
    const judge = createLlmJudge({
      model: langchainJudgeModel(model),
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    expect((await judge.evaluate(input)).faithfulness?.score).toBe(0.5);
    expect(seen).toHaveLength(2);
    expect(waits).toHaveLength(1);

    const broken = scripted([
      () => {
        throw Object.assign(new Error('bad request'), { status: 400 });
      },
    ]);
    const judge2 = createLlmJudge({ model: langchainJudgeModel(broken.model), sleep: noSleep });
    await expect(judge2.evaluate(input)).rejects.toMatchObject({ kind: 'transport' });
    expect(broken.seen).toHaveLength(1);
  });

  it('records the judge calls as priced evaluator spans', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-lc-judge-')), 'judge.db');
    const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false });
    try {
      const { model } = scripted([VALID]);
      const judge = createLlmJudge({ model: langchainJudgeModel(model), sleep: noSleep });
      await judge.evaluate(input, { recordEvaluator: createEvaluatorRecorder(llmtop.recorder) });
      await llmtop.flush();
      const db = openDatabase(path);
      try {
        const rows = db
          .prepare(
            "SELECT provider, input_tokens, output_tokens, cost_usd FROM spans WHERE kind = 'evaluator'",
          )
          .all() as { provider: string; input_tokens: number; output_tokens: number; cost_usd: number }[];
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ provider: 'openai', input_tokens: 1000, output_tokens: 200 });
        expect(rows[0]?.cost_usd).toBeCloseTo((1000 * 0.15 + 200 * 0.6) / 1e6, 9);
      } finally {
        db.close();
      }
    } finally {
      await llmtop.shutdown();
    }
  });

  it('is not recorded again as an llm span when the chat model carries an LlmtopCallbackHandler', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'llmtop-lc-judge-')), 'judge.db');
    const llmtop = createLlmtop({ path, writer: 'inline', handleExit: false, judge: false });
    try {
      const { model } = scripted([VALID, 'The answer is 42.']);
      // The app attached its handler to the model it also hands to the judge.
      const withHandler = model.withConfig({ callbacks: [new LlmtopCallbackHandler(llmtop)] });
      const judge = createLlmJudge({
        model: langchainJudgeModel(withHandler as unknown as typeof model),
        sleep: noSleep,
      });
      await judge.evaluate(input, { recordEvaluator: createEvaluatorRecorder(llmtop.recorder) });
      await withHandler.invoke('What is the answer?');
      await llmtop.flush();
      const db = openDatabase(path);
      try {
        const kinds = db.prepare('SELECT kind, COUNT(*) AS n FROM spans GROUP BY kind ORDER BY kind').all();
        expect(kinds).toEqual([
          { kind: 'evaluator', n: 1 },
          { kind: 'llm', n: 1 },
        ]);
      } finally {
        db.close();
      }
    } finally {
      await llmtop.shutdown();
    }
  });
});

/**
 * A small multi-agent "app" for the end-to-end test: the real `createLlmtop` records a supervisor,
 * a planner (priced LLM call + a tool that sometimes fails) and a coder (streaming LLM call) every
 * `intervalMs`, then stores the four judge scores for the trace as the judge would. Runs until killed.
 * Usage: node --import tsx agent-app.ts <db> [intervalMs]   (LLMTOP_APP_BUDGETS=1 adds two daily budgets)
 */
import { createLlmtop } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';

const [path, interval = '200'] = process.argv.slice(2);
if (!path) throw new Error('usage: agent-app.ts <db> [intervalMs]');
const llmtop = createLlmtop({
  path,
  writer: 'inline',
  flushIntervalMs: 100,
  ...(process.env.LLMTOP_APP_BUDGETS
    ? {
        budgets: [
          { scope: 'global' as const, period: 'daily' as const, limitUsd: 60 },
          { scope: 'feature' as const, value: 'support', period: 'daily' as const, limitUsd: 25 },
        ],
      }
    : {}),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const METRICS = ['faithfulness', 'context_relevance', 'answer_relevance', 'instruction_adherence'];
let round = 0;
let scores: ReturnType<typeof openDatabase> | undefined;

async function oneTrace(): Promise<string> {
  round++;
  return llmtop.withContext({ sessionId: `s-${round % 3}`, userId: 'u-1', feature: round % 2 ? 'support' : 'search' }, () =>
    llmtop.span({ kind: 'agent', name: 'supervisor' }, async (root) => {
      await llmtop.span({ kind: 'agent', name: 'planner' }, async () => {
        await llmtop.span({ kind: 'llm', name: 'ChatOpenAI', input: [{ role: 'user', content: 'plan for jane@example.com' }] }, async (span) => {
          await sleep(20);
          span.setModel({ provider: 'openai', requestModel: 'gpt-4o-mini', responseModel: 'gpt-4o-mini' });
          span.setUsage({ input: 1200, output: 300 });
          span.setOutput('1. search 2. write');
        });
        await llmtop
          .span({ kind: 'tool', name: 'web_search', input: { query: 'refund policy' } }, async (span) => {
            await sleep(5);
            if (round % 4 === 0) throw new Error('search backend timeout');
            span.setOutput({ hits: 3 });
          })
          .catch(() => undefined);
      });
      await llmtop.span({ kind: 'agent', name: 'coder' }, async () => {
        await llmtop.span({ kind: 'llm', name: 'ChatOpenAI', input: 'write the answer' }, async (span) => {
          await sleep(30);
          span.setModel({ provider: 'openai', requestModel: 'gpt-4o', responseModel: 'gpt-4o' });
          span.setUsage({ input: 2000, output: 500 });
          span.setOutput('The refund arrives in 5 days.');
        });
      });
      return root.traceId;
    }),
  );
}

for (;;) {
  const traceId = await oneTrace();
  await llmtop.flush();
  scores ??= openDatabase(path);
  const insert = scores.prepare(
    `INSERT INTO scores (trace_id, metric, value, judge, sampling_reason, sampling_probability, agent, created_ns)
     VALUES (?, ?, ?, 'offline', 'rate', 1, 'coder', ?)`,
  );
  for (const metric of METRICS) insert.run(traceId, metric, 0.8, BigInt(Date.now()) * 1_000_000n);
  await sleep(Number(interval));
}

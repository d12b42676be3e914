import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmtop, type ManualSpanInit } from '@llmtop/core';
import { openDatabase } from '@llmtop/core/sqlite';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as budget } from './budget.js';
import { run as cost } from './cost.js';

const DAY = 86_400_000;
let path = '';

async function record(
  clockOffsetMs: number,
  spans: { context: Record<string, string>; span: ManualSpanInit }[],
) {
  const llmtop = createLlmtop({
    path,
    writer: 'inline',
    handleExit: false,
    timeZone: 'UTC',
    clock: () => Date.now() + clockOffsetMs,
    budgets: [
      { scope: 'feature', value: 'support', period: 'monthly', limitUsd: 0.005, name: 'support desk' },
      { scope: 'global', period: 'monthly', limitUsd: 100 },
    ],
  });
  for (const { context, span } of spans)
    await llmtop.withContext(context, () => llmtop.span(span, () => undefined));
  await llmtop.shutdown();
}

/** Runs a command and returns its exit code with what it printed. */
async function cli(command: (args: string[]) => Promise<number>, args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await command(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const llm = (
  requestModel: string,
  responseModel: string | undefined,
  input: number,
  output: number,
): ManualSpanInit => ({
  kind: 'llm',
  name: 'chat',
  requestModel,
  ...(responseModel ? { responseModel } : {}),
  usage: { input, output },
});

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'llmtop-cli-cost-')), 'cli.db');
  // Two days ago (outside --since 24h): one support call.
  await record(-2 * DAY, [
    { context: { feature: 'support', userId: 'u1' }, span: llm('gpt-4o', 'gpt-4o-2024-08-06', 1_000, 100) },
  ]);
  await record(0, [
    { context: { feature: 'support', userId: 'u1' }, span: llm('gpt-4o', 'gpt-4o-2024-08-06', 1_000, 100) },
    {
      context: { feature: 'support', userId: 'u2' },
      span: llm('gpt-4o-mini', 'gpt-4o-mini-2024-07-18', 1_000, 100),
    },
    { context: { feature: 'labs', userId: 'u2' }, span: llm('home-made-model', undefined, 1_000, 100) },
    {
      context: { feature: 'support', userId: 'u1' },
      span: { kind: 'evaluator', name: 'judge', requestModel: 'gpt-4o', usage: { input: 10_000, output: 0 } },
    },
  ]);
});

afterEach(() => vi.restoreAllMocks());

describe('llmtop cost', () => {
  it('prints a top-N breakdown as JSON, keeping the judge and unpriced calls apart', async () => {
    const { code, stdout } = await cli(cost, ['--db', path, '--by', 'feature', '--since', '24h', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.rows.map((row: { key: string; calls: number }) => [row.key, row.calls])).toEqual([
      ['support', 2],
      ['labs', 1],
    ]);
    expect(result.rows[0].costUsd).toBeCloseTo((1_000 * 2.5 + 100 * 10 + 1_000 * 0.15 + 100 * 0.6) / 1e6, 12);
    expect(result.rows[0].share).toBe(1);
    expect(result.rows[1].costUsd).toBeNull();
    expect(result.evaluator.costUsd).toBeCloseTo(0.025, 12);
    expect(result.total.calls).toBe(3);
  });

  it('prints a readable table that says "unpriced" instead of $0', async () => {
    const { code, stdout } = await cli(cost, ['--db', path, '--by', 'user']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cost by user · all time/);
    expect(stdout).toMatch(/u1\s+\$0\.0070\s+/);
    expect(stdout).toMatch(/u2\s+\$0\.0002\+\s+3%\s+2\s+1\s/);
    expect(stdout).toContain('1 call(s) have no known price');
    expect(stdout).toContain('Judge (evaluator) calls: $0.0250 over 1 call(s), not included above.');
    expect(stdout).not.toContain('$0.00 ');
    const byModel = await cli(cost, ['--db', path, '--by', 'model']);
    expect(byModel.stdout).toContain('home-made-model');
    expect(byModel.stdout).toMatch(/home-made-model\s+unpriced/);
  });

  it('compares a feature’s model versions side by side with judge quality', async () => {
    const db = openDatabase(path);
    const spans = db
      .prepare(
        `SELECT trace_id, span_id, response_model FROM spans WHERE feature = 'support' AND kind = 'llm'`,
      )
      .all() as { trace_id: string; span_id: string; response_model: string }[];
    const insert = db.prepare(
      `INSERT INTO scores (trace_id, span_id, metric, value, judge, created_ns) VALUES (?, ?, 'faithfulness', ?, 'offline', ?)`,
    );
    for (const span of spans) {
      insert.run(
        span.trace_id,
        span.span_id,
        span.response_model.startsWith('gpt-4o-mini') ? 0.5 : 0.9,
        BigInt(Date.now()) * 1_000_000n,
      );
    }
    db.close();
    const { code, stdout } = await cli(cost, ['--db', path, '--by', 'model', '--feature', 'support']);
    expect(code).toBe(0);
    expect(stdout).toContain('Model versions for feature support');
    expect(stdout).toMatch(/gpt-4o-2024-08-06\s+2\s+\$0\.0070\s+\$0\.0035\s.*0\.90 \(n=2\)/);
    expect(stdout).toMatch(/gpt-4o-mini-2024-07-18\s+1\s+.*0\.50 \(n=1\)/);
  });

  it('buckets by day and rejects bad arguments or a missing file with exit code 2', async () => {
    const { stdout } = await cli(cost, ['--db', path, '--over-time', 'day', '--json']);
    const buckets = JSON.parse(stdout).buckets as { calls: number }[];
    expect(buckets).toHaveLength(2);
    expect(buckets.map((bucket) => bucket.calls)).toEqual([1, 3]);
    expect((await cli(cost, ['--db', path, '--by', 'planet'])).code).toBe(2);
    expect((await cli(cost, ['--db', path, '--since', 'yesterday-ish'])).code).toBe(2);
    expect((await cli(cost, ['--db', join(tmpdir(), 'no-such-llmtop.db')])).code).toBe(2);
  });
});

describe('llmtop budget', () => {
  it('exits 1 while a budget is over 100 % and lists every stored budget', async () => {
    const { code, stdout } = await cli(budget, ['--db', path, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.over).toBe(true);
    const support = result.budgets.find((b: { id: string }) => b.id === 'feature:support/monthly');
    expect(support).toMatchObject({ name: 'support desk', over: true, limitUsd: 0.005, timeZone: 'UTC' });
    expect(support.alerted).toEqual([0.8, 1]);
    expect(result.budgets.find((b: { id: string }) => b.id === 'global/monthly').over).toBe(false);
    const text = await cli(budget, ['--db', path]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/support desk \(feature support, monthly\).*OVER/);
  });

  it('exits 0 when every budget is under its limit, or none is configured', async () => {
    const under = join(mkdtempSync(join(tmpdir(), 'llmtop-cli-budget-')), 'under.db');
    const llmtop = createLlmtop({
      path: under,
      writer: 'inline',
      handleExit: false,
      budgets: [{ scope: 'global', period: 'daily', limitUsd: 5 }],
    });
    await llmtop.span(llm('gpt-4o', undefined, 1_000, 100), () => undefined);
    await llmtop.shutdown();
    const { code, stdout } = await cli(budget, ['--db', under]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/all features, daily .* \$0\.0035\s+\$5\.00\s+<1%/);

    const empty = join(mkdtempSync(join(tmpdir(), 'llmtop-cli-budget-')), 'empty.db');
    openDatabase(empty).close();
    const none = await cli(budget, ['--db', empty]);
    expect([none.code, none.stdout]).toEqual([0, expect.stringContaining('No budgets configured')]);
  });
});

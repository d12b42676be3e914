import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../sqlite/database.js';
import { createSpanInserter } from '../sqlite/span-inserter.js';
import { costRow } from './__fixtures__/cost-rows.js';
import { queryCostBreakdown, queryCostOverTime, queryCostTotals } from './cost-queries.js';
import { compareModelVersions } from './model-comparison.js';

const T0 = Date.parse('2026-06-15T10:00:00Z');
const HOUR = 3_600_000;
let db: Database | undefined;

function freshDb(): Database {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'llmtop-cost-')), 'cost.db'));
  return db;
}

afterEach(() => db?.close());

describe('cost attribution', () => {
  it('breaks cost down by feature with shares, keeps unpriced groups null and the judge apart', () => {
    const store = freshDb();
    createSpanInserter(store)([
      costRow({ atMs: T0, feature: 'search', costUsd: 3 }),
      costRow({ atMs: T0, feature: 'search', costUsd: 3 }),
      costRow({ atMs: T0, feature: 'chat', costUsd: 4 }),
      costRow({ atMs: T0, feature: 'local', responseModel: 'my-own-llama', costUsd: null }),
      costRow({ atMs: T0, kind: 'embedding', feature: 'search', costUsd: 0.5, output: 0 }),
      costRow({ atMs: T0, kind: 'evaluator', feature: 'search', costUsd: 7 }),
      costRow({ atMs: T0, kind: 'chain', feature: 'search', costUsd: null }),
    ]);
    const breakdown = queryCostBreakdown(store, { by: 'feature' });
    expect(breakdown.rows.map((row) => [row.key, row.costUsd, row.calls, row.pricedCalls])).toEqual([
      ['search', 6.5, 3, 3],
      ['chat', 4, 1, 1],
      ['local', null, 1, 0],
    ]);
    expect(breakdown.rows[0]?.share).toBeCloseTo(6.5 / 10.5, 12);
    expect(breakdown.rows[2]?.share).toBeNull();
    expect(breakdown.total).toMatchObject({ costUsd: 10.5, calls: 5, pricedCalls: 4 });
    expect(breakdown.evaluator).toEqual({ costUsd: 7, calls: 1 });
    expect(breakdown.other).toBeUndefined();

    const top1 = queryCostBreakdown(store, { by: 'feature', limit: 1 });
    expect(top1.rows.map((row) => row.key)).toEqual(['search']);
    expect(top1.other).toMatchObject({ key: null, costUsd: 4, calls: 2, groups: 2 });
    expect(top1.other?.share).toBeCloseTo(4 / 10.5, 12);
  });

  it('groups by the served model version and filters by model family, user, agent, session and time', () => {
    const store = freshDb();
    createSpanInserter(store)([
      costRow({
        atMs: T0 - 48 * HOUR,
        user: 'u1',
        requestModel: 'gpt-4o',
        responseModel: 'gpt-4o-2024-08-06',
      }),
      costRow({
        atMs: T0,
        user: 'u1',
        agent: 'writer',
        session: 's1',
        requestModel: 'gpt-4o',
        responseModel: 'gpt-4o-2024-08-06',
      }),
      costRow({
        atMs: T0,
        user: 'u2',
        agent: 'writer',
        session: 's2',
        requestModel: 'gpt-4o',
        responseModel: 'gpt-4o-2024-11-20',
      }),
      costRow({
        atMs: T0,
        user: 'u2',
        agent: 'researcher',
        session: 's2',
        requestModel: 'openai/gpt-4o-mini',
      }),
    ]);
    const byModel = queryCostBreakdown(store, { by: 'model', sinceMs: T0 - HOUR });
    expect(byModel.rows.map((row) => row.key).sort()).toEqual([
      'gpt-4o-2024-08-06',
      'gpt-4o-2024-11-20',
      'openai/gpt-4o-mini',
    ]);
    expect(queryCostTotals(store, { model: 'gpt-4o' }).calls).toBe(3);
    expect(queryCostTotals(store, { model: 'gpt-4o', sinceMs: T0 - HOUR }).calls).toBe(2);
    expect(queryCostTotals(store, { model: 'gpt-4o-mini' }).calls).toBe(1);
    const byUser = queryCostBreakdown(store, { by: 'user', agent: 'writer' });
    expect(byUser.rows.map((row) => [row.key, row.calls])).toEqual([
      ['u1', 1],
      ['u2', 1],
    ]);
    expect(
      queryCostBreakdown(store, { by: 'session', userId: 'u2' }).rows.map((row) => [row.key, row.calls]),
    ).toEqual([['s2', 2]]);
    const priceOf = (input: number, output: number) => (input * 2.5 + output * 10) / 1e6;
    expect(queryCostTotals(store, { sessionId: 's1' }).costUsd).toBeCloseTo(priceOf(1_000, 200), 12);
  });

  it('buckets cost by local calendar day in a time zone', () => {
    const store = freshDb();
    // 22:30 UTC on 15 June is already 16 June in Berlin (UTC+2).
    createSpanInserter(store)([
      costRow({ atMs: Date.parse('2026-06-15T12:00:00Z'), costUsd: 1 }),
      costRow({ atMs: Date.parse('2026-06-15T22:30:00Z'), costUsd: 2 }),
      costRow({ atMs: Date.parse('2026-06-16T08:00:00Z'), costUsd: 4 }),
    ]);
    const utc = queryCostOverTime(store, { bucket: 'day', timeZone: 'UTC' });
    expect(utc.map((bucket) => [bucket.key, bucket.costUsd])).toEqual([
      ['2026-06-15', 3],
      ['2026-06-16', 4],
    ]);
    const berlin = queryCostOverTime(store, { bucket: 'day', timeZone: 'Europe/Berlin' });
    expect(berlin.map((bucket) => [bucket.key, bucket.costUsd, bucket.calls])).toEqual([
      ['2026-06-15', 1, 1],
      ['2026-06-16', 6, 2],
    ]);
    expect(new Date(berlin[1]!.startMs).toISOString()).toBe('2026-06-15T22:00:00.000Z');
  });

  it('compares model versions of one feature: cost per call side by side with judge scores', () => {
    const store = freshDb();
    const rows = [
      costRow({
        atMs: T0,
        feature: 'support',
        responseModel: 'gpt-4o-2024-08-06',
        input: 2_000,
        output: 500,
      }),
      costRow({
        atMs: T0,
        feature: 'support',
        responseModel: 'gpt-4o-2024-08-06',
        input: 2_000,
        output: 500,
      }),
      costRow({
        atMs: T0,
        feature: 'support',
        responseModel: 'gpt-4o-mini-2024-07-18',
        input: 2_000,
        output: 500,
        status: 'error',
      }),
      costRow({ atMs: T0, feature: 'other', responseModel: 'gpt-4o-mini-2024-07-18' }),
    ];
    createSpanInserter(store)(rows);
    const score = store.prepare(
      `INSERT INTO scores (trace_id, span_id, metric, value, judge, created_ns) VALUES (?, ?, ?, ?, 'offline', ?)`,
    );
    score.run(rows[0]!.trace_id, rows[0]!.span_id, 'faithfulness', 0.9, BigInt(T0) * 1_000_000n);
    score.run(rows[1]!.trace_id, rows[1]!.span_id, 'faithfulness', 0.8, BigInt(T0) * 1_000_000n);
    // A trace-level score (no span): attributed through the trace's LLM call.
    score.run(rows[2]!.trace_id, null, 'faithfulness', 0.4, BigInt(T0) * 1_000_000n);
    score.run(rows[3]!.trace_id, rows[3]!.span_id, 'faithfulness', 0.1, BigInt(T0) * 1_000_000n);

    const versions = compareModelVersions(store, { feature: 'support' });
    expect(versions.map((v) => v.model)).toEqual(['gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18']);
    const [big, small] = versions;
    expect(big?.costPerCall).toBeCloseTo((2_000 * 2.5 + 500 * 10) / 1e6, 12);
    expect(small?.costPerCall).toBeCloseTo((2_000 * 0.15 + 500 * 0.6) / 1e6, 12);
    expect(big?.quality.faithfulness?.mean).toBeCloseTo(0.85, 12);
    expect(big?.quality.faithfulness?.count).toBe(2);
    expect(small?.quality).toEqual({ faithfulness: { mean: 0.4, count: 1 } });
    expect([big?.errorRate, small?.errorRate]).toEqual([0, 1]);
    expect(big?.meanLatencyMs).toBeCloseTo(250, 6);
  });
});

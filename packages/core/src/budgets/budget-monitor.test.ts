import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { costRow } from '../cost/__fixtures__/cost-rows.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import { createSpanInserter } from '../sqlite/span-inserter.js';
import type { BudgetConfig } from './budget-config.js';
import { createBudgetMonitor } from './budget-monitor.js';
import { readBudgetStatus } from './budget-status.js';
import { readBudgets } from './budget-store.js';

const NOON = Date.parse('2026-06-15T12:00:00Z');
const HOUR = 3_600_000;
const open: Database[] = [];

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'llmtop-budget-')), 'budget.db');
}
function openDb(path: string): Database {
  const db = openDatabase(path);
  open.push(db);
  return db;
}
function storedAlerts(db: Database): { scope: string; level: string; dedupe_key: string; details: string }[] {
  return db.prepare('SELECT scope, level, dedupe_key, details FROM alerts ORDER BY id').all() as never;
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('createBudgetMonitor', () => {
  const daily: BudgetConfig = { scope: 'global', period: 'daily', limitUsd: 10 };

  it('fires every threshold crossed inside one batch, once, with an investigation at 150 %', () => {
    const db = openDb(tempPath());
    const monitor = createBudgetMonitor({ budgets: [daily], timeZone: 'UTC', clock: () => NOON });
    monitor.register(db);
    const insert = createSpanInserter(db);
    insert([costRow({ atMs: NOON - HOUR, costUsd: 5 })]);
    expect(monitor.check(db)).toEqual([]);
    insert([costRow({ atMs: NOON - HOUR, costUsd: 6 }), costRow({ atMs: NOON - HOUR, costUsd: 5 })]);
    const alerts = monitor.check(db);
    expect(alerts.map((alert) => [alert.details.threshold, alert.level])).toEqual([
      [0.8, 'warning'],
      [1, 'critical'],
      [1.5, 'critical'],
    ]);
    expect(alerts[2]?.details.investigation?.totals.current.costUsd).toBe(16);
    expect(alerts[0]?.details.investigation).toBeUndefined();
    expect(alerts[0]?.message).toContain('160%');
    expect(alerts[0]?.scope).toBe('global');
    // Nothing new fires while spend keeps growing in the same period.
    insert([costRow({ atMs: NOON - HOUR, costUsd: 50 })]);
    expect(monitor.check(db)).toEqual([]);
    const stored = storedAlerts(db);
    expect(stored.map((row) => row.dedupe_key)).toEqual([
      'budget/global/daily/10/2026-06-15/80',
      'budget/global/daily/10/2026-06-15/100',
      'budget/global/daily/10/2026-06-15/150',
    ]);
    expect(JSON.parse(stored[2]!.details).investigation.summary).toContain('Spend $16.00');
  });

  it('fires each threshold once across restarts, and again in the next period', () => {
    const path = tempPath();
    let now = NOON;
    const first = openDb(path);
    createSpanInserter(first)([costRow({ atMs: NOON - HOUR, costUsd: 8.5 })]);
    const before = createBudgetMonitor({ budgets: [daily], timeZone: 'UTC', clock: () => now });
    expect(before.check(first).map((alert) => alert.details.threshold)).toEqual([0.8]);
    first.close();

    // A restart: new connection, new monitor. The 80 % alert is already stored, so it stays quiet.
    const second = openDb(path);
    const after = createBudgetMonitor({ budgets: [daily], timeZone: 'UTC', clock: () => now });
    expect(after.check(second)).toEqual([]);
    createSpanInserter(second)([costRow({ atMs: NOON, costUsd: 2 })]);
    expect(after.check(second).map((alert) => alert.details.threshold)).toEqual([1]);

    // Next day: spend starts from zero and the thresholds are armed again.
    now = NOON + 24 * HOUR;
    expect(after.check(second)).toEqual([]);
    createSpanInserter(second)([costRow({ atMs: now, costUsd: 9 })]);
    expect(after.check(second).map((alert) => [alert.details.period.key, alert.details.threshold])).toEqual([
      ['2026-06-16', 0.8],
    ]);
    expect(storedAlerts(second)).toHaveLength(3);

    // The same monitor handed a new connection re-reads the period instead of trusting its memory.
    const third = openDb(path);
    createSpanInserter(third)([costRow({ atMs: now, costUsd: 0.5 })]);
    second.close();
    expect(after.check(third)).toEqual([]);
    createSpanInserter(third)([costRow({ atMs: now, costUsd: 1 })]);
    expect(after.check(third).map((alert) => [alert.details.threshold, alert.details.spentUsd])).toEqual([
      [1, 10.5],
    ]);
  });

  it('counts only its scope, never judge calls, and aligns monthly periods to the configured zone', () => {
    const db = openDb(tempPath());
    // 03:00 UTC on 1 July is still 30 June in New York.
    const lateJune = Date.parse('2026-07-01T03:00:00Z');
    let now = Date.parse('2026-07-01T03:30:00Z');
    const monitor = createBudgetMonitor({
      budgets: [
        { scope: 'feature', value: 'search', period: 'monthly', limitUsd: 10 },
        { scope: 'user', value: 'u1', period: 'monthly', limitUsd: 10 },
        { scope: 'model', value: 'gpt-4o', period: 'monthly', limitUsd: 10, name: 'flagship' },
      ],
      timeZone: 'America/New_York',
      clock: () => now,
    });
    monitor.register(db);
    const insert = createSpanInserter(db);
    insert([
      costRow({ atMs: lateJune, feature: 'search', user: 'u2', responseModel: 'gpt-4o-mini', costUsd: 9 }),
      costRow({
        atMs: lateJune,
        feature: 'chat',
        user: 'u1',
        responseModel: 'openai/gpt-4o-2024-08-06',
        costUsd: 8,
      }),
      costRow({
        atMs: lateJune,
        kind: 'evaluator',
        feature: 'search',
        user: 'u1',
        responseModel: 'gpt-4o',
        costUsd: 100,
      }),
    ]);
    const june = monitor.check(db);
    expect(june.map((alert) => [alert.scope, alert.details.period.key, alert.details.spentUsd])).toEqual([
      ['feature:search', '2026-06', 9],
      ['user:u1', '2026-06', 8],
      ['model:gpt-4o', '2026-06', 8],
    ]);
    expect(june[2]?.message).toContain('flagship');

    // 06:00 UTC is July in New York: the late-June spans no longer count.
    now = Date.parse('2026-07-01T06:00:00Z');
    insert([costRow({ atMs: now, feature: 'search', costUsd: 8.5 })]);
    const july = monitor.check(db);
    expect(july.map((alert) => [alert.scope, alert.details.period.key, alert.details.spentUsd])).toEqual([
      ['feature:search', '2026-07', 8.5],
    ]);
    expect(july[0]?.details.period.startMs).toBe(Date.parse('2026-07-01T04:00:00Z'));

    const status = readBudgetStatus(db, { nowMs: now });
    expect(status.map((s) => [s.budget.id, s.spentUsd, s.over, s.alerted])).toEqual([
      ['feature:search/monthly', 8.5, false, [0.8]],
      ['model:gpt-4o/monthly', 0, false, []],
      ['user:u1/monthly', 0, false, []],
    ]);
  });

  it('sums many budgets of one scope in one pass, with the same result as one by one', () => {
    const db = openDb(tempPath());
    const insert = createSpanInserter(db);
    insert([
      costRow({ atMs: NOON, user: 'u1', responseModel: 'gpt-4o-2024-08-06', costUsd: 1 }),
      costRow({ atMs: NOON, user: 'u1', responseModel: 'openai/gpt-4o', costUsd: 2 }),
      costRow({ atMs: NOON, user: 'u2', responseModel: 'gpt-4o-mini', costUsd: 4 }),
      costRow({ atMs: NOON, user: 'u3', kind: 'evaluator', responseModel: 'gpt-4o', costUsd: 100 }),
      costRow({ atMs: NOON - 24 * HOUR, user: 'u2', responseModel: 'gpt-4o', costUsd: 100 }),
    ]);
    const configs: BudgetConfig[] = [
      ...['u1', 'u2', 'u3'].map((user) => ({
        scope: 'user' as const,
        value: user,
        period: 'daily' as const,
        limitUsd: 3,
      })),
      { scope: 'model', value: 'gpt-4o-2024-11-20', period: 'daily', limitUsd: 3 },
      { scope: 'model', value: 'gpt-4o-mini', period: 'daily', limitUsd: 3 },
    ];
    const monitor = createBudgetMonitor({ budgets: configs, timeZone: 'UTC', clock: () => NOON });
    monitor.register(db);
    expect(
      monitor.check(db).map((alert) => [alert.scope, alert.details.threshold, alert.details.spentUsd]),
    ).toEqual([
      ['user:u1', 0.8, 3],
      ['user:u1', 1, 3],
      ['user:u2', 0.8, 4],
      ['user:u2', 1, 4],
      ['model:gpt-4o-2024-11-20', 0.8, 3],
      ['model:gpt-4o-2024-11-20', 1, 3],
      ['model:gpt-4o-mini', 0.8, 4],
      ['model:gpt-4o-mini', 1, 4],
    ]);
    const status = readBudgetStatus(db, { nowMs: NOON });
    expect(status.map((s) => [s.budget.id, s.spentUsd])).toEqual([
      ['model:gpt-4o-2024-11-20/daily', 3],
      ['model:gpt-4o-mini/daily', 4],
      ['user:u1/daily', 3],
      ['user:u2/daily', 4],
      ['user:u3/daily', 0],
    ]);
  });

  it('stores its budgets for other processes and reports invalid ones instead of throwing', () => {
    const db = openDb(tempPath());
    const monitor = createBudgetMonitor({
      budgets: [
        daily,
        { scope: 'feature', period: 'daily', limitUsd: 5 } as BudgetConfig,
        { scope: 'global', period: 'weekly', limitUsd: 5 } as unknown as BudgetConfig,
        { scope: 'global', period: 'daily', limitUsd: -1 },
      ],
      timeZone: 'Not/AZone',
    });
    expect(monitor.budgets).toHaveLength(1);
    expect(monitor.problems).toHaveLength(4);
    monitor.register(db);
    expect(readBudgets(db)).toEqual([
      {
        id: 'global/daily',
        scope: 'global',
        period: 'daily',
        limitUsd: 10,
        timeZone: 'UTC',
        scopeLabel: 'global',
      },
    ]);
  });
});

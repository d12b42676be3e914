/**
 * Budget gauges from the budgets module (migration 3's `budgets` table + `readBudgetStatus`). The
 * module is imported lazily, and only when the file holds budgets, so the dashboard stays small.
 */
import type { Database } from '@llmtop/core/sqlite';
import type { BudgetGauge } from '../model/dashboard-data.js';

type ReadBudgetStatus = typeof import('@llmtop/core').readBudgetStatus;

let loaded: Promise<ReadBudgetStatus | undefined> | undefined;

/** Starts loading the budgets module; resolves to undefined when this build of core has none. */
export function loadBudgetStatus(): Promise<ReadBudgetStatus | undefined> {
  loaded ??= import('@llmtop/core').then(
    (core) => (typeof core.readBudgetStatus === 'function' ? core.readBudgetStatus : undefined),
    () => undefined,
  );
  return loaded;
}

export function hasBudgets(db: Database): boolean {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'budgets'")
    .pluck()
    .get();
  if (!table) return false;
  return db.prepare('SELECT 1 FROM budgets LIMIT 1').pluck().get() !== undefined;
}

export function budgetGauges(read: ReadBudgetStatus, db: Database, nowMs: number): BudgetGauge[] {
  return read(db, { nowMs }).map((status) => {
    const budget = status.budget;
    const scope = budget.scope === 'global' ? 'global' : `${budget.scope}=${budget.value ?? ''}`;
    const label = `${budget.name ?? scope}/${budget.period === 'daily' ? 'day' : 'month'}`;
    return { label, ratio: status.ratio, spentUsd: status.spentUsd, limitUsd: status.limitUsd };
  });
}

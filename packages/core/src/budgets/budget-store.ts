/**
 * The `budgets` table (migration 3): a writer stores its configured budgets there when it opens the
 * file, replacing what was there, so `llmtop budget` in another process evaluates the same limits in
 * the same time zone. With several apps on one file, the last one to open defines the table; each
 * app's own monitor still checks its own budgets.
 */
import { prepared, tableExists } from '../cost/sql-helpers.js';
import type { Database } from '../sqlite/database.js';
import { msToNs } from '../util/clock.js';
import { type Budget, type BudgetPeriod, type BudgetScope, scopeLabel } from './budget-config.js';

interface BudgetRow {
  id: string;
  name: string | null;
  scope: BudgetScope;
  value: string | null;
  period: BudgetPeriod;
  limit_usd: number;
  time_zone: string;
}

export function writeBudgets(db: Database, budgets: readonly Budget[], nowMs = Date.now()): void {
  if (!tableExists(db, 'budgets')) return;
  const insert = prepared(
    db,
    `INSERT OR REPLACE INTO budgets (id, name, scope, value, period, limit_usd, time_zone, updated_ns)
     VALUES (@id, @name, @scope, @value, @period, @limit_usd, @time_zone, @updated_ns)`,
  );
  const clear = prepared(db, 'DELETE FROM budgets');
  db.transaction(() => {
    clear.run();
    for (const budget of budgets) {
      insert.run({
        id: budget.id,
        name: budget.name ?? null,
        scope: budget.scope,
        value: budget.value ?? null,
        period: budget.period,
        limit_usd: budget.limitUsd,
        time_zone: budget.timeZone,
        updated_ns: msToNs(nowMs),
      });
    }
  }).immediate();
}

/** The budgets stored by the last writer; empty on files without the table. */
export function readBudgets(db: Database): Budget[] {
  if (!tableExists(db, 'budgets')) return [];
  const rows = prepared(
    db,
    'SELECT id, name, scope, value, period, limit_usd, time_zone FROM budgets ORDER BY id',
  ).all() as BudgetRow[];
  return rows.map((row) => {
    const budget: Budget = {
      id: row.id,
      scope: row.scope,
      period: row.period,
      limitUsd: row.limit_usd,
      timeZone: row.time_zone,
      scopeLabel: scopeLabel({ scope: row.scope, value: row.value ?? '' }),
    };
    if (row.value !== null) budget.value = row.value;
    if (row.name !== null) budget.name = row.name;
    return budget;
  });
}

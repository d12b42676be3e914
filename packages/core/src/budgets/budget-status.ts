/**
 * Where each budget stands right now: spend of the current period, its share of the limit, and the
 * alerts already stored for the period. Read-only, so `llmtop budget` and the dashboard's gauges can
 * run it on a read-only connection in another process.
 */
import { calendarPeriod } from '../cost/calendar.js';
import { prepared, tableExists } from '../cost/sql-helpers.js';
import type { Database } from '../sqlite/database.js';
import { type Budget, budgetAlertKeyPrefix } from './budget-config.js';
import { budgetSpends } from './budget-spend.js';
import { readBudgets } from './budget-store.js';

export interface BudgetStatus {
  budget: Budget;
  period: { key: string; startMs: number; endMs: number };
  spentUsd: number;
  limitUsd: number;
  /** spent / limit. */
  ratio: number;
  /** At or over 100 % of the limit. */
  over: boolean;
  /** Thresholds (0.8, 1, 1.5) already alerted this period. */
  alerted: number[];
}

export interface BudgetStatusOptions {
  /** Budgets to evaluate. Default: the ones the last writer stored in the file. */
  budgets?: readonly Budget[];
  nowMs?: number;
}

const UNIT = { daily: 'day', monthly: 'month' } as const;

export function readBudgetStatus(db: Database, options: BudgetStatusOptions = {}): BudgetStatus[] {
  const budgets = options.budgets ?? readBudgets(db);
  const nowMs = options.nowMs ?? Date.now();
  const hasAlerts = tableExists(db, 'alerts');
  const periods = budgets.map((budget) => calendarPeriod(nowMs, UNIT[budget.period], budget.timeZone));
  const spent = budgetSpends(
    db,
    budgets.map((budget, index) => ({ budget, range: periods[index]! })),
  );
  return budgets.map((budget, index) => {
    const period = periods[index]!;
    const spentUsd = spent[index]!;
    const ratio = spentUsd / budget.limitUsd;
    const prefix = budgetAlertKeyPrefix(budget, period.key);
    const alerted = hasAlerts
      ? (
          prepared(
            db,
            `SELECT dedupe_key AS key FROM alerts WHERE kind = 'budget' AND substr(dedupe_key, 1, ?) = ?`,
          ).all(prefix.length, prefix) as { key: string }[]
        )
          .map((row) => Number(row.key.slice(prefix.length)) / 100)
          .sort((a, b) => a - b)
      : [];
    return { budget, period, spentUsd, limitUsd: budget.limitUsd, ratio, over: ratio >= 1, alerted };
  });
}

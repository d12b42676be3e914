/**
 * The budget monitor, run by the writer right after each committed batch on its own connection.
 *
 * Spend is kept per budget for the current calendar period and advanced incrementally: the monitor
 * remembers the last `spans.seq` it has seen and reads only newer rows (seq is AUTOINCREMENT and
 * SQLite has one writer at a time, so every later commit, from any process, has a higher seq). A full
 * sum runs only when a process starts or a period begins. Each threshold crossed is inserted into
 * `alerts` with `INSERT OR IGNORE` on a dedupe key of budget + period + threshold, so it fires exactly
 * once however many processes write the file and however often they restart; the process whose
 * insert wins returns the alert. At 150 % the insert carries an investigation of the drivers.
 */
import {
  type CalendarPeriod,
  calendarPeriod,
  previousCalendarPeriod,
  systemTimeZone,
} from '../cost/calendar.js';
import { prepared, registerCostFunctions } from '../cost/sql-helpers.js';
import type { Database } from '../sqlite/database.js';
import { msToNs } from '../util/clock.js';
import {
  BUDGET_THRESHOLDS,
  type Budget,
  type BudgetConfig,
  budgetAlertKey,
  describeBudget,
  formatBudgetUsd,
  resolveBudgets,
} from './budget-config.js';
import { type BudgetInvestigation, investigateBudget } from './budget-investigation.js';
import {
  budgetRowMatcher,
  budgetSpends,
  lastSpanSeq,
  type SpendRow,
  spendRowsAfter,
} from './budget-spend.js';
import { writeBudgets } from './budget-store.js';

export interface BudgetMonitorOptions {
  budgets: BudgetConfig[];
  /** IANA time zone the daily and monthly periods align to. Default: the process's zone. */
  timeZone?: string;
  /** Epoch milliseconds; injected by tests. */
  clock?: () => number;
}

export interface BudgetAlertDetails {
  budget: {
    id: string;
    name?: string;
    scope: string;
    value?: string;
    period: string;
    limitUsd: number;
    timeZone: string;
  };
  period: { key: string; startMs: number; endMs: number };
  /** 0.8, 1 or 1.5. */
  threshold: number;
  spentUsd: number;
  /** spent / limit when the alert fired. */
  ratio: number;
  /** Present on 150 % alerts. */
  investigation?: BudgetInvestigation;
}

/** A budget alert as stored in `alerts` and handed to the app's `onAlert`. */
export interface BudgetAlert {
  kind: 'budget';
  /** `global`, `feature:support`, `user:u-42`, `model:gpt-4o`. */
  scope: string;
  level: 'warning' | 'critical';
  message: string;
  dedupeKey: string;
  createdMs: number;
  details: BudgetAlertDetails;
}

export interface BudgetMonitor {
  /** Budgets that passed validation. */
  readonly budgets: readonly Budget[];
  /** Configuration problems (invalid budgets are skipped, an unknown time zone falls back to UTC). */
  readonly problems: readonly string[];
  /** Stores the budgets in the `budgets` table and prepares the connection. Call once per connection. */
  register(db: Database): void;
  /** Updates spend with the rows committed since the last call; returns the alerts this call inserted. */
  check(db: Database): BudgetAlert[];
}

interface BudgetState {
  budget: Budget;
  matches: (row: SpendRow) => boolean;
  period?: CalendarPeriod;
  /** Spend of the current period up to the monitor's cursor; undefined until summed. */
  spentUsd: number | undefined;
  /** Thresholds known to be stored for the current period (by us or another process). */
  fired: Set<number>;
}

const UNIT = { daily: 'day', monthly: 'month' } as const;

export function createBudgetMonitor(options: BudgetMonitorOptions): BudgetMonitor {
  const { budgets, problems } = resolveBudgets(options.budgets ?? [], options.timeZone ?? systemTimeZone());
  const clock = options.clock ?? Date.now;
  const states: BudgetState[] = budgets.map((budget) => ({
    budget,
    matches: budgetRowMatcher(budget),
    spentUsd: undefined,
    fired: new Set(),
  }));
  let cursor: number | undefined;
  let cursorDb: Database | undefined;

  const fire = (
    db: Database,
    state: BudgetState,
    threshold: number,
    nowMs: number,
  ): BudgetAlert | undefined => {
    const { budget } = state;
    const period = state.period!;
    const spentUsd = state.spentUsd ?? 0;
    const dedupeKey = budgetAlertKey(budget, period.key, threshold);
    if (prepared(db, 'SELECT 1 AS found FROM alerts WHERE dedupe_key = ?').get(dedupeKey)) return undefined;
    const details: BudgetAlertDetails = {
      budget: {
        id: budget.id,
        scope: budget.scope,
        period: budget.period,
        limitUsd: budget.limitUsd,
        timeZone: budget.timeZone,
        ...(budget.name === undefined ? {} : { name: budget.name }),
        ...(budget.value === undefined ? {} : { value: budget.value }),
      },
      period: { key: period.key, startMs: period.startMs, endMs: period.endMs },
      threshold,
      spentUsd,
      ratio: spentUsd / budget.limitUsd,
    };
    if (threshold >= 1.5) {
      const elapsed = Math.max(0, Math.min(nowMs, period.endMs) - period.startMs);
      const previous = previousCalendarPeriod(period, UNIT[budget.period], budget.timeZone);
      details.investigation = investigateBudget(db, budget, {
        current: { startMs: period.startMs, endMs: period.startMs + elapsed },
        previous: { startMs: previous.startMs, endMs: Math.min(previous.endMs, previous.startMs + elapsed) },
      });
    }
    const message =
      `Budget ${describeBudget(budget)} at ${Math.round(details.ratio * 100)}% ` +
      `(${formatBudgetUsd(spentUsd)} of ${formatBudgetUsd(budget.limitUsd)}) for ${period.key}: ` +
      `crossed ${Math.round(threshold * 100)}%.` +
      (details.investigation ? ` ${details.investigation.summary}` : '');
    const alert: BudgetAlert = {
      kind: 'budget',
      scope: budget.scopeLabel,
      level: threshold >= 1 ? 'critical' : 'warning',
      message,
      dedupeKey,
      createdMs: nowMs,
      details,
    };
    const inserted = prepared(
      db,
      `INSERT OR IGNORE INTO alerts (kind, scope, level, message, details, dedupe_key, created_ns)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      alert.kind,
      alert.scope,
      alert.level,
      alert.message,
      JSON.stringify(details),
      dedupeKey,
      msToNs(nowMs),
    );
    return inserted.changes === 1 ? alert : undefined;
  };

  return {
    budgets,
    problems,
    register(db) {
      registerCostFunctions(db);
      writeBudgets(db, budgets, clock());
    },
    check(db) {
      if (states.length === 0) return [];
      const nowMs = clock();
      // A different connection (a reopened file) starts from a full sum again.
      if (cursorDb !== db) {
        cursor = undefined;
        cursorDb = db;
        for (const state of states) state.spentUsd = undefined;
      }
      for (const state of states) {
        const period = state.period;
        if (period && nowMs >= period.startMs && nowMs < period.endMs) continue;
        const next = calendarPeriod(nowMs, UNIT[state.budget.period], state.budget.timeZone);
        if (period?.key !== next.key) state.fired.clear();
        state.period = next;
        state.spentUsd = undefined;
      }

      const maxSeq = lastSpanSeq(db);
      if (cursor !== undefined && maxSeq > cursor) {
        const rows = spendRowsAfter(db, cursor, maxSeq);
        for (const state of states) {
          if (state.spentUsd === undefined) continue;
          const { startMs, endMs } = state.period!;
          for (const row of rows) {
            if (row.start_ms >= startMs && row.start_ms < endMs && state.matches(row))
              state.spentUsd += row.cost_usd;
          }
        }
      }
      const unsummed = states.filter((state) => state.spentUsd === undefined);
      const sums = budgetSpends(
        db,
        unsummed.map((state) => ({ budget: state.budget, range: state.period! })),
        maxSeq,
      );
      unsummed.forEach((state, index) => {
        state.spentUsd = sums[index];
      });
      cursor = maxSeq;

      const alerts: BudgetAlert[] = [];
      for (const state of states) {
        const ratio = (state.spentUsd ?? 0) / state.budget.limitUsd;
        for (const threshold of BUDGET_THRESHOLDS) {
          if (ratio < threshold || state.fired.has(threshold)) continue;
          const alert = fire(db, state, threshold, nowMs);
          state.fired.add(threshold);
          if (alert) alerts.push(alert);
        }
      }
      return alerts;
    },
  };
}

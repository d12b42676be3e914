/**
 * How much a budget's scope spent in a time range: SQL sums (used when a period starts, when a
 * process starts, and by `llmtop budget`), plus the same rule as a row predicate for the monitor's
 * incremental path. Judge (`evaluator`) calls never count.
 */
import { normalizeModelId } from '../cost/normalize-model-id.js';
import { APP_COST_KINDS_SQL, appSpans, filterSql, prepared, type SpanFilter } from '../cost/sql-helpers.js';
import type { Database } from '../sqlite/database.js';
import type { Budget } from './budget-config.js';

/** The span filter equivalent to a budget's scope. */
export function budgetFilter(budget: Pick<Budget, 'scope' | 'value'>): SpanFilter {
  switch (budget.scope) {
    case 'feature':
      return budget.value === undefined ? {} : { feature: budget.value };
    case 'user':
      return budget.value === undefined ? {} : { userId: budget.value };
    case 'model':
      return budget.value === undefined ? {} : { model: budget.value };
    default:
      return {};
  }
}

/** Priced spend of a budget's scope with `startMs ≤ start < endMs`, optionally only rows up to `maxSeq`. */
export function budgetSpend(
  db: Database,
  budget: Pick<Budget, 'scope' | 'value'>,
  range: { startMs: number; endMs: number },
  maxSeq?: number,
): number {
  const where = filterSql({ ...budgetFilter(budget), sinceMs: range.startMs, untilMs: range.endMs });
  if (maxSeq !== undefined) {
    where.sql += ' AND seq <= ?';
    where.params.push(maxSeq);
  }
  const spans = appSpans('cost_usd', where);
  const row = prepared(db, `SELECT COALESCE(SUM(cost_usd), 0) AS spent FROM ${spans.sql}`).get(
    ...spans.params,
  ) as {
    spent: number;
  };
  return row.spent;
}

/** The column a scoped budget is matched on. */
const SCOPE_COLUMN = {
  feature: 'feature',
  user: 'user_id',
  model: 'COALESCE(response_model, request_model)',
} as const;

export interface SpendQuery {
  budget: Pick<Budget, 'scope' | 'value'>;
  range: { startMs: number; endMs: number };
}

/**
 * `budgetSpend` for many budgets at once: budgets of one scope over the same range share one
 * GROUP BY scan, so a thousand per-user budgets cost one pass over the period, not a thousand.
 */
export function budgetSpends(db: Database, queries: readonly SpendQuery[], maxSeq?: number): number[] {
  const result = new Array<number>(queries.length).fill(0);
  const groups = new Map<string, number[]>();
  queries.forEach((query, index) => {
    const key = `${query.budget.scope}|${query.range.startMs}|${query.range.endMs}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const indexes of groups.values()) {
    const first = queries[indexes[0]!]!;
    if (first.budget.scope === 'global' || indexes.length === 1) {
      for (const index of indexes) {
        const query = queries[index]!;
        result[index] = budgetSpend(db, query.budget, query.range, maxSeq);
      }
      continue;
    }
    const scope = first.budget.scope;
    const where = filterSql({ sinceMs: first.range.startMs, untilMs: first.range.endMs });
    if (maxSeq !== undefined) {
      where.sql += ' AND seq <= ?';
      where.params.push(maxSeq);
    }
    const spans = appSpans(`${SCOPE_COLUMN[scope]} AS key, cost_usd`, where);
    const rows = prepared(db, `SELECT key, SUM(cost_usd) AS spent FROM ${spans.sql} GROUP BY 1`).all(
      ...spans.params,
    ) as { key: string | null; spent: number | null }[];
    const spentBy = new Map<string, number>();
    for (const row of rows) {
      if (row.key === null || row.spent === null) continue;
      const key = scope === 'model' ? normalizeModelId(row.key) : row.key;
      spentBy.set(key, (spentBy.get(key) ?? 0) + row.spent);
    }
    for (const index of indexes) {
      const value = queries[index]!.budget.value ?? '';
      result[index] = spentBy.get(scope === 'model' ? normalizeModelId(value) : value) ?? 0;
    }
  }
  return result;
}

/** A committed, priced app span as the monitor reads it after each batch. */
export interface SpendRow {
  seq: number;
  start_ms: number;
  feature: string | null;
  user_id: string | null;
  model: string | null;
  cost_usd: number;
}

/** Priced app spans with `afterSeq < seq ≤ maxSeq`, in commit order. */
export function spendRowsAfter(db: Database, afterSeq: number, maxSeq: number): SpendRow[] {
  return prepared(
    db,
    `SELECT seq, start_ns / 1000000 AS start_ms, feature, user_id,
       COALESCE(response_model, request_model) AS model, cost_usd
     FROM spans WHERE seq > ? AND seq <= ? AND cost_usd IS NOT NULL AND ${APP_COST_KINDS_SQL}`,
  ).all(afterSeq, maxSeq) as SpendRow[];
}

/** The highest `spans.seq` committed so far (0 for an empty table). */
export function lastSpanSeq(db: Database): number {
  return (prepared(db, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM spans').get() as { seq: number }).seq;
}

/** The budget's scope rule as a predicate over `SpendRow`s (same semantics as `budgetFilter`). */
export function budgetRowMatcher(budget: Pick<Budget, 'scope' | 'value'>): (row: SpendRow) => boolean {
  switch (budget.scope) {
    case 'feature':
      return (row) => row.feature === budget.value;
    case 'user':
      return (row) => row.user_id === budget.value;
    case 'model': {
      const family = normalizeModelId(budget.value ?? '');
      const families = new Map<string, string>();
      return (row) => {
        if (row.model === null) return false;
        let rowFamily = families.get(row.model);
        if (rowFamily === undefined) {
          rowFamily = normalizeModelId(row.model);
          if (families.size > 1_000) families.clear();
          families.set(row.model, rowFamily);
        }
        return rowFamily === family;
      };
    }
    default:
      return () => true;
  }
}

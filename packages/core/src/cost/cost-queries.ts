/**
 * Attribution: where the money went, by feature, user, agent, model version or session, over a time
 * range, as top-N rows with their share of the total; and the same cost over calendar time buckets.
 * Only the app's own model calls count (`llm` and `embedding` spans); the judge's `evaluator` calls
 * are reported beside the total, never in it. A group with calls but no priced call has cost `null`
 * ("unpriced"), never 0.
 */
import type { Database } from '../sqlite/database.js';
import { type CalendarUnit, calendarPeriod } from './calendar.js';
import { appSpans, filterSql, prepared, type SpanFilter } from './sql-helpers.js';

export type CostDimension = 'feature' | 'user' | 'agent' | 'model' | 'session';

export const COST_DIMENSIONS: readonly CostDimension[] = ['feature', 'user', 'agent', 'model', 'session'];

/** The column each dimension groups by. `model` is the version actually served, else the one requested. */
export const DIMENSION_SQL: Record<CostDimension, string> = {
  feature: 'feature',
  user: 'user_id',
  agent: 'agent',
  model: 'COALESCE(response_model, request_model)',
  session: 'session_id',
};

export interface CostTotals {
  /** Sum over priced calls; `null` when no call in the group is priced. */
  costUsd: number | null;
  /** Model calls (`llm` + `embedding` spans), priced or not. */
  calls: number;
  pricedCalls: number;
  /** Sums over calls that reported them; `null` when none did. */
  inputTokens: number | null;
  outputTokens: number | null;
}

export interface CostBreakdownRow extends CostTotals {
  /** The feature, user, agent, model or session; `null` for calls without one. */
  key: string | null;
  /** This row's share of the total priced cost (0–1); `null` when nothing is priced. */
  share: number | null;
}

export interface CostBreakdownOptions extends SpanFilter {
  by: CostDimension;
  /** Rows kept (by cost, then calls); the rest are summed into `other`. Default 10. */
  limit?: number;
}

export interface CostBreakdown {
  by: CostDimension;
  rows: CostBreakdownRow[];
  /** Everything beyond `limit`, summed; absent when nothing was cut. */
  other?: CostBreakdownRow & { groups: number };
  total: CostTotals;
  /** The judge's own calls over the same filter, excluded from `total`. */
  evaluator: { costUsd: number | null; calls: number };
}

interface GroupRow {
  key: string | null;
  cost: number | null;
  calls: number;
  priced: number;
  input_tokens: number | null;
  output_tokens: number | null;
}

/** What `TOTALS_SQL` reads from each span. */
const TOTALS_COLUMNS = 'cost_usd, input_tokens, output_tokens';
const TOTALS_SQL = `SUM(cost_usd) AS cost, COUNT(*) AS calls, COUNT(cost_usd) AS priced,
  SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens`;

export function queryCostBreakdown(db: Database, options: CostBreakdownOptions): CostBreakdown {
  const spans = appSpans(`${DIMENSION_SQL[options.by]} AS key, ${TOTALS_COLUMNS}`, filterSql(options));
  const groups = prepared(
    db,
    `SELECT key, ${TOTALS_SQL} FROM ${spans.sql} GROUP BY 1 ORDER BY cost IS NULL, cost DESC, calls DESC, key`,
  ).all(...spans.params) as GroupRow[];

  const total = groups.reduce<CostTotals>((sum, row) => addTotals(sum, toTotals(row)), emptyTotals());
  const limit = Math.max(0, options.limit ?? 10);
  const withShare = (totals: CostTotals, key: string | null): CostBreakdownRow => ({
    key,
    ...totals,
    share:
      totals.costUsd === null || total.costUsd === null || total.costUsd === 0
        ? null
        : totals.costUsd / total.costUsd,
  });
  const rows = groups.slice(0, limit).map((row) => withShare(toTotals(row), row.key));
  const rest = groups.slice(limit);
  const breakdown: CostBreakdown = { by: options.by, rows, total, evaluator: evaluatorTotals(db, options) };
  if (rest.length > 0) {
    const summed = rest.reduce<CostTotals>((sum, row) => addTotals(sum, toTotals(row)), emptyTotals());
    breakdown.other = { ...withShare(summed, null), groups: rest.length };
  }
  return breakdown;
}

/** Totals of the app's model calls for a filter. */
export function queryCostTotals(db: Database, filter: SpanFilter = {}): CostTotals {
  const spans = appSpans(TOTALS_COLUMNS, filterSql(filter));
  const row = prepared(db, `SELECT ${TOTALS_SQL} FROM ${spans.sql}`).get(...spans.params) as GroupRow;
  return toTotals(row);
}

function evaluatorTotals(db: Database, filter: SpanFilter): CostBreakdown['evaluator'] {
  const where = filterSql(filter);
  const row = prepared(
    db,
    `SELECT SUM(cost_usd) AS cost, COUNT(*) AS calls FROM spans WHERE kind = 'evaluator'${where.sql}`,
  ).get(...where.params) as { cost: number | null; calls: number };
  return { costUsd: row.cost, calls: row.calls };
}

export interface CostBucket extends CostTotals {
  /** Local calendar key: `2026-03-01T14`, `2026-03-01` or `2026-03`. */
  key: string;
  startMs: number;
  endMs: number;
}

export interface CostOverTimeOptions extends SpanFilter {
  bucket: CalendarUnit;
  /** IANA zone the buckets align to. Default UTC. */
  timeZone?: string;
}

/** Fine-grained SQL buckets of 15 minutes: every UTC offset in use is a multiple of it. */
const QUARTER_HOUR_NS = 900_000_000_000n;

/** Cost per calendar hour, day or month (in a time zone), oldest first; empty buckets are left out. */
export function queryCostOverTime(db: Database, options: CostOverTimeOptions): CostBucket[] {
  const timeZone = options.timeZone ?? 'UTC';
  const spans = appSpans(`start_ns / ${QUARTER_HOUR_NS} AS quarter, ${TOTALS_COLUMNS}`, filterSql(options));
  const quarters = prepared(db, `SELECT quarter, ${TOTALS_SQL} FROM ${spans.sql} GROUP BY 1 ORDER BY 1`).all(
    ...spans.params,
  ) as (GroupRow & { quarter: number })[];

  const buckets: CostBucket[] = [];
  let current: CostBucket | undefined;
  for (const row of quarters) {
    const ms = row.quarter * 900_000;
    if (!current || ms >= current.endMs) {
      const period = calendarPeriod(ms, options.bucket, timeZone);
      current = { ...period, ...emptyTotals() };
      buckets.push(current);
    }
    Object.assign(current, addTotals(current, toTotals(row)));
  }
  return buckets;
}

function toTotals(row: GroupRow): CostTotals {
  return {
    costUsd: row.cost,
    calls: row.calls,
    pricedCalls: row.priced,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
  };
}

function emptyTotals(): CostTotals {
  return { costUsd: null, calls: 0, pricedCalls: 0, inputTokens: null, outputTokens: null };
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

function addTotals(a: CostTotals, b: CostTotals): CostTotals {
  return {
    costUsd: addNullable(a.costUsd, b.costUsd),
    calls: a.calls + b.calls,
    pricedCalls: a.pricedCalls + b.pricedCalls,
    inputTokens: addNullable(a.inputTokens, b.inputTokens),
    outputTokens: addNullable(a.outputTokens, b.outputTokens),
  };
}

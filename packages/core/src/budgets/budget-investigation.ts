/**
 * The automatic investigation stored with a 150 % alert: which feature, user, model and agent drove
 * the spend, and whether it came from more calls, bigger prompts or pricier calls. The current period
 * so far is compared with the same elapsed time of the previous period (Tuesday 00:00–15:00 against
 * Monday 00:00–15:00), so a half-finished day is not compared with a whole one.
 */
import { DIMENSION_SQL } from '../cost/cost-queries.js';
import { appSpans, filterSql, prepared } from '../cost/sql-helpers.js';
import type { Database } from '../sqlite/database.js';
import { type Budget, formatBudgetUsd as usd } from './budget-config.js';
import { budgetFilter } from './budget-spend.js';

export type DriverDimension = 'feature' | 'user' | 'model' | 'agent';
export const DRIVER_DIMENSIONS: readonly DriverDimension[] = ['feature', 'user', 'model', 'agent'];

/**
 * What moved most: `call_volume` (more calls), `prompt_size` (more prompt tokens per call), `price`
 * (a dearer model or longer answers: cost per prompt token), or `new` (nothing in the previous window).
 */
export type DriverCause = 'new' | 'call_volume' | 'prompt_size' | 'price';

export interface UsageFigures {
  costUsd: number;
  /** Priced model calls. */
  calls: number;
  /** Mean prompt (input) tokens per call that reported them; `null` when none did. */
  promptTokensPerCall: number | null;
  /** Mean cost per call ("price per call"); `null` without calls. */
  costPerCall: number | null;
}

/** current / previous; `null` when the previous value is 0 or unknown. */
export interface UsageChange {
  cost: number | null;
  calls: number | null;
  promptTokensPerCall: number | null;
  costPerCall: number | null;
}

export interface SpendDriver {
  /** The feature, user, model version or agent; `null` for calls without one. */
  key: string | null;
  current: UsageFigures;
  previous: UsageFigures;
  change: UsageChange;
  deltaUsd: number;
  /** This driver's part of the total increase (0–1); `null` when spend did not increase. */
  shareOfIncrease: number | null;
  /** Its share of the previous window's cost (0–1); a driver far above it is the anomaly. */
  previousShare: number | null;
  cause: DriverCause;
}

export interface BudgetInvestigation {
  current: { startMs: number; endMs: number };
  previous: { startMs: number; endMs: number };
  totals: { current: UsageFigures; previous: UsageFigures; change: UsageChange };
  /** Top drivers per dimension, largest increase first. */
  drivers: Record<DriverDimension, SpendDriver[]>;
  /** The driver whose part of the increase most exceeds its usual share, if one stands out. */
  topDriver?: SpendDriver & { dimension: DriverDimension };
  summary: string;
}

export interface InvestigationWindows {
  current: { startMs: number; endMs: number };
  previous: { startMs: number; endMs: number };
}

const DRIVERS_KEPT = 5;
/** A driver "stands out" when its part of the increase exceeds its previous share by this much. */
const STANDOUT = 0.1;

interface Aggregate {
  key: string | null;
  cost: number;
  calls: number;
  input_tokens: number | null;
  input_calls: number;
}

export function investigateBudget(
  db: Database,
  budget: Budget,
  windows: InvestigationWindows,
): BudgetInvestigation {
  const drivers = {} as Record<DriverDimension, SpendDriver[]>;
  let totals: BudgetInvestigation['totals'] | undefined;
  let top: (SpendDriver & { dimension: DriverDimension }) | undefined;
  let topScore = Number.NEGATIVE_INFINITY;

  for (const dimension of DRIVER_DIMENSIONS) {
    const current = aggregate(db, budget, dimension, windows.current);
    const previous = aggregate(db, budget, dimension, windows.previous);
    const currentTotal = figures(sum(current.values()));
    const previousTotal = figures(sum(previous.values()));
    totals ??= {
      current: currentTotal,
      previous: previousTotal,
      change: change(currentTotal, previousTotal),
    };
    const increase = currentTotal.costUsd - previousTotal.costUsd;

    const rows: SpendDriver[] = [];
    for (const key of new Set([...current.keys(), ...previous.keys()])) {
      const now = figures(current.get(key));
      const before = figures(previous.get(key));
      const deltaUsd = now.costUsd - before.costUsd;
      rows.push({
        key,
        current: now,
        previous: before,
        change: change(now, before),
        deltaUsd,
        shareOfIncrease: increase > 0 ? deltaUsd / increase : null,
        previousShare: previousTotal.costUsd > 0 ? before.costUsd / previousTotal.costUsd : null,
        cause: cause(now, before),
      });
    }
    rows.sort((a, b) => b.deltaUsd - a.deltaUsd || b.current.costUsd - a.current.costUsd);
    drivers[dimension] = rows.slice(0, DRIVERS_KEPT);

    const leader = rows[0];
    if (leader && leader.deltaUsd > 0 && leader.shareOfIncrease !== null) {
      const score = leader.shareOfIncrease - (leader.previousShare ?? 0);
      if (score > topScore + 1e-9) {
        topScore = score;
        top = { ...leader, dimension };
      }
    }
  }

  const empty = figures(undefined);
  const result: BudgetInvestigation = {
    current: windows.current,
    previous: windows.previous,
    totals: totals ?? { current: empty, previous: empty, change: change(empty, empty) },
    drivers,
    summary: '',
  };
  if (top && topScore >= STANDOUT) result.topDriver = top;
  result.summary = summarise(result);
  return result;
}

function aggregate(
  db: Database,
  budget: Budget,
  dimension: DriverDimension,
  range: { startMs: number; endMs: number },
): Map<string | null, Aggregate> {
  const where = filterSql({ ...budgetFilter(budget), sinceMs: range.startMs, untilMs: range.endMs });
  where.sql += ' AND cost_usd IS NOT NULL';
  const spans = appSpans(`${DIMENSION_SQL[dimension]} AS key, cost_usd, input_tokens`, where);
  const rows = prepared(
    db,
    `SELECT key, SUM(cost_usd) AS cost, COUNT(*) AS calls, SUM(input_tokens) AS input_tokens,
       COUNT(input_tokens) AS input_calls FROM ${spans.sql} GROUP BY 1`,
  ).all(...spans.params) as Aggregate[];
  return new Map(rows.map((row) => [row.key, row]));
}

function sum(rows: Iterable<Aggregate>): Aggregate {
  const total: Aggregate = { key: null, cost: 0, calls: 0, input_tokens: null, input_calls: 0 };
  for (const row of rows) {
    total.cost += row.cost;
    total.calls += row.calls;
    total.input_calls += row.input_calls;
    if (row.input_tokens !== null) total.input_tokens = (total.input_tokens ?? 0) + row.input_tokens;
  }
  return total;
}

function figures(row: Aggregate | undefined): UsageFigures {
  if (!row || row.calls === 0) return { costUsd: 0, calls: 0, promptTokensPerCall: null, costPerCall: null };
  return {
    costUsd: row.cost,
    calls: row.calls,
    promptTokensPerCall:
      row.input_tokens === null || row.input_calls === 0 ? null : row.input_tokens / row.input_calls,
    costPerCall: row.cost / row.calls,
  };
}

const ratio = (now: number | null, before: number | null) =>
  now === null || before === null || before === 0 ? null : now / before;

function change(now: UsageFigures, before: UsageFigures): UsageChange {
  return {
    cost: ratio(now.costUsd, before.costUsd),
    calls: ratio(now.calls, before.calls),
    promptTokensPerCall: ratio(now.promptTokensPerCall, before.promptTokensPerCall),
    costPerCall: ratio(now.costPerCall, before.costPerCall),
  };
}

/**
 * cost = calls × prompt tokens per call × cost per prompt token; the factor with the largest
 * (log) growth is the cause.
 */
function cause(now: UsageFigures, before: UsageFigures): DriverCause {
  if (before.calls === 0 || before.costUsd === 0) return 'new';
  const factors: [DriverCause, number | null][] = [
    ['call_volume', ratio(now.calls, before.calls)],
    ['prompt_size', ratio(now.promptTokensPerCall, before.promptTokensPerCall)],
  ];
  const unitNow =
    now.costPerCall !== null && now.promptTokensPerCall ? now.costPerCall / now.promptTokensPerCall : null;
  const unitBefore =
    before.costPerCall !== null && before.promptTokensPerCall
      ? before.costPerCall / before.promptTokensPerCall
      : null;
  factors.push(['price', ratio(unitNow, unitBefore) ?? ratio(now.costPerCall, before.costPerCall)]);
  let best: DriverCause = 'call_volume';
  let bestGrowth = Number.NEGATIVE_INFINITY;
  for (const [name, value] of factors) {
    if (value === null || value <= 0) continue;
    const growth = Math.log(value);
    if (growth > bestGrowth) {
      best = name;
      bestGrowth = growth;
    }
  }
  return best;
}

const times = (value: number | null) => (value === null ? 'n/a' : `×${value.toFixed(value < 10 ? 2 : 1)}`);
const CAUSE_WORDS: Record<DriverCause, string> = {
  new: 'new spend (nothing in the previous period)',
  call_volume: 'more calls',
  prompt_size: 'longer prompts',
  price: 'dearer calls per prompt token',
};

function summarise(investigation: BudgetInvestigation): string {
  const { current, previous, change: moved } = investigation.totals;
  const overall =
    previous.costUsd === 0
      ? `Spend ${usd(current.costUsd)} so far; nothing was spent in the same part of the previous period.`
      : `Spend ${usd(current.costUsd)} vs ${usd(previous.costUsd)} in the same part of the previous period ` +
        `(calls ${times(moved.calls)}, prompt tokens per call ${times(moved.promptTokensPerCall)}, ` +
        `price per call ${times(moved.costPerCall)}).`;
  const top = investigation.topDriver;
  if (!top) return `${overall} No single feature, user, model or agent stands out.`;
  const share =
    top.shareOfIncrease === null ? '' : ` (${Math.round(top.shareOfIncrease * 100)}% of the increase)`;
  const detail =
    top.cause === 'new'
      ? CAUSE_WORDS.new
      : `${CAUSE_WORDS[top.cause]}: calls ${times(top.change.calls)}, prompt tokens per call ` +
        `${times(top.change.promptTokensPerCall)}, price per call ${times(top.change.costPerCall)}`;
  return `${overall} Top driver: ${top.dimension} ${top.key ?? '(none)'} +${usd(top.deltaUsd)}${share}, ${detail}.`;
}

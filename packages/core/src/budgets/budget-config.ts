/**
 * Budget configuration: plain data (it crosses to the writer worker), checked once, and the names
 * derived from it — the scope label stored in `alerts.scope` and the dedupe key that makes each
 * alert fire exactly once per budget, period and threshold.
 */
import { isValidTimeZone } from '../cost/calendar.js';

export type BudgetScope = 'global' | 'feature' | 'user' | 'model';
export type BudgetPeriod = 'daily' | 'monthly';

export interface BudgetConfig {
  scope: BudgetScope;
  /** The feature, user id or model the budget applies to. Required unless `scope` is `global`. */
  value?: string;
  period: BudgetPeriod;
  /** Spend limit in USD for one period (the app's own calls; judge calls never count). */
  limitUsd: number;
  /** A label for alerts and `llmtop budget`. */
  name?: string;
}

/** Alert thresholds as fractions of the limit. Each fires once per budget and period. */
export const BUDGET_THRESHOLDS = [0.8, 1, 1.5] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

/** A budget that passed validation, with its derived names. */
export interface Budget extends BudgetConfig {
  /** `global`, `feature:support`, `user:u-42`, `model:gpt-4o` (the `alerts.scope` column). */
  scopeLabel: string;
  /** Stable id: scope label and period, e.g. `feature:support/daily`. */
  id: string;
  timeZone: string;
}

const SCOPES: readonly string[] = ['global', 'feature', 'user', 'model'];
const PERIODS: readonly string[] = ['daily', 'monthly'];

/** Problems with a budget config, in words; empty when it is usable. */
export function budgetConfigProblems(config: BudgetConfig): string[] {
  const problems: string[] = [];
  if (!config || typeof config !== 'object') return ['a budget must be an object'];
  if (!SCOPES.includes(config.scope)) problems.push(`unknown scope ${JSON.stringify(config.scope)}`);
  if (config.scope !== 'global' && (typeof config.value !== 'string' || config.value === '')) {
    problems.push(`a ${config.scope} budget needs a value (the ${config.scope} it limits)`);
  }
  if (!PERIODS.includes(config.period)) problems.push(`unknown period ${JSON.stringify(config.period)}`);
  if (typeof config.limitUsd !== 'number' || !Number.isFinite(config.limitUsd) || config.limitUsd <= 0) {
    problems.push('limitUsd must be a positive number');
  }
  return problems;
}

export function scopeLabel(config: Pick<BudgetConfig, 'scope' | 'value'>): string {
  return config.scope === 'global' ? 'global' : `${config.scope}:${config.value ?? ''}`;
}

/** Validates configs; the usable ones come back as `Budget`s, the rest as messages. */
export function resolveBudgets(
  configs: readonly BudgetConfig[],
  timeZone: string,
): { budgets: Budget[]; problems: string[] } {
  const budgets: Budget[] = [];
  const problems: string[] = [];
  if (!isValidTimeZone(timeZone)) problems.push(`unknown time zone ${JSON.stringify(timeZone)}`);
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  for (const config of configs) {
    const found = budgetConfigProblems(config);
    if (found.length > 0) {
      problems.push(`budget ${JSON.stringify(config)}: ${found.join('; ')}`);
      continue;
    }
    const label = scopeLabel(config);
    if (budgets.some((other) => other.id === `${label}/${config.period}`)) {
      problems.push(`budget ${label}/${config.period} is configured twice; the first one is used`);
      continue;
    }
    const budget: Budget = { ...config, scopeLabel: label, id: `${label}/${config.period}`, timeZone: zone };
    if (config.scope === 'global') delete budget.value;
    budgets.push(budget);
  }
  return { budgets, problems };
}

/**
 * The key that makes an alert unique across processes and restarts (`alerts.dedupe_key`). The limit
 * is part of it, so raising a limit mid-period re-arms the thresholds against the new limit.
 */
export function budgetAlertKey(
  budget: Pick<Budget, 'id' | 'limitUsd'>,
  periodKey: string,
  threshold: number,
): string {
  return `${budgetAlertKeyPrefix(budget, periodKey)}${Math.round(threshold * 100)}`;
}

/** The dedupe keys of one budget and period share this prefix; the threshold in percent follows it. */
export function budgetAlertKeyPrefix(budget: Pick<Budget, 'id' | 'limitUsd'>, periodKey: string): string {
  return `budget/${budget.id}/${budget.limitUsd}/${periodKey}/`;
}

export function describeBudget(budget: Pick<Budget, 'name' | 'scope' | 'value' | 'period'>): string {
  const what = budget.scope === 'global' ? 'all features' : `${budget.scope} ${budget.value}`;
  return budget.name ? `${budget.name} (${what}, ${budget.period})` : `${what}, ${budget.period}`;
}

/** Dollars in alert messages: four decimals below $1, where budgets for tests and small features live. */
export function formatBudgetUsd(usd: number): string {
  return Math.abs(usd) < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

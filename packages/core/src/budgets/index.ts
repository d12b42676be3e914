// Budgets: limits per scope and calendar period, alerts at 80/100/150 % exactly once, investigations.
export {
  BUDGET_THRESHOLDS,
  type Budget,
  type BudgetConfig,
  type BudgetPeriod,
  type BudgetScope,
  type BudgetThreshold,
  budgetConfigProblems,
  describeBudget,
  resolveBudgets,
} from './budget-config.js';
export {
  type BudgetInvestigation,
  DRIVER_DIMENSIONS,
  type DriverCause,
  type DriverDimension,
  type SpendDriver,
  type UsageChange,
  type UsageFigures,
} from './budget-investigation.js';
export {
  type BudgetAlert,
  type BudgetAlertDetails,
  type BudgetMonitor,
  type BudgetMonitorOptions,
  createBudgetMonitor,
} from './budget-monitor.js';
export { budgetSpend } from './budget-spend.js';
export { type BudgetStatus, type BudgetStatusOptions, readBudgetStatus } from './budget-status.js';
export { readBudgets } from './budget-store.js';

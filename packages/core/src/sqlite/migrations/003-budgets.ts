/**
 * Migration 3: the budgets an app is configured with. A writer replaces the rows with its own
 * configuration when it opens the file, so `llmtop budget` in another process knows the limits,
 * periods and time zone without reading the app's code. Plus a partial index for the judge's own
 * (`evaluator`) calls, which every cost report shows apart: without it, "judge cost this month"
 * visits every span of the month; being partial, it costs the write path nothing for other spans.
 */
import type { Migration } from './migration.js';

export const budgetsMigration: Migration = {
  version: 3,
  name: 'budgets',
  up: `
CREATE TABLE budgets (
  id         TEXT PRIMARY KEY,
  name       TEXT,
  scope      TEXT NOT NULL,
  value      TEXT,
  period     TEXT NOT NULL,
  limit_usd  REAL NOT NULL,
  time_zone  TEXT NOT NULL,
  updated_ns INTEGER NOT NULL
);
CREATE INDEX spans_evaluator_cost ON spans (start_ns, cost_usd) WHERE kind = 'evaluator';
`,
};

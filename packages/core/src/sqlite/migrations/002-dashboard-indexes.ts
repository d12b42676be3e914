/**
 * Migration 2: indexes the dashboard needs to stay fast at millions of spans.
 * Both are partial, so the write path pays only for the rare rows they hold.
 */
import type { Migration } from './migration.js';

export const dashboardIndexesMigration: Migration = {
  version: 2,
  name: 'dashboard-indexes',
  up: `
-- "Errors only": the newest failed spans without scanning every span (entries are ordered by seq).
CREATE INDEX spans_errors ON spans (status) WHERE status = 'error';
-- Embedding calls carry cost too; with spans_llm_cover this makes "cost this month" index-only.
CREATE INDEX spans_embedding_cost ON spans (start_ns, cost_usd) WHERE kind = 'embedding';
`,
};

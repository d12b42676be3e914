/**
 * Model-version comparison: for one feature (or the whole app), each model version served side by
 * side with its cost per call, tokens per call, latency, error rate and — once the judge has written
 * `scores` — its mean quality per metric. Answers "did moving this feature to the new model save
 * money, and what did it cost in quality?".
 */
import type { Database } from '../sqlite/database.js';
import { msToNs } from '../util/clock.js';
import { appSpans, filterSql, prepared, type SpanFilter, tableExists } from './sql-helpers.js';

export interface ModelVersionQuality {
  mean: number;
  /** Scores behind the mean. */
  count: number;
}

export interface ModelVersionRow {
  /** The response model (the version served), else the requested one; `null` when neither is known. */
  model: string | null;
  calls: number;
  pricedCalls: number;
  costUsd: number | null;
  /** Cost over priced calls. */
  costPerCall: number | null;
  inputTokensPerCall: number | null;
  outputTokensPerCall: number | null;
  meanLatencyMs: number | null;
  errorRate: number;
  /** Mean judge score (0–1) per metric, e.g. `{ faithfulness: { mean: 0.91, count: 40 } }`. */
  quality: Record<string, ModelVersionQuality>;
}

export type ModelComparisonOptions = Omit<SpanFilter, 'model'>;

interface VersionRow {
  model: string | null;
  calls: number;
  priced: number;
  cost: number | null;
  input_avg: number | null;
  output_avg: number | null;
  latency_ms: number | null;
  errors: number;
}

interface QualityRow {
  model: string | null;
  metric: string;
  mean: number;
  count: number;
}

export function compareModelVersions(db: Database, options: ModelComparisonOptions = {}): ModelVersionRow[] {
  const spans = appSpans(
    'COALESCE(response_model, request_model) AS model, cost_usd, input_tokens, output_tokens, end_ns - start_ns AS duration_ns, status',
    filterSql(options),
  );
  const versions = prepared(
    db,
    `SELECT model, COUNT(*) AS calls, COUNT(cost_usd) AS priced, SUM(cost_usd) AS cost,
       AVG(input_tokens) AS input_avg, AVG(output_tokens) AS output_avg,
       AVG(duration_ns / 1e6) AS latency_ms, SUM(status = 'error') AS errors
     FROM ${spans.sql} GROUP BY 1 ORDER BY calls DESC, model`,
  ).all(...spans.params) as VersionRow[];

  const quality = qualityByModel(db, options);
  return versions.map((row) => ({
    model: row.model,
    calls: row.calls,
    pricedCalls: row.priced,
    costUsd: row.cost,
    costPerCall: row.cost === null || row.priced === 0 ? null : row.cost / row.priced,
    inputTokensPerCall: row.input_avg,
    outputTokensPerCall: row.output_avg,
    meanLatencyMs: row.latency_ms,
    errorRate: row.calls === 0 ? 0 : row.errors / row.calls,
    quality: quality.get(row.model) ?? {},
  }));
}

/**
 * Mean score per model version and metric. A score names its model (and feature, user, agent)
 * directly, or through the span it scores, or else through the last LLM call of its trace; it is in
 * range when that span (else the score itself) falls inside the filter's time range.
 */
function qualityByModel(
  db: Database,
  options: ModelComparisonOptions,
): Map<string | null, Record<string, ModelVersionQuality>> {
  const result = new Map<string | null, Record<string, ModelVersionQuality>>();
  if (!tableExists(db, 'scores')) return result;
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    conditions.push(sql);
    params.push(value);
  };
  const time = 'COALESCE(sp.start_ns, lt.start_ns, s.created_ns)';
  if (options.sinceMs !== undefined) add(`${time} >= ?`, msToNs(options.sinceMs));
  if (options.untilMs !== undefined) add(`${time} < ?`, msToNs(options.untilMs));
  if (options.feature !== undefined) add('COALESCE(s.feature, sp.feature, lt.feature) = ?', options.feature);
  if (options.userId !== undefined) add('COALESCE(s.user_id, sp.user_id, lt.user_id) = ?', options.userId);
  if (options.agent !== undefined) add('COALESCE(s.agent, sp.agent, lt.agent) = ?', options.agent);
  if (options.sessionId !== undefined) add('COALESCE(sp.session_id, lt.session_id) = ?', options.sessionId);
  const rows = prepared(
    db,
    `SELECT model, metric, AVG(value) AS mean, COUNT(*) AS count FROM (
       SELECT s.metric AS metric, s.value AS value,
         COALESCE(s.response_model, sp.response_model, sp.request_model, lt.response_model, lt.request_model) AS model
       FROM scores s
       LEFT JOIN spans sp ON sp.span_id = s.span_id
       LEFT JOIN spans lt ON lt.span_id = (SELECT t.span_id FROM spans t
         WHERE t.trace_id = s.trace_id AND t.kind = 'llm' ORDER BY t.start_ns DESC LIMIT 1)
       WHERE 1 = 1${conditions.map((c) => ` AND ${c}`).join('')}
     ) GROUP BY model, metric ORDER BY model, metric`,
  ).all(...params) as QualityRow[];
  for (const row of rows) {
    const metrics = result.get(row.model) ?? {};
    metrics[row.metric] = { mean: row.mean, count: row.count };
    result.set(row.model, metrics);
  }
  return result;
}

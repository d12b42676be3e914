// Read queries for the dashboard and other read-only consumers (the TUI opens the file read-only).

export { createDataVersionProbe } from './data-version.js';
export {
  type AgentTotalsRow,
  DURATION_BUCKETS_PER_E,
  type DurationBucketRow,
  type ModelCallStats,
  type ModelCallStatsRow,
  readAgentTotals,
  readModelCallStats,
  type WindowQuery,
} from './read-agent-activity.js';
export { type AlertRow, acknowledgeAlert, readAlerts } from './read-alerts.js';
export {
  APP_COST_KINDS,
  type CostAmountRow,
  readCostAfter,
  readCostBuckets,
  readSeqBounds,
  type SeqBounds,
} from './read-cost-ledger.js';
export { type CostBucketRow, type CostSeriesKey, readCostSeries } from './read-cost-series.js';
export { type RecentSpanRow, readRecentSpans, SEARCH_DEPTH } from './read-recent-spans.js';
export { type AgentScoreRow, readAgentScores, readScoreSeries, type ScoreBucketRow } from './read-scores.js';
export {
  readTraceScores,
  readTraceSpans,
  TRACE_SPAN_LIMIT,
  type TraceScoreRow,
  type TraceSpanRow,
} from './read-trace.js';
export { readWriterStats, type WriterStatsSummary } from './read-writer-stats.js';
export { type SpanFilter, type SqlClause, scoreFilterClause, spanFilterClause } from './span-filter.js';

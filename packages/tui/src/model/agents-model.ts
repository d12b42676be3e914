/** Rows of the agents table: per agent calls, tokens, cost, latency percentiles, TTFT, errors, judge scores. */
import {
  type AgentScoreRow,
  type AgentTotalsRow,
  DURATION_BUCKETS_PER_E,
  type DurationBucketRow,
  type ModelCallStats,
} from '@llmtop/core/sqlite';
import { formatCount, formatDuration, formatPartialCost, formatPercent, formatScore } from './format.js';
import type { Line } from './line.js';
import { histogramPercentile } from './percentile.js';
import { type Column, fitColumns, headerLine, rowLine, scrollWindow } from './table.js';

export const JUDGE_METRICS = [
  { metric: 'faithfulness', title: 'FAITH' },
  { metric: 'context_relevance', title: 'CTXR' },
  { metric: 'answer_relevance', title: 'ANSR' },
  { metric: 'instruction_adherence', title: 'INSTR' },
] as const;

/** Spans with no agent are grouped under this label. */
export const NO_AGENT = '(no agent)';

export interface AgentRow {
  /** null = spans outside any agent. */
  agent: string | null;
  calls: number;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Priced cost; null when nothing was priced. */
  costUsd: number | null;
  unpriced: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  ttftP50Ms: number | undefined;
  spans: number;
  errors: number;
  /** errors / spans over every span kind. */
  errorRate: number | undefined;
  scores: Record<string, { value: number; count: number } | undefined>;
}

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

export function buildAgentRows(input: {
  calls: ModelCallStats;
  totals: readonly AgentTotalsRow[];
  scores: readonly AgentScoreRow[];
}): AgentRow[] {
  const rows = new Map<string | null, AgentRow>();
  const rowFor = (agent: string | null): AgentRow => {
    let row = rows.get(agent);
    if (!row) {
      row = {
        agent,
        calls: 0,
        inputTokens: null,
        outputTokens: null,
        costUsd: null,
        unpriced: 0,
        p50Ms: undefined,
        p95Ms: undefined,
        ttftP50Ms: undefined,
        spans: 0,
        errors: 0,
        errorRate: undefined,
        scores: {},
      };
      rows.set(agent, row);
    }
    return row;
  };
  for (const stats of input.calls.agents) {
    Object.assign(rowFor(stats.agent), {
      calls: stats.calls,
      inputTokens: stats.inputTokens,
      outputTokens: stats.outputTokens,
      costUsd: stats.costUsd,
      unpriced: stats.unpriced,
    });
  }
  for (const total of input.totals) {
    const row = rowFor(total.agent);
    row.spans = total.spans;
    row.errors = total.errors;
    row.errorRate = total.spans > 0 ? total.errors / total.spans : undefined;
    row.costUsd = addNullable(row.costUsd, total.otherCostUsd);
  }
  for (const score of input.scores) {
    rowFor(score.agent).scores[score.metric] = { value: score.value, count: score.count };
  }
  const byAgent = (buckets: readonly DurationBucketRow[]) => {
    const map = new Map<string | null, DurationBucketRow[]>();
    for (const b of buckets) map.set(b.agent, [...(map.get(b.agent) ?? []), b]);
    return map;
  };
  const latency = byAgent(input.calls.latency);
  const ttft = byAgent(input.calls.ttft);
  for (const row of rows.values()) {
    const lat = latency.get(row.agent) ?? [];
    row.p50Ms = histogramPercentile(lat, 50, DURATION_BUCKETS_PER_E);
    row.p95Ms = histogramPercentile(lat, 95, DURATION_BUCKETS_PER_E);
    row.ttftP50Ms = histogramPercentile(ttft.get(row.agent) ?? [], 50, DURATION_BUCKETS_PER_E);
  }
  return [...rows.values()];
}

export const AGENT_SORT_KEYS = ['cost', 'calls', 'tokens', 'p95', 'errors', 'quality', 'agent'] as const;
export type AgentSortKey = (typeof AGENT_SORT_KEYS)[number];

function sortValue(row: AgentRow, key: AgentSortKey): number | string {
  switch (key) {
    case 'cost':
      return row.costUsd ?? -1;
    case 'calls':
      return row.calls;
    case 'tokens':
      return (row.inputTokens ?? 0) + (row.outputTokens ?? 0);
    case 'p95':
      return row.p95Ms ?? -1;
    case 'errors':
      return row.errorRate ?? -1;
    case 'quality': {
      const values = Object.values(row.scores).flatMap((s) => (s ? [s.value] : []));
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : -1;
    }
    case 'agent':
      return row.agent ?? '';
  }
}

export function sortAgentRows(rows: readonly AgentRow[], key: AgentSortKey, descending: boolean): AgentRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return order !== 0 ? sign * order : (a.agent ?? '').localeCompare(b.agent ?? '');
  });
}

/** Which column header carries the sort arrow. */
const SORT_COLUMN: Record<AgentSortKey, string> = {
  cost: 'cost',
  calls: 'calls',
  tokens: 'in',
  p95: 'p95',
  errors: 'err',
  quality: 'faithfulness',
  agent: 'agent',
};

const scoreTone = (value: number | undefined) =>
  value === undefined ? undefined : value < 0.5 ? 'bad' : value < 0.7 ? 'warn' : undefined;

export const AGENT_COLUMNS: Column<AgentRow>[] = [
  {
    key: 'agent',
    title: 'AGENT',
    width: 10,
    maxWidth: 28,
    flex: true,
    priority: 0,
    value: (r) => r.agent ?? NO_AGENT,
  },
  { key: 'calls', title: 'CALLS', width: 6, priority: 1, align: 'right', value: (r) => formatCount(r.calls) },
  {
    key: 'in',
    title: 'TOK IN',
    width: 6,
    priority: 5,
    align: 'right',
    value: (r) => formatCount(r.inputTokens),
  },
  {
    key: 'out',
    title: 'TOK OUT',
    width: 7,
    priority: 6,
    align: 'right',
    value: (r) => formatCount(r.outputTokens),
  },
  {
    key: 'cost',
    title: 'COST',
    width: 8,
    priority: 1,
    align: 'right',
    value: (r) => formatPartialCost(r.costUsd, r.unpriced),
  },
  { key: 'p50', title: 'P50', width: 6, priority: 7, align: 'right', value: (r) => formatDuration(r.p50Ms) },
  { key: 'p95', title: 'P95', width: 6, priority: 2, align: 'right', value: (r) => formatDuration(r.p95Ms) },
  {
    key: 'ttft',
    title: 'TTFT',
    width: 6,
    priority: 8,
    align: 'right',
    value: (r) => formatDuration(r.ttftP50Ms),
  },
  {
    key: 'err',
    title: 'ERR%',
    width: 5,
    priority: 2,
    align: 'right',
    value: (r) => formatPercent(r.errorRate),
    tone: (r) => (r.errors > 0 ? 'bad' : undefined),
  },
  ...JUDGE_METRICS.map(
    ({ metric, title }, index): Column<AgentRow> => ({
      key: metric,
      title,
      width: 5,
      priority: 3 + (index > 1 ? 1 : 0),
      align: 'right',
      value: (r) => formatScore(r.scores[metric]?.value),
      tone: (r) => scoreTone(r.scores[metric]?.value),
    }),
  ),
];

export interface AgentsTableModel {
  lines: Line[];
  /** Agent of each visible data row in display order (for Enter → filter). */
  agents: (string | null)[];
  total: number;
}

export function agentsTableModel(options: {
  rows: readonly AgentRow[];
  sort: AgentSortKey;
  descending: boolean;
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}): AgentsTableModel {
  const sorted = sortAgentRows(options.rows, options.sort, options.descending);
  const columns = fitColumns(AGENT_COLUMNS, options.width);
  const lines: Line[] = [headerLine(columns, SORT_COLUMN[options.sort], options.descending)];
  if (sorted.length === 0) {
    lines.push([{ text: 'no model calls in this window', tone: 'dim' }]);
    return { lines, agents: [], total: 0 };
  }
  const cursor = Math.min(options.cursor, sorted.length - 1);
  const view = scrollWindow(sorted.length, cursor, options.height - 1);
  for (let i = view.start; i < view.end; i++) {
    lines.push(rowLine(columns, sorted[i]!, options.focused && i === cursor));
  }
  return { lines, agents: sorted.map((r) => r.agent), total: sorted.length };
}

/** Everything one refresh reads from the file; the input of every view model. */
import type {
  AgentScoreRow,
  AgentTotalsRow,
  AlertRow,
  CostBucketRow,
  ModelCallStats,
  RecentSpanRow,
  ScoreBucketRow,
  TraceScoreRow,
  TraceSpanRow,
  WriterStatsSummary,
} from '@llmtop/core/sqlite';
import type { CostTotal } from './cost-ledger.js';

/** A budget's spend against its limit, for the header gauges. */
export interface BudgetGauge {
  label: string;
  /** spent / limit (may exceed 1). */
  ratio: number;
  spentUsd?: number;
  limitUsd?: number;
}

export type DataStatus =
  /** The file does not exist yet. */
  | 'missing'
  /** It exists but has no spans table yet (a writer is creating it) or no spans. */
  | 'empty'
  | 'ready'
  /** It could not be read; `message` says why. */
  | 'error';

export interface DashboardData {
  status: DataStatus;
  message?: string;
  path: string;
  nowMs: number;
  totalSpans: number;
  spansPerSecond: number | undefined;
  costToday: CostTotal;
  costMonth: CostTotal;
  writer: WriterStatsSummary | undefined;
  alerts: AlertRow[];
  budgets: BudgetGauge[];
  /** Where the budget gauges came from. */
  budgetSource: 'budgets' | 'alerts' | 'none';
  callStats: ModelCallStats;
  agentTotals: AgentTotalsRow[];
  agentScores: AgentScoreRow[];
  recent: RecentSpanRow[];
  costSeries: CostBucketRow[];
  scoreSeries: ScoreBucketRow[];
  trace: { traceId: string; spans: TraceSpanRow[]; scores: TraceScoreRow[] } | undefined;
  /** Duration of the last refresh's queries. */
  queryMs: number;
}

export function emptyData(path: string, nowMs: number, status: DataStatus = 'missing'): DashboardData {
  return {
    status,
    path,
    nowMs,
    totalSpans: 0,
    spansPerSecond: undefined,
    costToday: { usd: null, unpriced: 0 },
    costMonth: { usd: null, unpriced: 0 },
    writer: undefined,
    alerts: [],
    budgets: [],
    budgetSource: 'none',
    callStats: { agents: [], latency: [], ttft: [] },
    agentTotals: [],
    agentScores: [],
    recent: [],
    costSeries: [],
    scoreSeries: [],
    trace: undefined,
    queryMs: 0,
  };
}

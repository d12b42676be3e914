/**
 * The dashboard's only contact with the file: a read-only connection (opened when the file
 * appears), `PRAGMA data_version` polled on every tick, and the queries re-run only when another
 * process committed, the query changed, or a few seconds passed (time windows move).
 */
import { existsSync } from 'node:fs';
import {
  acknowledgeAlert,
  createDataVersionProbe,
  type Database,
  openDatabase,
  readAgentScores,
  readAgentTotals,
  readAlerts,
  readCostAfter,
  readCostBuckets,
  readCostSeries,
  readModelCallStats,
  readRecentSpans,
  readScoreSeries,
  readSeqBounds,
  readTraceScores,
  readTraceSpans,
  readWriterStats,
  type SpanFilter,
} from '@llmtop/core/sqlite';
import { gaugesFromAlerts } from '../model/alerts-model.js';
import { CostLedger, LEDGER_BUCKET_MS } from '../model/cost-ledger.js';
import { type DashboardData, emptyData } from '../model/dashboard-data.js';
import { addSample, type SeqSample, spansPerSecond } from '../model/ingest-rate.js';
import { startOfLocalDay, startOfLocalMonth } from '../model/periods.js';
import { budgetGauges, hasBudgets, loadBudgetStatus } from './budget-gauges.js';

export interface ReaderQuery {
  windowMs: number;
  filter: SpanFilter;
  chartBy: 'feature' | 'model';
  costBucketMs: number;
  scoreBucketMs: number;
  streamLimit: number;
  traceId: string | undefined;
}

export interface DashboardReaderOptions {
  path: string;
  clock?: () => number;
  /** Re-query at least this often even without commits (moving windows, decaying spans/s). */
  idleRefreshMs?: number;
  /** How often budget status (a sum per budget) is recomputed. */
  budgetRefreshMs?: number;
  /** Commits are picked up at most every `factor × last query time` ms. Default 10; 0 = always. */
  backoffFactor?: number;
}

const msToNs = (ms: number) => BigInt(Math.floor(ms)) * 1_000_000n;

export class DashboardReader {
  private db: Database | undefined;
  private probe: (() => number) | undefined;
  private lastVersion = -1;
  private lastQueryKey = '';
  private lastRefreshMs = 0;
  private lastQueryMs = 0;
  private samples: SeqSample[] = [];
  private readonly ledger = new CostLedger();
  private ledgerSeq = -1;
  private ledgerMinSeq = -1;
  private budgetsAtMs = 0;
  private budgets: DashboardData['budgets'] = [];
  private budgetSource: DashboardData['budgetSource'] = 'none';
  private readBudget: Awaited<ReturnType<typeof loadBudgetStatus>>;
  private readonly clock: () => number;
  private readonly idleRefreshMs: number;
  private readonly budgetRefreshMs: number;
  private readonly backoffFactor: number;

  constructor(private readonly options: DashboardReaderOptions) {
    this.clock = options.clock ?? Date.now;
    this.idleRefreshMs = options.idleRefreshMs ?? 5_000;
    this.budgetRefreshMs = options.budgetRefreshMs ?? 10_000;
    this.backoffFactor = options.backoffFactor ?? 10;
  }

  /** New data when something changed since the last call, else undefined. Never throws. */
  tick(query: ReaderQuery, force = false): DashboardData | undefined {
    const nowMs = this.clock();
    try {
      if (!this.db && !this.open()) {
        return emptyData(this.options.path, nowMs, 'missing');
      }
      const db = this.db!;
      const version = this.probe!();
      const key = JSON.stringify(query);
      const due =
        force ||
        version !== this.lastVersion ||
        key !== this.lastQueryKey ||
        nowMs - this.lastRefreshMs >= this.idleRefreshMs;
      if (!due) return undefined;
      // Slow refreshes (long windows over millions of spans) back off, so queries never take more
      // than about a tenth of the time; a changed query or an explicit refresh still runs at once.
      const backoff = this.lastQueryMs * this.backoffFactor;
      if (!force && key === this.lastQueryKey && nowMs - this.lastRefreshMs < backoff) return undefined;
      this.lastVersion = version;
      this.lastQueryKey = key;
      this.lastRefreshMs = nowMs;
      const hasSpans = db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'spans'")
        .get();
      if (!hasSpans) return emptyData(this.options.path, nowMs, 'empty');
      return this.refresh(db, query, nowMs);
    } catch (error) {
      this.close();
      const data = emptyData(this.options.path, nowMs, 'error');
      data.message = error instanceof Error ? error.message : String(error);
      return data;
    }
  }

  /** Loads the budgets module in the background (call once at start). */
  async prepareBudgets(): Promise<void> {
    this.readBudget = await loadBudgetStatus();
    this.budgetsAtMs = 0;
  }

  /**
   * Acknowledges an alert: the dashboard's one write, on a short-lived writable connection that is
   * closed straight after. Returns false if the alert was already acknowledged or the write failed.
   */
  acknowledge(alertId: number): boolean {
    let writable: Database | undefined;
    try {
      writable = openDatabase(this.options.path);
      return acknowledgeAlert(writable, alertId, msToNs(this.clock()));
    } catch {
      return false;
    } finally {
      writable?.close();
    }
  }

  close(): void {
    try {
      this.db?.close();
    } catch {
      // Closing a connection that failed is best effort.
    }
    this.db = undefined;
    this.probe = undefined;
    this.lastVersion = -1;
    this.ledgerSeq = -1;
  }

  private open(): boolean {
    if (!existsSync(this.options.path)) return false;
    this.db = openDatabase(this.options.path, { readonly: true });
    this.probe = createDataVersionProbe(this.db);
    return true;
  }

  private refresh(db: Database, query: ReaderQuery, nowMs: number): DashboardData {
    const started = performance.now();
    // One read transaction: every figure on the screen comes from the same snapshot.
    const data = db.transaction(() => this.readAll(db, query, nowMs))();
    this.refreshBudgets(db, data, nowMs);
    data.queryMs = performance.now() - started;
    this.lastQueryMs = data.queryMs;
    return data;
  }

  private readAll(db: Database, query: ReaderQuery, nowMs: number): DashboardData {
    const data = emptyData(this.options.path, nowMs, 'ready');
    const bounds = readSeqBounds(db);
    this.samples = addSample(this.samples, { atMs: nowMs, maxSeq: bounds.maxSeq });
    data.spansPerSecond = spansPerSecond(this.samples);
    data.totalSpans = bounds.maxSeq === 0 ? 0 : bounds.maxSeq - bounds.minSeq + 1;
    if (bounds.maxSeq === 0) data.status = 'empty';
    this.updateLedger(db, bounds, nowMs);
    data.costToday = this.ledger.totalSince(startOfLocalDay(nowMs));
    data.costMonth = this.ledger.totalSince(startOfLocalMonth(nowMs));
    data.writer = readWriterStats(db);
    data.alerts = readAlerts(db);

    const since = msToNs(nowMs - query.windowMs);
    const window = { sinceNs: since, filter: query.filter };
    data.callStats = readModelCallStats(db, window);
    data.agentTotals = readAgentTotals(db, window);
    data.agentScores = readAgentScores(db, window);
    data.recent = readRecentSpans(db, { limit: query.streamLimit, filter: query.filter });
    const chartSince = msToNs(Math.min(nowMs - query.windowMs, nowMs - query.costBucketMs * 120));
    data.costSeries = readCostSeries(db, {
      sinceNs: chartSince,
      bucketMs: query.costBucketMs,
      by: query.chartBy,
      filter: query.filter,
    });
    data.scoreSeries = readScoreSeries(db, {
      sinceNs: since,
      bucketMs: query.scoreBucketMs,
      filter: query.filter,
    });
    if (query.traceId) {
      data.trace = {
        traceId: query.traceId,
        spans: readTraceSpans(db, query.traceId),
        scores: readTraceScores(db, query.traceId),
      };
    }
    return data;
  }

  /** Full reload on first use or after rows were deleted (purge); otherwise only the new spans. */
  private updateLedger(db: Database, bounds: { minSeq: number; maxSeq: number }, nowMs: number) {
    if (this.ledgerSeq < 0 || bounds.minSeq !== this.ledgerMinSeq || bounds.maxSeq < this.ledgerSeq) {
      const since = Math.floor(startOfLocalMonth(nowMs) / LEDGER_BUCKET_MS) * LEDGER_BUCKET_MS;
      this.ledger.reset(readCostBuckets(db, { sinceNs: msToNs(since), bucketMs: LEDGER_BUCKET_MS }));
      this.ledgerSeq = bounds.maxSeq;
      this.ledgerMinSeq = bounds.minSeq;
      return;
    }
    if (bounds.maxSeq === this.ledgerSeq) return;
    const fresh = readCostAfter(db, this.ledgerSeq);
    this.ledger.add(fresh.rows);
    this.ledgerSeq = Math.max(fresh.maxSeq, bounds.maxSeq);
  }

  private refreshBudgets(db: Database, data: DashboardData, nowMs: number) {
    if (nowMs - this.budgetsAtMs >= this.budgetRefreshMs || this.budgetsAtMs === 0) {
      this.budgetsAtMs = nowMs;
      try {
        if (this.readBudget && hasBudgets(db)) {
          this.budgets = budgetGauges(this.readBudget, db, nowMs);
          this.budgetSource = 'budgets';
        } else {
          this.budgets = [];
          this.budgetSource = 'none';
        }
      } catch {
        this.budgets = [];
        this.budgetSource = 'none';
      }
    }
    if (this.budgetSource === 'budgets') {
      data.budgets = this.budgets;
      data.budgetSource = 'budgets';
    } else {
      data.budgets = gaugesFromAlerts(data.alerts);
      data.budgetSource = data.budgets.length > 0 ? 'alerts' : 'none';
    }
  }
}

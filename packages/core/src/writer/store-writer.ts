/**
 * The synchronous heart of every writer: pipeline + one transaction + post-commit checks. The worker
 * runs one; the app thread runs one for `writer: 'inline'`, for a full queue, and at exit.
 */

import { createDriftMonitor } from '../drift/index.js';
import { createJudgeQueue, createOfflineJudge, type SamplingReason } from '../judge/index.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { purgeExpired } from '../security/index.js';
import type { SerializedSpan, SpanData, SpanRow } from '../span/span-record.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import {
  createSpanInserter,
  rowField,
  type SpanInserter,
  type SpanRowValues,
} from '../sqlite/span-inserter.js';
import { createDefaultBudgetMonitor, createDefaultStages } from './default-stages.js';
import type {
  AppCounters,
  SampledTrace,
  WriteResult,
  WriterConfig,
  WriterJudgeStats,
  WrittenAlert,
} from './writer-config.js';

export interface StoreWriter {
  /** Writes spans as recorded (`SpanData`), or already serialised ones when `serialized` is true. */
  write(
    spans: readonly SpanData[] | readonly SerializedSpan[],
    counters?: AppCounters,
    serialized?: boolean,
  ): WriteResult;
  /** Queues a trace for the writer's offline judge (`config.offlineJudge`); false when there is none or it is full. */
  /** The pipeline alone (serialise, mask, price, sample, seal): rows ready for `commitRows`. */
  prepare: RowPreparer;
  /** Inserts prepared rows (objects, or positional values) in one transaction, then runs the post-commit checks. */
  commitRows(rows: readonly (SpanRow | SpanRowValues)[], counters?: AppCounters): WriteResult;
  judge(traceId: string, reason: SamplingReason, probability: number): boolean;
  /** Resolves when the writer's judge has nothing left to do. */
  drainJudge(): Promise<void>;
  judgeStats(): WriterJudgeStats | undefined;
  close(): void;
}

/**
 * The pipeline on its own: spans (as recorded, or already serialised) → `spans` rows. It needs no
 * database, so it also runs on the pipeline worker while the writer worker inserts.
 */
export interface RowPreparer {
  (spans: readonly SpanData[] | readonly SerializedSpan[], serialized?: boolean): SpanRow[];
  /** The pipeline underneath, for handing its per-trace placeholder numbering to another thread. */
  readonly pipeline: Pipeline;
}

export function createRowPreparer(
  config: WriterConfig,
  onError: (kind: string, error: unknown) => void,
): RowPreparer {
  const pipeline: Pipeline = createPipeline(createDefaultStages(config, onError));
  const prepare = (spans: readonly SpanData[] | readonly SerializedSpan[], serialized = false) =>
    serialized
      ? pipeline.process(spans as readonly SerializedSpan[])
      : pipeline.processRecorded(spans as readonly SpanData[], config.payloadLimits);
  return Object.assign(prepare, { pipeline });
}

export function createStoreWriter(
  config: WriterConfig,
  onError: (kind: string, error: unknown) => void,
): StoreWriter {
  const db: Database = openDatabase(config.path);
  const insert: SpanInserter = createSpanInserter(db);
  const budgets = createDefaultBudgetMonitor(config);
  try {
    budgets?.register(db);
  } catch (error) {
    onError('writer.budgets', error);
  }
  const RETENTION_EVERY_MS = 3_600_000;
  let lastRetention = 0;
  const enforceRetention = () => {
    if (!config.retention || Date.now() - lastRetention < RETENTION_EVERY_MS) return;
    lastRetention = Date.now();
    try {
      purgeExpired(db, config.retention);
    } catch (error) {
      onError('writer.retention', error);
    }
  };
  enforceRetention();
  const drift = config.drift
    ? createDriftMonitor({ ...config.drift, onError: (error) => onError('writer.drift', error) })
    : undefined;
  const judgeQueue = config.offlineJudge
    ? createJudgeQueue({
        database: db,
        judge: createOfflineJudge(),
        onError: (error, context) => onError(`judge.${context}`, error),
      })
    : undefined;
  const DRIFT_EVERY_MS = 1_000;
  let lastDriftScan = 0;
  const startedNs = BigInt(Date.now()) * 1_000_000n;
  const stats = db.prepare(
    `INSERT INTO writer_stats (pid, started_ns, updated_ns, spans_written, spans_dropped, spans_evicted, internal_errors, lag_ms)
     VALUES (@pid, @started, @now, @written, @dropped, @evicted, @errors, @lag)
     ON CONFLICT (pid) DO UPDATE SET updated_ns = @now, spans_written = spans_written + @written,
       spans_dropped = @dropped, spans_evicted = @evicted, internal_errors = @errors, lag_ms = @lag`,
  );

  const prepare = createRowPreparer(config, onError);

  return {
    write(spans, counters, serialized = false) {
      return this.commitRows(prepare(spans, serialized), counters);
    },
    prepare,
    commitRows(rows, counters) {
      const inserted = db.transaction(() => {
        const count = insert(rows);
        stats.run({
          pid: process.pid,
          started: startedNs,
          now: BigInt(Date.now()) * 1_000_000n,
          written: count,
          dropped: counters?.dropped ?? 0,
          evicted: counters?.evicted ?? 0,
          errors: counters?.internalErrors ?? 0,
          lag: counters?.lagMs ?? null,
        });
        return count;
      })();
      enforceRetention();
      const alerts: WrittenAlert[] = [];
      if (budgets) {
        try {
          alerts.push(...(budgets.check(db) as WrittenAlert[]));
        } catch (error) {
          onError('writer.budgets', error);
        }
      }
      if (drift && Date.now() - lastDriftScan >= DRIFT_EVERY_MS) {
        lastDriftScan = Date.now();
        alerts.push(...(drift.scan(db) as WrittenAlert[]));
      }
      const sampled: SampledTrace[] = [];
      const seen = new Set<string>();
      for (const row of rows) {
        const probability = rowField(row, 'judge_sample');
        const traceId = rowField(row, 'trace_id');
        if (probability === null || seen.has(traceId)) continue;
        seen.add(traceId);
        const reason = rowField(row, 'judge_reason') ?? 'rate';
        if (judgeQueue) judgeQueue.enqueue(traceId, reason as SamplingReason, probability);
        else sampled.push({ traceId, probability, reason });
      }
      const result: WriteResult = { inserted, alerts, sampled };
      const judged = this.judgeStats();
      if (judged) result.judge = judged;
      return result;
    },
    judge(traceId, reason, probability) {
      return judgeQueue?.enqueue(traceId, reason, probability) ?? false;
    },
    drainJudge() {
      return judgeQueue?.drain() ?? Promise.resolve();
    },
    judgeStats() {
      if (!judgeQueue) return undefined;
      const stats = judgeQueue.stats();
      return { judged: stats.judged, dropped: stats.dropped };
    },
    close() {
      try {
        db.close();
      } catch (error) {
        onError('writer.close', error);
      }
    },
  };
}

/**
 * Everything the writer needs, as plain structured-cloneable data: it crosses to the worker thread
 * through `workerData`, so no functions (custom recognizers are RegExps, budgets and prices are data).
 */
import type { BudgetMonitorOptions } from '../budgets/index.js';
import type { PriceBookOptions } from '../cost/index.js';
import type { DriftMonitorOptions } from '../drift/index.js';
import type { MaskerOptions } from '../pii/index.js';
import type { Keyring, RetentionPolicy } from '../security/index.js';
import type { SafeJsonOptions } from '../util/safe-json.js';

/** Drift monitor options that can cross to the worker (no functions). */
export type WriterDriftOptions = Omit<DriftMonitorOptions, 'userSegmentOf' | 'clock' | 'onError'>;

export interface WriterConfig {
  /** Absolute path of the SQLite file. */
  path: string;
  mask?: MaskerOptions;
  prices?: PriceBookOptions;
  /** Share of traces the judge scores, 0–1. */
  judgeSampleRate: number;
  budgets?: BudgetMonitorOptions;
  /** Payload encryption keys; absent = payloads stored in clear (masked). */
  keyring?: Keyring;
  /** Drift detection settings (plain data); absent = drift detection off. */
  drift?: WriterDriftOptions;
  /** Limits applied when payloads are serialised. */
  payloadLimits?: SafeJsonOptions;
  /** Retention, enforced when the writer opens the file and hourly; absent = no purging. */
  retention?: RetentionPolicy;
  /**
   * Judge sampled traces with the offline judge inside the writer (on the worker thread by default),
   * so its CPU never lands on the app thread. Off when the app passes its own judge (an LLM judge
   * needs the app's model object) or `judge: false`.
   */
  offlineJudge?: boolean;
  /**
   * The second writer thread (`pipeline-worker`): `auto` (default) starts it the first time the
   * writer falls behind, on machines with more than one core; `always` starts it with the writer;
   * `never` keeps the pipeline on the writer thread.
   */
  pipelineWorker?: 'auto' | 'always' | 'never';
}

/** A stored alert, as the writer reports it back to the app for `onAlert`. */
export interface WrittenAlert {
  kind: string;
  scope: string;
  level: string;
  message: string;
  details?: unknown;
}

/** A trace the pipeline sampled for judging. */
export interface SampledTrace {
  traceId: string;
  probability: number;
  reason: string;
}

export interface WriteResult {
  inserted: number;
  alerts: WrittenAlert[];
  /** Sampled traces for the app's judge; empty when the writer judges them itself. */
  sampled: SampledTrace[];
  /** The writer's own judge, when it has one. */
  judge?: WriterJudgeStats;
}

/** What the writer's offline judge has done so far. */
export interface WriterJudgeStats {
  judged: number;
  dropped: number;
}

/** Counters of the app thread, stored in `writer_stats` so the dashboard shows them. */
export interface AppCounters {
  dropped: number;
  evicted: number;
  internalErrors: number;
  lagMs?: number;
}

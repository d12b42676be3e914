/** Options of `createLlmtop`. Every field is optional; the defaults are what a user gets in one line. */
import type { BudgetConfig } from './budgets/index.js';
import type { PriceBookOptions } from './cost/index.js';
import type { Judge } from './judge/index.js';
import type { MaskerOptions } from './pii/index.js';
import type { RetentionPolicy } from './security/index.js';
import type { Clock } from './util/clock.js';
import type { IdGenerator } from './util/ids.js';
import type { InternalErrorHandler } from './util/internal-errors.js';
import type { SafeJsonOptions } from './util/safe-json.js';
import type { WriterDriftOptions, WrittenAlert } from './writer/writer-config.js';

export interface LiveExportOptions {
  /** OTLP/HTTP base endpoint, e.g. `http://localhost:4318` (`/v1/traces` is appended when missing). */
  endpoint: string;
  protocol?: 'http/protobuf' | 'http/json';
  headers?: Record<string, string>;
  gzip?: boolean;
  /** Strip inputs and outputs entirely. */
  noContent?: boolean;
  /** Time between export passes. Default 2,000 ms. */
  intervalMs?: number;
}

export interface LlmtopOptions {
  /** SQLite file. Default: `$LLMTOP_DB`, else `./llmtop.db`. */
  path?: string;
  /** `worker` (default): masking, pricing and SQLite off the app thread. `inline`: all on the app thread. */
  writer?: 'worker' | 'inline';
  /** Flush timer. Default 200 ms. */
  flushIntervalMs?: number;
  /** Spans per batch; a full batch is flushed without waiting for the timer. Default 1,000. */
  maxBatch?: number;
  /**
   * Spans queued in memory at most. Default 10,000. Spans handed to the writer and not yet
   * committed (held as compact bytes) are bounded at five times this.
   */
  maxQueue?: number;
  /**
   * A writer worker this far behind (its oldest unacknowledged batch, in ms) has its backlog written
   * by the app thread. Bounds what SIGKILL can lose during a burst the worker cannot absorb; below
   * it, masking and SQLite never run on the app thread. Default 2,000.
   */
  maxWriterLagMs?: number;
  /**
   * The writer's second thread, which masks batches while the writer inserts the previous ones:
   * `auto` (default) starts it the first time the writer falls behind, if the machine has more
   * than one core; `always`; `never`.
   */
  pipelineWorker?: 'auto' | 'always' | 'never';
  /** When the queue is full: `flush` (default) writes synchronously, losing nothing; `drop` counts and drops. */
  overflow?: 'flush' | 'drop';
  /** PII masking configuration (masking itself cannot be turned off). */
  mask?: MaskerOptions;
  /** Price overrides and custom models. */
  prices?: PriceBookOptions;
  /** Budgets; alerts at 80/100/150 % are stored and passed to `onAlert`. */
  budgets?: BudgetConfig[];
  /** IANA time zone budget periods align to. Default: the process's. */
  timeZone?: string;
  onAlert?: (alert: WrittenAlert) => void;
  /** Share of traces judged, 0–1. Default 0.15. */
  judgeSampleRate?: number;
  /**
   * The judge of sampled traces: by default the offline judge (no network), run in the writer
   * worker; an LLM judge from `createLlmJudge({ model })`, run on the app thread off every call's
   * path (it calls the app's model object); or `false` to store sampling decisions without judging.
   */
  judge?: Judge | false;
  /** Per-segment drift detection on judge scores, cost and latency. Default on; `false` turns it off. */
  drift?: WriterDriftOptions | false;
  /**
   * Encrypt payload columns with this key (or comma-separated keys, first active). Default:
   * `$LLMTOP_KEY`, else the file at `$LLMTOP_KEY_FILE`, else payloads are stored masked but in clear.
   */
  encryptionKey?: string;
  /** Retention clocks (days). Default: payloads 30, metrics 400. `false` disables purging. */
  retention?: RetentionPolicy | false;
  /**
   * Live OTLP export: committed spans are shipped in the background from the file (the outbox), so a
   * collector that is down loses nothing. Same settings as `llmtop export`.
   */
  export?: LiveExportOptions;
  /** Limits applied when payloads are serialised. */
  payloadLimits?: SafeJsonOptions;
  /** Open spans kept at most (oldest closed as an error beyond). Default 10,000. */
  maxOpenSpans?: number;
  /** Spans open longer than this are closed as errors. Default 10 minutes. */
  openSpanTimeoutMs?: number;
  /** Flush on exit, uncaught exceptions, SIGINT and SIGTERM. Default true. */
  handleExit?: boolean;
  onError?: InternalErrorHandler;
  clock?: Clock;
  ids?: IdGenerator;
}

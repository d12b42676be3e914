/** Messages between the app thread and the writer worker. */

import type { SamplingReason } from '../judge/index.js';
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import type { SpanRowValues } from '../sqlite/span-inserter.js';
import type { AppCounters, WriteResult, WriterConfig, WriterJudgeStats } from './writer-config.js';

export type ToWorker =
  /**
   * A batch as a structured-clone stream of `count` values (`span-batch-codec.ts`): the spans as
   * recorded (`SpanData`), or already serialised ones (`SerializedSpan`, `serialized: true`) when
   * something in them cannot be cloned. `bytes` views shared memory the app thread reuses once the
   * batch is acknowledged: read it before answering, never after.
   */
  | {
      type: 'batch';
      seq: number;
      bytes: Uint8Array;
      count: number;
      serialized: boolean;
      counters: AppCounters;
      /** Batches posted before this one and not yet acknowledged. */
      backlog: number;
      postedAtMs: number;
    }
  | { type: 'judge'; traceId: string; reason: SamplingReason; probability: number }
  /** Asks for `judge-drained` once the writer's judge is idle. */
  | { type: 'drain-judge'; seq: number }
  | { type: 'close' };

/** The spans inside a batch's bytes. */
export type BatchSpans = SpanData[] | SerializedSpan[];

export type FromWorker =
  | { type: 'committed'; seq: number; result: WriteResult }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'error'; kind: string; message: string }
  | { type: 'judge-drained'; seq: number; stats?: WriterJudgeStats }
  | { type: 'closed' };

/** What the app thread hands the writer worker at start (`workerData`). */
export interface WriterWorkerData {
  config: WriterConfig;
  /**
   * One Int32: the highest batch sequence number the app thread has written itself (taking over a
   * lagging worker, or at exit). The worker skips those batches instead of redoing their work.
   */
  takenOver: SharedArrayBuffer;
}

/** What the writer worker hands the pipeline worker at start (`workerData`). */
export interface PipelineWorkerData {
  config: WriterConfig;
  /**
   * The writer's per-trace placeholder numbering so far (`Pipeline.exportScopes`): traces in flight
   * keep `<EMAIL_1>` for the same address across the switch. Raw values, between threads only.
   */
  scopes: [traceId: string, snapshot: unknown][];
}

/** Writer worker → pipeline worker. */
export type ToPipeline = {
  type: 'prepare';
  seq: number;
  /** The batch's shared bytes, as the app thread posted them. */
  bytes: Uint8Array;
  count: number;
  serialized: boolean;
};

/** Pipeline worker → writer worker. */
export type FromPipeline =
  | { type: 'prepared'; seq: number; rows: SpanRowValues[] }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'error'; kind: string; message: string };

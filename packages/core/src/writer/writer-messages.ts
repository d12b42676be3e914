/** Messages between the app thread and the writer worker. */

import type { SamplingReason } from '../judge/index.js';
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import type { AppCounters, WriteResult, WriterJudgeStats } from './writer-config.js';

export type ToWorker =
  /**
   * A batch as `v8.serialize` bytes: of the spans as recorded (`SpanData[]`), or of already
   * serialised ones (`SerializedSpan[]`, `serialized: true`) when something in them cannot be cloned.
   */
  | { type: 'batch'; seq: number; bytes: Uint8Array; serialized: boolean; counters: AppCounters }
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

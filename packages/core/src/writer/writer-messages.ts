/** Messages between the app thread and the writer worker. */
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import type { AppCounters, WriteResult } from './writer-config.js';

export type ToWorker =
  /** Spans as recorded (structured-cloned), or already serialised when cloning them failed. */
  | { type: 'batch'; seq: number; spans: SpanData[]; serialized: false; counters: AppCounters }
  | { type: 'batch'; seq: number; spans: SerializedSpan[]; serialized: true; counters: AppCounters }
  | { type: 'close' };

export type FromWorker =
  | { type: 'committed'; seq: number; result: WriteResult }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'error'; kind: string; message: string }
  | { type: 'closed' };

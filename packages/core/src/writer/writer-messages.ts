/** Messages between the app thread and the writer worker. */
import type { SerializedSpan } from '../span/span-record.js';
import type { AppCounters, WriteResult } from './writer-config.js';

export type ToWorker =
  | { type: 'batch'; seq: number; spans: SerializedSpan[]; counters: AppCounters }
  | { type: 'close' };

export type FromWorker =
  | { type: 'committed'; seq: number; result: WriteResult }
  | { type: 'failed'; seq: number; message: string }
  | { type: 'error'; kind: string; message: string }
  | { type: 'closed' };

/** How the app thread hands finished spans to storage. */
import type { SamplingReason } from '../judge/index.js';
import type { SpanData } from '../span/span-record.js';
import type { AppCounters, WriteResult, WriterJudgeStats } from './writer-config.js';

export interface SpanWriter {
  /** Hands a batch off. The worker writer returns at once; the inline writer writes before returning. */
  write(spans: SpanData[], counters: AppCounters): void;
  /** Writes everything not yet acknowledged as committed, synchronously, on the app thread. */
  writeSync(spans: SpanData[], counters: AppCounters): void;
  /** Resolves when every batch handed off so far is committed (or written by the fallback). */
  settle(): Promise<void>;
  /** Batches handed off and not yet acknowledged. */
  readonly inFlight: number;
  /** Spans in those batches. */
  readonly inFlightSpans: number;
  /** Has committed a batch (a worker that is still starting up is not warm). */
  readonly warm: boolean;
  /** Age in ms of the oldest batch not yet acknowledged, 0 when none. */
  oldestInFlightMs(now: number): number;
  /** Queues a trace for the writer's own offline judge (`WriterConfig.offlineJudge`). */
  judge(traceId: string, reason: SamplingReason, probability: number): void;
  /** Resolves when the writer's judge is idle. */
  drainJudge(): Promise<void>;
  close(): Promise<void>;
}

export interface WriterEvents {
  onResult(result: WriteResult): void;
  /** The writer's own judge reported its counters (after a drain). */
  onJudgeStats?(stats: WriterJudgeStats): void;
  onError(kind: string, error: unknown): void;
}

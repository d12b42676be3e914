/**
 * The default writer: masking, pricing and SQLite run on a worker thread; the app thread only posts.
 *
 * A batch crosses as structured-clone bytes (`span-batch-codec.ts`), copied once into pooled shared
 * memory (`shared-bytes-pool.ts`) that the worker reads in place. The bytes, not the span objects,
 * stay in `pending` until the worker acknowledges the commit, so `writeSync` (exit, a full queue, a
 * dead worker) can still write whatever is not yet on disk — the insert is idempotent — while the
 * recorded spans themselves die young instead of ageing into the old generation for the GC to trace.
 */
import type { SamplingReason } from '../judge/index.js';
import type { SerializedSpan, SpanData } from '../span/span-record.js';
import { createInlineWriter, type InlineWriter } from './inline-writer.js';
import { createSharedBytesPool } from './shared-bytes-pool.js';
import { decodeSpanBatch, encodeSpanBatch } from './span-batch-codec.js';
import type { SpanWriter, WriterEvents } from './span-writer.js';
import { spawnWorker } from './spawn-worker.js';
import type { AppCounters, WriterConfig } from './writer-config.js';
import type { FromWorker, ToWorker, WriterWorkerData } from './writer-messages.js';

interface PendingBatch {
  /** A view over pooled shared memory, read in place by the worker (plain bytes if there was none). */
  bytes: Uint8Array;
  serialized: boolean;
  spans: number;
}

export function createWorkerWriter(config: WriterConfig, events: WriterEvents): SpanWriter {
  // The app-thread fallback (exit, a full queue, a lagging or dead worker) never judges: traces it
  // samples go to the worker's judge, so judging stays off the app thread while the worker lives.
  const fallback = createInlineWriter(
    { ...config, offlineJudge: false },
    {
      ...events,
      onResult(result) {
        if (config.offlineJudge) {
          for (const trace of result.sampled) judgeTrace(trace.traceId, trace.reason, trace.probability);
          events.onResult({ ...result, sampled: [] });
        } else {
          events.onResult(result);
        }
      },
    },
  );
  /** Only once the worker has died: an app-thread writer whose store judges (opened on first use). */
  let deadModeJudge: InlineWriter | undefined;
  const judgeTrace = (traceId: string, reason: string, probability: number) => {
    if (dead) {
      deadModeJudge ??= createInlineWriter(config, events);
      deadModeJudge.judge(traceId, reason as SamplingReason, probability);
    } else {
      worker.postMessage({
        type: 'judge',
        traceId,
        reason: reason as SamplingReason,
        probability,
      } satisfies ToWorker);
    }
  };
  const sharedBytes = createSharedBytesPool();
  const pending = new Map<number, PendingBatch>();
  let pendingSpans = 0;
  let warm = false;
  const forget = (seq: number) => {
    const batch = pending.get(seq);
    if (batch) pendingSpans -= batch.spans;
    pending.delete(seq);
    postedAt.delete(seq);
    return batch;
  };
  const decode = (batch: PendingBatch) => decodeSpanBatch(batch.bytes, batch.spans);
  /** The bytes in pooled shared memory; if that cannot be had, as they are (`postMessage` copies them). */
  const inSharedMemory = (bytes: Uint8Array): Uint8Array => {
    try {
      return sharedBytes.copy(bytes);
    } catch (error) {
      events.onError('writer.shared-memory', error);
      return bytes;
    }
  };
  const postedAt = new Map<number, number>();
  let waiters: (() => void)[] = [];
  let seq = 0;
  let dead = false;
  let closing: Promise<void> | undefined;

  // The highest batch the app thread has written itself; the worker skips those (no double masking).
  const takenOver = new SharedArrayBuffer(4);
  const writtenByApp = new Int32Array(takenOver);
  const worker = spawnWorker(import.meta.url, 'writer-worker', {
    config,
    takenOver,
  } satisfies WriterWorkerData);
  worker.unref();

  // The worker keeps the process alive only while a batch is in flight: an app that awaits
  // `flush()` gets its answer, and an idle llmtop never holds the process open.
  let referenced = false;
  const holdProcess = (hold: boolean) => {
    if (hold === referenced || dead) return;
    referenced = hold;
    if (hold) worker.ref();
    else worker.unref();
  };
  /** `drain-judge` requests waiting for their answer, by sequence number. */
  const judgeDrains = new Map<number, () => void>();
  let judgeDrainSeq = 0;
  const wake = () => {
    if (pending.size > 0 || judgeDrains.size > 0) return;
    holdProcess(false);
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  /** Writes the pending batches (and `extra`) on this thread, in order, then forgets them. */
  const takeOverPending = (counters: AppCounters, extra: SpanData[] = []) => {
    const batches = [...pending.values()];
    pending.clear();
    postedAt.clear();
    pendingSpans = 0;
    Atomics.store(writtenByApp, 0, seq);
    const recorded: SpanData[] = [];
    for (const batch of batches) {
      const spans = decode(batch);
      if (batch.serialized) fallback.writeSerialized(spans as SerializedSpan[], counters);
      else recorded.push(...(spans as SpanData[]));
    }
    fallback.writeSync(recorded.concat(extra), counters);
    wake();
  };
  const die = (error: unknown) => {
    if (dead) return;
    dead = true;
    events.onError('writer.worker', error);
    // Judging queued in the worker is lost with it; nobody waits for it any longer.
    for (const resolve of judgeDrains.values()) resolve();
    judgeDrains.clear();
    try {
      takeOverPending({ dropped: 0, evicted: 0, internalErrors: 0 });
    } catch (failure) {
      events.onError('writer.fallback', failure);
    }
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'committed': {
        warm = true;
        const batch = forget(message.seq);
        if (batch) sharedBytes.release(batch.bytes);
        events.onResult(message.result);
        wake();
        break;
      }
      case 'failed': {
        // The worker could not write this batch; write it here so nothing is lost silently.
        const batch = forget(message.seq);
        events.onError('writer.batch', new Error(message.message));
        try {
          if (batch) {
            const spans = decode(batch);
            const counters = { dropped: 0, evicted: 0, internalErrors: 0 };
            if (batch.serialized) fallback.writeSerialized(spans as SerializedSpan[], counters);
            else fallback.writeSync(spans as SpanData[], counters);
            sharedBytes.release(batch.bytes);
          }
        } catch (error) {
          events.onError('writer.fallback', error);
        }
        wake();
        break;
      }
      case 'error':
        events.onError(message.kind, new Error(message.message));
        break;
      case 'judge-drained': {
        if (message.stats) events.onJudgeStats?.(message.stats);
        const resolve = judgeDrains.get(message.seq);
        judgeDrains.delete(message.seq);
        resolve?.();
        wake();
        break;
      }
      case 'closed':
        break;
    }
  });
  worker.on('error', die);
  worker.on('exit', (code) => {
    if (!closing) die(new Error(`writer worker exited with code ${code}`));
  });

  return {
    write(spans, counters) {
      if (spans.length === 0) return;
      if (dead) return fallback.writeSync(spans, counters);
      // The clone format is the cheapest copy for the app thread; JSON serialisation and masking
      // happen on the worker.
      const encoded = encodeSpanBatch(spans, config.payloadLimits);
      const batch: PendingBatch = {
        bytes: inSharedMemory(encoded.bytes),
        serialized: encoded.serialized,
        spans: encoded.count,
      };
      seq++;
      const backlog = pending.size;
      pending.set(seq, batch);
      pendingSpans += batch.spans;
      postedAt.set(seq, Date.now());
      holdProcess(true);
      worker.postMessage({
        type: 'batch',
        seq,
        bytes: batch.bytes,
        count: batch.spans,
        serialized: batch.serialized,
        counters,
        backlog,
        postedAtMs: Date.now(),
      } satisfies ToWorker);
    },
    writeSync(spans, counters) {
      takeOverPending(counters, spans);
    },
    settle() {
      if (pending.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    get inFlight() {
      return pending.size;
    },
    get inFlightSpans() {
      return pendingSpans;
    },
    get warm() {
      return warm;
    },
    oldestInFlightMs(now) {
      const first = postedAt.values().next();
      return first.done ? 0 : now - first.value;
    },
    judge(traceId, reason, probability) {
      judgeTrace(traceId, reason, probability);
    },
    drainJudge() {
      if (dead) return deadModeJudge?.drainJudge() ?? Promise.resolve();
      const seq = ++judgeDrainSeq;
      holdProcess(true);
      const drained = new Promise<void>((resolve) => judgeDrains.set(seq, resolve));
      worker.postMessage({ type: 'drain-judge', seq } satisfies ToWorker);
      return drained.then(() => deadModeJudge?.drainJudge());
    },
    close() {
      closing ??= (async () => {
        if (!dead) {
          await this.settle();
          await new Promise<void>((resolve) => {
            worker.ref();
            worker.once('exit', () => resolve());
            worker.postMessage({ type: 'close' } satisfies ToWorker);
          });
        }
        await fallback.close();
        await deadModeJudge?.close();
      })();
      return closing;
    },
  };
}

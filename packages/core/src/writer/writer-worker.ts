/**
 * The writer worker thread: receives batches, writes them, acknowledges commits.
 *
 * While it keeps up, each batch runs the whole store writer here (pipeline, then one transaction).
 * The first time it falls behind (a batch arrives with two or more still unacknowledged), it starts
 * the pipeline worker and from then on only inserts: the next batch is masked there while this
 * thread inserts the previous one. If that worker fails, the batches it held are reported failed
 * (the app thread writes them from its own copy) and later ones are written here as before.
 *
 * Batches the app thread already wrote itself (it takes over a lagging worker, and writes at exit)
 * are skipped, so no batch is masked twice.
 */
import { availableParallelism } from 'node:os';
import { parentPort, type Worker, workerData } from 'node:worker_threads';
import { errorMessage } from '../util/error-message.js';
import { decodeSpanBatch } from './span-batch-codec.js';
import { spawnWorker } from './spawn-worker.js';
import { createStoreWriter } from './store-writer.js';
import { lowerThisThreadPriority } from './thread-priority.js';
import type { WriteResult } from './writer-config.js';
import type {
  FromPipeline,
  FromWorker,
  PipelineWorkerData,
  ToPipeline,
  ToWorker,
  WriterWorkerData,
} from './writer-messages.js';

type Batch = Extract<ToWorker, { type: 'batch' }>;

/** A batch that waited this long in a queue of two or more shows the writer is behind. */
const BEHIND_AFTER_MS = 100;

const port = parentPort;
if (port) {
  lowerThisThreadPriority();
  const { config, takenOver } = workerData as WriterWorkerData;
  const writtenByApp = new Int32Array(takenOver);
  const skip = (seq: number) => Atomics.load(writtenByApp, 0) >= seq;
  const post = (message: FromWorker) => port.postMessage(message);
  const reportError = (kind: string, error: unknown) =>
    post({ type: 'error', kind, message: errorMessage(error) });
  const writer = createStoreWriter(config, reportError);
  const nothing = (): WriteResult => ({ inserted: 0, alerts: [], sampled: [] });

  const commit = (seq: number, write: () => WriteResult) => {
    try {
      post({ type: 'committed', seq, result: skip(seq) ? nothing() : write() });
    } catch (error) {
      post({ type: 'failed', seq, message: errorMessage(error) });
    }
  };
  const writeHere = (batch: Batch) =>
    commit(batch.seq, () =>
      writer.write(decodeSpanBatch(batch.bytes, batch.count), batch.counters, batch.serialized),
    );

  // ── The pipeline worker ──────────────────────────────────────────────────────────────────────
  const mode = config.pipelineWorker ?? 'auto';
  let pipeline: Worker | undefined;
  let pipelineFailed = mode === 'never' || (mode === 'auto' && availableParallelism() < 2);
  /** Batches handed to the pipeline worker, in order, until their rows come back. */
  const forwarded = new Map<number, Batch>();
  let whenForwardedDone: (() => void) | undefined;
  const forwardedDone = () => {
    if (forwarded.size === 0 && whenForwardedDone) {
      const done = whenForwardedDone;
      whenForwardedDone = undefined;
      done();
    }
  };

  /** The pipeline worker owns a forwarded batch's bytes; if it fails, the app thread writes it. */
  const giveBack = (batch: Batch, reason: string) =>
    post({ type: 'failed', seq: batch.seq, message: `pipeline worker: ${reason}` });

  const pipelineFails = (error: unknown) => {
    if (pipelineFailed) return;
    pipelineFailed = true;
    reportError('writer.pipeline-worker', error);
    void pipeline?.terminate();
    const batches = [...forwarded.values()];
    forwarded.clear();
    for (const batch of batches) giveBack(batch, errorMessage(error));
    forwardedDone();
  };

  const startPipeline = () => {
    try {
      // From here on the pipeline worker masks every batch; it carries on the numbering of the
      // traces this thread has masked so far.
      pipeline = spawnWorker(import.meta.url, 'pipeline-worker', {
        config,
        scopes: writer.prepare.pipeline.exportScopes(),
      } satisfies PipelineWorkerData);
    } catch (error) {
      pipelineFails(error);
      return;
    }
    pipeline.on('message', (message: FromPipeline) => {
      switch (message.type) {
        case 'prepared': {
          const batch = forwarded.get(message.seq);
          forwarded.delete(message.seq);
          if (batch) commit(batch.seq, () => writer.commitRows(message.rows, batch.counters));
          forwardedDone();
          break;
        }
        case 'failed': {
          const batch = forwarded.get(message.seq);
          forwarded.delete(message.seq);
          if (batch) giveBack(batch, message.message);
          forwardedDone();
          break;
        }
        case 'error':
          post({ type: 'error', kind: message.kind, message: message.message });
          break;
      }
    });
    pipeline.on('error', pipelineFails);
    pipeline.on('exit', (code) => pipelineFails(new Error(`pipeline worker exited with code ${code}`)));
  };
  if (mode === 'always' && !pipelineFailed) startPipeline();

  // Falling behind: batches queue up (two or more unacknowledged when this one was posted) and this
  // one waited. Batches posted before this thread was up only show that it was starting.
  const startedAtMs = Date.now();
  const isBehind = (batch: Batch) =>
    batch.backlog >= 2 && batch.postedAtMs > startedAtMs && Date.now() - batch.postedAtMs > BEHIND_AFTER_MS;

  const onBatch = (batch: Batch) => {
    if (skip(batch.seq)) {
      post({ type: 'committed', seq: batch.seq, result: nothing() });
      return;
    }
    // Batches are handed over from the moment it is spawned: they wait in its port while it boots.
    if (pipeline && !pipelineFailed) {
      forwarded.set(batch.seq, batch);
      // Shared, not copied: the app thread keeps the memory until this batch is acknowledged.
      pipeline.postMessage({
        type: 'prepare',
        seq: batch.seq,
        bytes: batch.bytes,
        count: batch.count,
        serialized: batch.serialized,
      } satisfies ToPipeline);
      return;
    }
    if (!pipeline && !pipelineFailed && isBehind(batch)) startPipeline();
    writeHere(batch);
  };

  const close = () => {
    const finish = () =>
      void writer.drainJudge().finally(() => {
        pipelineFailed = true; // its exit is expected now
        void pipeline?.terminate();
        writer.close();
        post({ type: 'closed' });
        port.close();
      });
    if (forwarded.size === 0) finish();
    else whenForwardedDone = finish;
  };

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'batch':
        onBatch(message);
        break;
      case 'judge':
        writer.judge(message.traceId, message.reason, message.probability);
        break;
      case 'drain-judge':
        void writer.drainJudge().finally(() => {
          const stats = writer.judgeStats();
          post({ type: 'judge-drained', seq: message.seq, ...(stats ? { stats } : {}) });
        });
        break;
      case 'close':
        close();
        break;
    }
  });
}

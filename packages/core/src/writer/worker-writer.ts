/**
 * The default writer: masking, pricing and SQLite run on a worker thread; the app thread only posts.
 * Every batch stays in `pending` until the worker acknowledges its commit, so `writeSync` (exit, a
 * full queue, a dead worker) can write whatever is not yet on disk; the insert is idempotent.
 */
import { Worker } from 'node:worker_threads';
import { serializeSpan } from '../pipeline/serialize-span.js';
import type { SpanData } from '../span/span-record.js';
import { createInlineWriter } from './inline-writer.js';
import type { SpanWriter, WriterEvents } from './span-writer.js';
import type { AppCounters, WriterConfig } from './writer-config.js';
import type { FromWorker, ToWorker } from './writer-messages.js';

function startWorker(config: WriterConfig): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    // Running from TypeScript sources (tests, tsx): the worker registers the tsx loader first.
    const entry = new URL('./writer-worker.ts', self).href;
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(bootstrap, { eval: true, workerData: config });
  }
  return new Worker(new URL('./writer-worker.js', self), { workerData: config });
}

export function createWorkerWriter(config: WriterConfig, events: WriterEvents): SpanWriter {
  const fallback = createInlineWriter(config, events);
  const pending = new Map<number, SpanData[]>();
  const postedAt = new Map<number, number>();
  let waiters: (() => void)[] = [];
  let seq = 0;
  let dead = false;
  let closing: Promise<void> | undefined;

  const worker = startWorker(config);
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
  const wake = () => {
    if (pending.size > 0) return;
    holdProcess(false);
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  const takeOverPending = (counters: AppCounters) => {
    const spans = [...pending.values()].flat();
    pending.clear();
    postedAt.clear();
    fallback.writeSync(spans, counters);
    wake();
  };
  const die = (error: unknown) => {
    if (dead) return;
    dead = true;
    events.onError('writer.worker', error);
    try {
      takeOverPending({ dropped: 0, evicted: 0, internalErrors: 0 });
    } catch (failure) {
      events.onError('writer.fallback', failure);
    }
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'committed':
        pending.delete(message.seq);
        postedAt.delete(message.seq);
        events.onResult(message.result);
        wake();
        break;
      case 'failed': {
        // The worker could not write this batch; write it here so nothing is lost silently.
        const spans = pending.get(message.seq) ?? [];
        pending.delete(message.seq);
        postedAt.delete(message.seq);
        events.onError('writer.batch', new Error(message.message));
        try {
          fallback.writeSync(spans, { dropped: 0, evicted: 0, internalErrors: 0 });
        } catch (error) {
          events.onError('writer.fallback', error);
        }
        wake();
        break;
      }
      case 'error':
        events.onError(message.kind, new Error(message.message));
        break;
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
      seq++;
      pending.set(seq, spans);
      postedAt.set(seq, Date.now());
      holdProcess(true);
      try {
        // Structured clone is the cheapest copy for the app thread; serialisation happens on the worker.
        worker.postMessage({ type: 'batch', seq, spans, serialized: false, counters } satisfies ToWorker);
      } catch {
        // Something in a payload cannot be cloned (a function, a proxy, a throwing getter): serialise here.
        const serialized = spans.map((span) => serializeSpan(span, config.payloadLimits));
        worker.postMessage({
          type: 'batch',
          seq,
          spans: serialized,
          serialized: true,
          counters,
        } satisfies ToWorker);
      }
    },
    writeSync(spans, counters) {
      const all = [...pending.values()].flat().concat(spans);
      pending.clear();
      postedAt.clear();
      fallback.writeSync(all, counters);
      wake();
    },
    settle() {
      if (pending.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    get inFlight() {
      return pending.size;
    },
    oldestInFlightMs(now) {
      const first = postedAt.values().next();
      return first.done ? 0 : now - first.value;
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
      })();
      return closing;
    },
  };
}

/**
 * `createLlmtop`: the composition root. It owns every piece of state (recorder, queue, writer,
 * timers, exit hooks); nothing happens at import time.
 */
import { resolve } from 'node:path';
import { AmbientContextStore } from './context/ambient-context.js';
import { createEvaluatorRecorder, createJudgeQueue, type JudgeQueue } from './judge/index.js';
import { installExitHooks } from './lifecycle/exit-hooks.js';
import type { Llmtop, LlmtopStats, SpanHandle } from './llmtop.types.js';
import type { LlmtopOptions } from './llmtop-options.js';
import { createRecorder } from './recorder/recorder.js';
import { loadKeyring } from './security/index.js';
import type { SpanData } from './span/span-record.js';
import { type Database, openDatabase } from './sqlite/database.js';
import { systemClock } from './util/clock.js';
import { createIdGenerator } from './util/ids.js';
import { createInternalErrors } from './util/internal-errors.js';
import { createInlineWriter } from './writer/inline-writer.js';
import type { SpanWriter, WriterEvents } from './writer/span-writer.js';
import { createWorkerWriter } from './writer/worker-writer.js';
import type { AppCounters, WriteResult, WriterConfig } from './writer/writer-config.js';

const SWEEP_EVERY_MS = 5_000;
/** Spans the writer may hold unacknowledged per span of `maxQueue` before the app thread writes them. */
const IN_FLIGHT_PER_QUEUED = 5;

export function createLlmtop(options: LlmtopOptions = {}): Llmtop {
  const path = resolve(options.path ?? process.env.LLMTOP_DB ?? './llmtop.db');
  const clock = options.clock ?? systemClock;
  const flushIntervalMs = options.flushIntervalMs ?? 200;
  const maxBatch = options.maxBatch ?? 1000;
  const maxQueue = Math.max(options.maxQueue ?? 10_000, maxBatch);
  const overflow = options.overflow ?? 'flush';
  const errors = createInternalErrors(options.onError);
  const ambient = new AmbientContextStore();

  const config: WriterConfig = { path, judgeSampleRate: options.judgeSampleRate ?? 0.15 };
  if (options.mask) config.mask = options.mask;
  if (options.payloadLimits) config.payloadLimits = options.payloadLimits;
  if (options.prices) config.prices = options.prices;
  const keyring = loadKeyring(options.encryptionKey !== undefined ? { key: options.encryptionKey } : {});
  if (keyring) config.keyring = keyring;
  if (options.drift !== false) config.drift = options.drift ?? {};
  // The default offline judge runs in the writer (off the app thread); a judge the app passes runs here.
  const judgeInWriter = options.judge === undefined;
  if (judgeInWriter) config.offlineJudge = true;
  if (options.pipelineWorker) config.pipelineWorker = options.pipelineWorker;
  if (options.retention !== false) config.retention = options.retention ?? {};
  if (options.budgets) {
    config.budgets = { budgets: options.budgets };
    if (options.timeZone) config.budgets.timeZone = options.timeZone;
  }

  let queue: SpanData[] = [];
  /** Spans handed to the writer and not yet committed (compact bytes by then), bounded too. */
  const inFlightSpans = () => writer?.inFlightSpans ?? 0;
  const maxInFlight = IN_FLIGHT_PER_QUEUED * maxQueue;
  let recorded = 0;
  let written = 0;
  let dropped = 0;
  let writer: SpanWriter | undefined;
  let flushScheduled = false;
  let lastSweep = clock();
  let closed = false;
  const flushHooks = new Set<() => Promise<void>>();

  const recorder = createRecorder({
    clock,
    ids: options.ids ?? createIdGenerator(),
    ambient,
    errors,
    onEnd: (span) => {
      recorded++;
      if (queue.length >= maxQueue || inFlightSpans() >= maxInFlight) {
        if (overflow === 'drop') {
          dropped++;
          return;
        }
        queue.push(span);
        flushSync('queue full');
        return;
      }
      queue.push(span);
      if (queue.length >= maxBatch) scheduleFlush();
    },
    ...(options.maxOpenSpans !== undefined ? { maxOpenSpans: options.maxOpenSpans } : {}),
    ...(options.openSpanTimeoutMs !== undefined ? { openSpanTimeoutMs: options.openSpanTimeoutMs } : {}),
  });

  // A judge the app passes (an LLM judge needs the app's model object) runs on the app thread but
  // off every call's path: traces are enqueued after their spans are committed and judged
  // asynchronously. The default offline judge runs in the writer instead (`config.offlineJudge`).
  let judgeQueue: JudgeQueue | undefined;
  let writerJudge = { judged: 0, dropped: 0 };
  const judges = (): JudgeQueue | undefined => {
    if (options.judge === undefined || options.judge === false || databaseClosed) return undefined;
    judgeQueue ??= createJudgeQueue({
      database: mainDatabase(),
      judge: options.judge,
      recordEvaluator: createEvaluatorRecorder(recorder),
      onError: (error, context) => errors.report(`judge.${context}`, error),
    });
    return judgeQueue;
  };

  let mainDb: Database | undefined;
  let databaseClosed = false;
  const mainDatabase = () => {
    mainDb ??= openDatabase(path);
    return mainDb;
  };

  const events: WriterEvents = {
    onResult(result: WriteResult) {
      written += result.inserted;
      if (result.judge) writerJudge = result.judge;
      if (result.sampled.length > 0) {
        try {
          const queue = judges();
          for (const trace of result.sampled)
            queue?.enqueue(trace.traceId, trace.reason as 'rate', trace.probability);
        } catch (error) {
          errors.report('judge', error);
        }
      }
      for (const alert of result.alerts) {
        try {
          options.onAlert?.(alert);
        } catch (error) {
          errors.report('onAlert', error);
        }
      }
    },
    onJudgeStats(stats) {
      writerJudge = stats;
    },
    onError: (kind, error) => errors.report(kind, error),
  };

  const getWriter = (): SpanWriter => {
    if (!writer) {
      writer =
        options.writer === 'inline' ? createInlineWriter(config, events) : createWorkerWriter(config, events);
    }
    return writer;
  };

  const counters = (): AppCounters => ({ dropped, evicted: recorder.evicted, internalErrors: errors.count });

  const takeBatch = () => {
    const batch = queue;
    queue = [];
    return batch;
  };

  /** Hands the queue to the writer (asynchronously for the worker writer). */
  const drain = () => {
    flushScheduled = false;
    try {
      if (clock() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = clock();
        recorder.sweep();
      }
      // A worker that falls far behind (a burst beyond its rate, a slow disk) must not widen what a
      // crash can lose without bound: past `maxWriterLagMs` the app thread writes the backlog itself.
      // A worker still starting up gets one interval, as before it was warm.
      if (writer && writer.oldestInFlightMs(Date.now()) > (writer.warm ? lagLimitMs : flushIntervalMs)) {
        getWriter().writeSync(takeBatch(), counters());
        return;
      }
      if (queue.length === 0) return;
      getWriter().write(takeBatch(), counters());
    } catch (error) {
      errors.report('flush', error);
    }
  };

  /** Writes everything in memory on the app thread, now. */
  function flushSync(reason: string) {
    try {
      const batch = takeBatch();
      if (batch.length === 0 && (writer?.inFlight ?? 0) === 0) return;
      getWriter().writeSync(batch, counters());
    } catch (error) {
      errors.report(`flush-sync (${reason})`, error);
    }
  }

  function scheduleFlush() {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(drain);
  }

  const lagLimitMs = options.maxWriterLagMs ?? 2_000;
  // Start the worker now, so it is warm before the first batch (its start-up is not on any call's path).
  if (options.writer !== 'inline') getWriter();
  const timer = setInterval(drain, flushIntervalMs);
  timer.unref();
  // Live export loads the OTLP code only when asked for, keeping `@llmtop/core` light to import.
  let liveExporter: { flush(): Promise<unknown>; stop(): Promise<void> } | undefined;
  const liveExportReady = options.export
    ? import('./otlp/live-exporter.js')
        .then(({ createLiveExporter }) => {
          const settings = options.export!;
          const exporter = createLiveExporter({
            path,
            endpoint: settings.endpoint,
            ...(settings.protocol ? { protocol: settings.protocol } : {}),
            ...(settings.headers ? { headers: settings.headers } : {}),
            ...(settings.gzip !== undefined ? { gzip: settings.gzip } : {}),
            ...(settings.noContent !== undefined ? { noContent: settings.noContent } : {}),
            ...(settings.intervalMs !== undefined ? { intervalMs: settings.intervalMs } : {}),
            onError: (message) => errors.report('export', new Error(message)),
          });
          if (!closed) {
            exporter.start();
            liveExporter = exporter;
          }
        })
        .catch((error: unknown) => errors.report('export', error))
    : undefined;
  const removeExitHooks = options.handleExit === false ? () => {} : installExitHooks(flushSync);

  let manualSpans = 0;

  const llmtop: Llmtop = {
    recorder,
    path,
    withContext(context, fn) {
      return ambient.run(context, fn);
    },
    async span(init, fn) {
      const key = `llmtop.span:${++manualSpans}`;
      const { kind, name, input, attributes, ...fields } = init;
      recorder.start(key, {
        kind,
        name,
        ...(input !== undefined ? { input } : {}),
        ...(attributes !== undefined ? { attributes } : {}),
        ...fields,
      });
      const ref = recorder.ref(key);
      const handle: SpanHandle = {
        traceId: ref?.traceId ?? '',
        spanId: ref?.spanId ?? '',
        setOutput: (output) => recorder.update(key, { output }),
        setAttributes: (extra) => recorder.update(key, { attributes: extra }),
        setUsage: (usage) => recorder.update(key, { usage }),
        setModel: (model) => recorder.update(key, model),
        event: (eventName, data) => recorder.event(key, eventName, data),
      };
      const run = async () => {
        try {
          const result = await fn(handle);
          recorder.end(key);
          return result;
        } catch (error) {
          recorder.error(key, error);
          throw error;
        }
      };
      return ref ? ambient.run({ active: ref }, run) : run();
    },
    activeSpan() {
      return ambient.current()?.active;
    },
    feedback(feedback) {
      try {
        mainDatabase()
          .prepare(
            'INSERT INTO feedback (trace_id, score, comment, user_id, created_ns) VALUES (?, ?, ?, ?, ?)',
          )
          .run(
            String(feedback.traceId),
            Number(feedback.score),
            feedback.comment ?? null,
            feedback.userId ?? null,
            BigInt(Math.round(clock() * 1000)) * 1000n,
          );
        if (Number(feedback.score) < 0.5) {
          if (judgeInWriter) getWriter().judge(String(feedback.traceId), 'feedback', 1);
          else judges()?.enqueue(String(feedback.traceId), 'feedback', 1);
        }
      } catch (error) {
        errors.report('feedback', error);
      }
    },
    async flush() {
      try {
        for (const hook of flushHooks) await hook();
        drain();
        await writer?.settle();
        if (judgeInWriter) await writer?.drainJudge();
        await judgeQueue?.drain();
      } catch (error) {
        errors.report('flush', error);
      }
    },
    async shutdown() {
      if (closed) return;
      closed = true;
      await llmtop.flush();
      clearInterval(timer);
      removeExitHooks();
      try {
        await liveExportReady;
        await liveExporter?.flush();
        await liveExporter?.stop();
      } catch (error) {
        errors.report('export', error);
      }
      try {
        await writer?.close();
        await judgeQueue?.drain();
        databaseClosed = true;
        mainDb?.close();
      } catch (error) {
        errors.report('shutdown', error);
      }
    },
    stats(): LlmtopStats {
      return {
        spansRecorded: recorded,
        spansWritten: written,
        spansDropped: dropped,
        spansEvicted: recorder.evicted,
        internalErrors: errors.count,
        queueDepth: queue.length,
        judged: (judgeQueue?.stats().judged ?? 0) + writerJudge.judged,
        judgeDropped: (judgeQueue?.stats().dropped ?? 0) + writerJudge.dropped,
      };
    },
    reportError(kind, error) {
      errors.report(kind, error);
    },
    addFlushHook(hook) {
      flushHooks.add(hook);
      return () => flushHooks.delete(hook);
    },
  };
  return llmtop;
}

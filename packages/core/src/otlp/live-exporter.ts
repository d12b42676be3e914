/**
 * `createLiveExporter`: ships new spans in the background from the same outbox and cursor as
 * `llmtop export`, for `createLlmtop({ export: { endpoint } })`. A timer (unref'd, so it never keeps
 * the process alive) runs one export pass at a time; a failed pass backs the next ones off. It
 * never throws into the app: failures go to `onError`. It records nothing itself.
 */
import { type Database, openDatabase } from '../sqlite/database.js';
import { errorMessage } from '../util/error-message.js';
import {
  type ExportResult,
  type ExportSpansOptions,
  resourceAttributesFor,
  runExport,
} from './export-spans.js';
import { createOtlpEncoder } from './otlp-encoding.js';
import { createOtlpTransport, type OtlpTransport, tracesUrl } from './otlp-transport.js';

export interface LiveExporterOptions
  extends Omit<
    ExportSpansOptions,
    'database' | 'path' | 'dryRunFile' | 'onProgress' | 'signal' | 'selection'
  > {
  /** The SQLite file the app records into. */
  path: string;
  /** Time between passes. Default 2,000 ms. */
  intervalMs?: number;
  /** Longest pause after repeated failures. Default 60,000 ms. */
  maxPauseMs?: number;
  /** A failed pass: the error, and the pass's result when it got that far. */
  onError?: (error: string, result?: ExportResult) => void;
  onExport?: (result: ExportResult) => void;
}

export interface LiveExporter {
  start(): void;
  /** Runs one pass now (after any pass in flight) and resolves with its result. */
  flush(): Promise<ExportResult | undefined>;
  /** Stops the timer, aborts a pass in flight (its batch is re-sent next time), closes the file. */
  stop(): Promise<void>;
}

export function createLiveExporter(options: LiveExporterOptions): LiveExporter {
  const intervalMs = options.intervalMs ?? 2000;
  const maxPauseMs = options.maxPauseMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let db: Database | undefined;
  let transport: OtlpTransport | undefined;
  let running: Promise<ExportResult | undefined> | undefined;
  let controller: AbortController | undefined;
  let failures = 0;
  let pausedUntil = 0;
  let stopped = false;

  const report = (error: string, result?: ExportResult) => {
    try {
      options.onError?.(error, result);
    } catch {
      // nowhere left to report
    }
  };

  const pass = async (): Promise<ExportResult | undefined> => {
    if (stopped) return undefined;
    try {
      db ??= openDatabase(options.path);
      const encoder = createOtlpEncoder(options.protocol ?? 'http/protobuf', resourceAttributesFor(options));
      transport ??= createOtlpTransport({
        url: tracesUrl(options.endpoint),
        contentType: encoder.contentType,
        headers: options.headers ?? {},
        ...options.retry,
      });
      controller = new AbortController();
      // Small batches keep each stretch of app-thread work short (read + map ≈ 20 µs a span); a
      // backlog of more than one batch is encoded on a transient worker thread. Passes are not
      // audited one by one (they run every few seconds).
      const result = await runExport(
        { batchSize: 500, ...options, database: db, signal: controller.signal, audit: false },
        { transport, encoder },
      );
      if (result.ok) {
        failures = 0;
        pausedUntil = 0;
        if (result.exported > 0 || result.lateScores > 0) options.onExport?.(result);
      } else if (!result.aborted) {
        failures++;
        pausedUntil = Date.now() + Math.min(intervalMs * 2 ** failures, maxPauseMs);
        report(result.error ?? 'export failed', result);
      }
      return result;
    } catch (error) {
      // Only non-transport failures land here (e.g. the file cannot be opened).
      failures++;
      pausedUntil = Date.now() + Math.min(intervalMs * 2 ** failures, maxPauseMs);
      report(errorMessage(error));
      return undefined;
    } finally {
      controller = undefined;
    }
  };

  const runOnce = (): Promise<ExportResult | undefined> => {
    const previous = running ?? Promise.resolve(undefined);
    const next = previous.then(pass, pass);
    running = next;
    void next.finally(() => {
      if (running === next) running = undefined;
    });
    return next;
  };

  return {
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => {
        if (running || Date.now() < pausedUntil) return;
        void runOnce();
      }, intervalMs);
      timer.unref();
    },
    flush() {
      return runOnce();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      controller?.abort();
      await running?.catch(() => undefined);
      transport?.close();
      transport = undefined;
      try {
        db?.close();
      } catch {
        // already closed
      }
      db = undefined;
    },
  };
}

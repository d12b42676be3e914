/**
 * `exportSpans`: ships recorded spans from the SQLite outbox to an OTLP/HTTP endpoint in `seq`
 * order, batch by batch: (1) read after the destination's cursor, (2) map each row (masked content
 * only), (3) encode, splitting any body over the limit, (4) send with retries, (5) advance the cursor
 * past what was delivered. An interrupted export resumes at the cursor; a batch that was sent but not
 * acknowledged is sent again (duplicates are accepted by OTLP's design). Never throws for transport
 * failures: the result says what happened.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { recordAudit } from '../security/audit.js';
import { type Keyring, loadKeyring } from '../security/keyring.js';
import { openPayloads } from '../security/payload-columns.js';
import { type Database, openDatabase } from '../sqlite/database.js';
import { errorMessage } from '../util/error-message.js';
import { type BatchOptions, buildBatch, type EncodedBatch } from './encode-batch.js';
import { createEncodePool, type EncodePool } from './encode-pool.js';
import { evaluationSpans } from './late-scores.js';
import { createOtlpEncoder, type OtlpEncoder, type OtlpProtocol } from './otlp-encoding.js';
import type { OtlpAttributes, StoredScore } from './otlp-span.js';
import { createOtlpTransport, type OtlpTransport, type RetryOptions, tracesUrl } from './otlp-transport.js';
import { destinationKey, type ExportSelection, type OutboxRow, openOutbox } from './outbox.js';

export interface ExportProgress {
  /** Spans acknowledged by the receiver (or written, for a dry run) so far. */
  exported: number;
  /** Spans pending when the export started. */
  total: number;
  rejected: number;
  skipped: number;
  elapsedMs: number;
  spansPerSecond: number;
  /** Estimated time left; undefined before the first batch. */
  etaMs?: number;
}

export interface ExportSpansOptions {
  /** An open database, or `path` to open one. */
  database?: Database;
  path?: string;
  /** OTLP/HTTP traces URL; a bare origin gets `/v1/traces`. */
  endpoint: string;
  /** Default `http/protobuf`. */
  protocol?: OtlpProtocol;
  headers?: Record<string, string>;
  /** Default true. */
  gzip?: boolean;
  selection?: ExportSelection;
  /** Cursor key. Default: the endpoint plus the selection. */
  destination?: string;
  /** Strip inputs, outputs and every other payload. */
  noContent?: boolean;
  /** Write the OTLP JSON (one ExportTraceServiceRequest per line) to this file instead of sending. */
  dryRunFile?: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Spans read per batch. Default 2,000. */
  batchSize?: number;
  /** Encode on a worker thread when there is more than one batch. Default true. */
  encodeInWorker?: boolean;
  /** Largest uncompressed request body. Default 64 MiB (the OTLP recommended server limit). */
  maxBodyBytes?: number;
  retry?: RetryOptions;
  /** `service.name` of the resource. Default `$OTEL_SERVICE_NAME`, else `llmtop`. */
  serviceName?: string;
  /** Phoenix project (`openinference.project.name`). Default: the service name. */
  projectName?: string;
  resourceAttributes?: OtlpAttributes;
  /** Opens encrypted payload columns. Default: `$LLMTOP_KEY` / `$LLMTOP_KEY_FILE`; without a key they are not exported. */
  keyring?: Keyring;
  /** Record the export in the `audit` table. Default true. */
  audit?: boolean;
  /** For tests: the clock. */
  now?: () => number;
}

export interface ExportResult {
  ok: boolean;
  destination: string;
  /** Spans acknowledged by the receiver (including any it then rejected). */
  exported: number;
  /** Spans the receiver reported as rejected through `partial_success`. */
  rejected: number;
  /** Spans that could not be exported at all (invalid ids, or too large even without content). */
  skipped: number;
  /** Spans sent without content because their encrypted payload could not be opened. */
  locked: number;
  /** Spans pending when the export started. */
  total: number;
  requests: number;
  retries: number;
  durationMs: number;
  spansPerSecond: number;
  /** The cursor (last delivered seq) after the export. */
  cursor: bigint;
  /** Messages the receiver sent with `partial_success`. */
  warnings: string[];
  dryRun: boolean;
  aborted: boolean;
  error?: string;
  /** HTTP status of the failed request, when there was one. */
  status?: number;
  /** Judge scores written after their span was exported, sent now as evaluation spans. */
  lateScores: number;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

function validIds(row: OutboxRow): boolean {
  return (
    TRACE_ID.test(row.trace_id) &&
    row.trace_id !== ZERO_TRACE &&
    SPAN_ID.test(row.span_id) &&
    row.span_id !== ZERO_SPAN &&
    (row.parent_span_id === null || SPAN_ID.test(row.parent_span_id))
  );
}

/** Internal: what the live exporter keeps between runs. */
export interface ExportResources {
  transport?: OtlpTransport;
  encoder?: OtlpEncoder;
}

export function resourceAttributesFor(options: ExportSpansOptions): OtlpAttributes {
  const serviceName = options.serviceName ?? process.env.OTEL_SERVICE_NAME ?? 'llmtop';
  return {
    'service.name': serviceName,
    'openinference.project.name': options.projectName ?? serviceName,
    'telemetry.sdk.name': 'llmtop',
    'telemetry.sdk.language': 'nodejs',
    ...options.resourceAttributes,
  };
}

export async function exportSpans(options: ExportSpansOptions): Promise<ExportResult> {
  return runExport(options, {});
}

export async function runExport(
  options: ExportSpansOptions,
  resources: ExportResources,
): Promise<ExportResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const selection = options.selection ?? {};
  const destination = options.destination ?? destinationKey(options.endpoint, selection);
  const dryRun = options.dryRunFile !== undefined;
  const result: ExportResult = {
    ok: false,
    destination,
    exported: 0,
    rejected: 0,
    skipped: 0,
    locked: 0,
    total: 0,
    requests: 0,
    retries: 0,
    durationMs: 0,
    spansPerSecond: 0,
    cursor: 0n,
    warnings: [],
    dryRun,
    aborted: false,
    lateScores: 0,
  };
  const finish = (error?: string, status?: number): ExportResult => {
    result.durationMs = now() - started;
    result.spansPerSecond = result.durationMs > 0 ? (result.exported * 1000) / result.durationMs : 0;
    if (error !== undefined) result.error = error;
    if (status !== undefined) result.status = status;
    result.ok = error === undefined;
    return result;
  };

  const mapping = { noContent: options.noContent ?? false };
  let db: Database | undefined = options.database;
  let ownsDb = false;
  let transport = resources.transport;
  let pool: EncodePool | undefined;
  let inflight: Promise<{ ok: boolean; sent: number; lastSeq: bigint }> | undefined;
  const ownsTransport = transport === undefined;
  try {
    if (!db) {
      if (!options.path) return finish('llmtop: exportSpans needs `database` or `path`');
      db = openDatabase(options.path);
      ownsDb = true;
    }
    const encoder = dryRun
      ? createOtlpEncoder('http/json', resourceAttributesFor(options))
      : (resources.encoder ??
        createOtlpEncoder(options.protocol ?? 'http/protobuf', resourceAttributesFor(options)));
    if (!dryRun && !transport) {
      transport = createOtlpTransport({
        url: tracesUrl(options.endpoint),
        contentType: encoder.contentType,
        headers: options.headers ?? {},
        ...options.retry,
      });
    }
    const outbox = openOutbox(db, destination, selection, started);
    result.cursor = outbox.cursor;
    result.total = outbox.pending();
    if (dryRun) writeFileSync(options.dryRunFile as string, '', { mode: 0o600 });

    let keyring: Keyring | undefined | null = options.keyring ?? null;
    /** Encrypted payloads are opened with the key; without it they are dropped, never sent sealed. */
    const openRow = (row: OutboxRow) => {
      if (row.key_id === null || mapping.noContent) return;
      if (keyring === null) {
        try {
          keyring = loadKeyring();
        } catch (error) {
          keyring = undefined;
          result.warnings.push(`encryption key unusable: ${errorMessage(error)}`);
        }
      }
      const opened = openPayloads(row, keyring);
      if (opened.locked) {
        result.locked++;
        row.input = row.output = row.attributes = null;
        row.error = opened.error;
        return;
      }
      row.input = opened.input;
      row.output = opened.output;
      row.attributes = opened.attributes;
      row.error = opened.error;
    };

    const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const batchSize = Math.max(1, options.batchSize ?? 2000);
    const gzip = !dryRun && (options.gzip ?? true);
    // A worker pays off only when there is more than one batch to pipeline.
    const batchOptions: BatchOptions = { maxBody, gzip, mapping };
    // A worker pays off only when there is more than one batch to pipeline.
    if (!dryRun && options.encodeInWorker !== false && result.total > batchSize) {
      const protocol = options.protocol ?? 'http/protobuf';
      pool = createEncodePool(
        { protocol, resource: resourceAttributesFor(options), options: batchOptions },
        encoder,
      );
    }
    const encode = (rows: OutboxRow[], scores: Map<string, StoredScore[]>): Promise<EncodedBatch> =>
      pool
        ? pool.encode(rows, scores)
        : Promise.resolve().then(() => buildBatch(encoder, rows, scores, batchOptions));
    const report = () => {
      if (!options.onProgress) return;
      const elapsedMs = now() - started;
      const spansPerSecond = elapsedMs > 0 ? (result.exported * 1000) / elapsedMs : 0;
      const done = result.exported + result.skipped;
      const progress: ExportProgress = {
        exported: result.exported,
        total: result.total,
        rejected: result.rejected,
        skipped: result.skipped,
        elapsedMs,
        spansPerSecond,
      };
      if (spansPerSecond > 0) progress.etaMs = (Math.max(0, result.total - done) / spansPerSecond) * 1000;
      try {
        options.onProgress(progress);
      } catch {
        // a progress callback never stops an export
      }
    };

    /** Sends a batch's bodies in order; `ok: false` means the export must stop (the result says why). */
    const sendBatch = async (batch: EncodedBatch) => {
      for (const { spanId, reason } of batch.skipped) {
        result.skipped++;
        result.warnings.push(`span ${spanId} skipped: ${reason}`);
      }
      let sent = 0;
      for (const { body, count, gzipped } of batch.bodies) {
        if (dryRun) {
          appendFileSync(options.dryRunFile as string, `${Buffer.from(body).toString('utf8')}\n`);
          result.requests++;
          sent += count;
          continue;
        }
        const outcome = await (transport as OtlpTransport).send(body, {
          gzipped,
          ...(options.signal ? { signal: options.signal } : {}),
        });
        result.requests++;
        result.retries += outcome.retries;
        if (!outcome.ok) {
          if (outcome.aborted) result.aborted = true;
          finish(outcome.error, outcome.status);
          return { ok: false, sent };
        }
        try {
          const partial = encoder.decodeResponse(outcome.body);
          result.rejected += partial.rejectedSpans;
          if (partial.errorMessage) result.warnings.push(partial.errorMessage);
        } catch {
          // An unreadable 2xx body is still a success (the spec's partial_success is optional).
        }
        sent += count;
      }
      return { ok: true, sent };
    };

    // One batch in flight while the next is read, mapped and encoded; the cursor still advances
    // strictly in order, and only past batches the receiver acknowledged.
    const settle = async (): Promise<boolean> => {
      if (!inflight) return true;
      const done = await inflight;
      inflight = undefined;
      if (!done.ok) return false;
      result.exported += done.sent;
      if (!dryRun) outbox.advance(done.lastSeq, BigInt(now()) * 1_000_000n);
      result.cursor = done.lastSeq;
      report();
      return true;
    };
    const stopped = () => (result.error === undefined ? finish('export failed') : result);

    while (true) {
      if (options.signal?.aborted) {
        if (!(await settle())) return stopped();
        result.aborted = true;
        return finish('aborted');
      }
      const rows = outbox.next(batchSize);
      if (rows.length === 0) break;
      const scores = outbox.scoresFor(rows);
      const exportable: OutboxRow[] = [];
      for (const row of rows) {
        if (!validIds(row)) {
          result.skipped++;
          continue;
        }
        openRow(row);
        exportable.push(row);
      }
      // Mapping and encoding start now (on the worker when there is one) while the previous batch
      // is in flight.
      const encoded = encode(exportable, scores);
      encoded.catch(() => undefined);
      if (!(await settle())) return stopped();
      const lastSeq = (rows.at(-1) as OutboxRow).seq;
      inflight = encoded.then(sendBatch).then((sent) => ({ ...sent, lastSeq }));
    }
    if (!(await settle())) return stopped();
    // Scores written after their span went out follow as evaluation spans under it.
    const late = outbox.lateScores();
    if (late.length > 0) {
      const evaluations = evaluationSpans(late);
      const sent = await sendBatch(buildBatch(encoder, evaluations.rows, evaluations.scores, batchOptions));
      if (!sent.ok) return stopped();
      result.lateScores = late.length;
    }
    if (!dryRun) outbox.advanceScores(BigInt(now()) * 1_000_000n);
    return finish();
  } catch (error) {
    return finish(errorMessage(error));
  } finally {
    // After an unexpected error a batch may still be on the wire: let it end before closing.
    await inflight?.catch(() => undefined);
    await pool?.close();
    if (db && options.audit !== false && (result.exported > 0 || result.error !== undefined)) {
      try {
        recordAudit(db, {
          action: 'export',
          details: {
            destination,
            selection: {
              ...selection,
              since: selection.since === undefined ? undefined : String(selection.since),
            },
            exported: result.exported,
            rejected: result.rejected,
            noContent: mapping.noContent,
            dryRun,
            error: result.error,
          },
        });
      } catch {
        // auditing never fails an export
      }
    }
    if (ownsTransport) transport?.close();
    if (ownsDb) db?.close();
  }
}

/**
 * Mapping and encoding off the export thread: one worker maps, encodes and gzips batch N+1 while
 * the export thread reads the next rows and the network carries batch N (the serializer is the
 * costliest step; rows are cheaper to pass between threads than mapped spans). When the worker cannot start or dies, batches are encoded on the calling thread instead.
 */
import { Worker } from 'node:worker_threads';
import type { SpanRow } from '../span/span-record.js';
import { type BatchOptions, buildBatch, type EncodedBatch } from './encode-batch.js';
import type { OtlpEncoder, OtlpProtocol } from './otlp-encoding.js';
import type { OtlpAttributes, StoredScore } from './otlp-span.js';

export interface EncodeWorkerData {
  protocol: OtlpProtocol;
  resource: OtlpAttributes;
  options: BatchOptions;
}

export interface EncodeRequest {
  id: number;
  rows: readonly SpanRow[];
  scores: ReadonlyMap<string, StoredScore[]>;
}

export interface EncodeResponse {
  id: number;
  batch?: EncodedBatch;
  error?: string;
}

export interface EncodePool {
  encode(rows: readonly SpanRow[], scores: ReadonlyMap<string, StoredScore[]>): Promise<EncodedBatch>;
  /** Whether batches currently go to the worker (false after a fallback). */
  readonly onWorker: boolean;
  close(): Promise<void>;
}

function startWorker(data: EncodeWorkerData): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    // From TypeScript sources (tests, tsx): the worker registers the tsx loader first.
    const entry = new URL('./encode-worker.ts', self).href;
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(bootstrap, { eval: true, workerData: data });
  }
  return new Worker(new URL('./encode-worker.js', self), { workerData: data });
}

export function createEncodePool(data: EncodeWorkerData, local: OtlpEncoder): EncodePool {
  const waiting = new Map<
    number,
    {
      rows: readonly SpanRow[];
      scores: ReadonlyMap<string, StoredScore[]>;
      resolve: (batch: EncodedBatch) => void;
      reject: (error: Error) => void;
    }
  >();
  let nextId = 0;
  let worker: Worker | undefined;
  const encodeHere = (rows: readonly SpanRow[], scores: ReadonlyMap<string, StoredScore[]>) =>
    buildBatch(local, rows, scores, data.options);
  const fallBack = () => {
    worker = undefined;
    // Whatever the worker had not answered is encoded here, in order.
    for (const [id, entry] of [...waiting].sort(([a], [b]) => a - b)) {
      waiting.delete(id);
      try {
        entry.resolve(encodeHere(entry.rows, entry.scores));
      } catch (error) {
        entry.reject(error as Error);
      }
    }
  };
  try {
    worker = startWorker(data);
    worker.unref();
    worker.on('message', (response: EncodeResponse) => {
      const entry = waiting.get(response.id);
      if (!entry) return;
      waiting.delete(response.id);
      if (response.batch) {
        for (const body of response.batch.bodies)
          body.body = new Uint8Array(body.body.buffer, body.body.byteOffset, body.body.byteLength);
        entry.resolve(response.batch);
      } else entry.reject(new Error(`encoding failed: ${response.error}`));
    });
    worker.on('error', fallBack);
    worker.on('exit', fallBack);
  } catch {
    worker = undefined;
  }

  return {
    get onWorker() {
      return worker !== undefined;
    },
    encode(rows, scores) {
      if (!worker) return Promise.resolve().then(() => encodeHere(rows, scores));
      const id = nextId++;
      return new Promise<EncodedBatch>((resolve, reject) => {
        waiting.set(id, { rows, scores, resolve, reject });
        worker?.postMessage({ id, rows, scores } satisfies EncodeRequest);
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      current?.removeAllListeners('exit');
      current?.removeAllListeners('error');
      await current?.terminate();
    },
  };
}

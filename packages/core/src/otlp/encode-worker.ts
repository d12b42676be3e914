/** The encoder worker: batches of stored rows in, OTLP request bodies (gzipped if asked) out. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildBatch } from './encode-batch.js';
import type { EncodeRequest, EncodeResponse, EncodeWorkerData } from './encode-pool.js';
import { createOtlpEncoder } from './otlp-encoding.js';

const data = workerData as EncodeWorkerData;
const encoder = createOtlpEncoder(data.protocol, data.resource);

parentPort?.on('message', (request: EncodeRequest) => {
  let response: EncodeResponse;
  try {
    response = { id: request.id, batch: buildBatch(encoder, request.rows, request.scores, data.options) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = response.batch?.bodies.map((entry) => entry.body.buffer as ArrayBuffer) ?? [];
  parentPort?.postMessage(response, transfer);
});

/**
 * Issue 9 figures, one run: OTLP export throughput (spans/s) of 100k recorded spans from a SQLite
 * file to a local receiver on 127.0.0.1, which decodes every request with the official generated
 * protobuf code (or JSON.parse) in its own thread and counts the spans. Side by side: http/protobuf
 * with gzip (the default), without gzip, http/json with gzip, and read+map+encode alone (no network).
 * Target: ≥ 20,000 spans/s for the default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { manyRows } from '../packages/core/src/otlp/__fixtures__/outbox-db.js';
import { exportSpans } from '../packages/core/src/otlp/export-spans.js';
import { createOtlpEncoder } from '../packages/core/src/otlp/otlp-encoding.js';
import { openOutbox } from '../packages/core/src/otlp/outbox.js';
import { spanRowToOtlp } from '../packages/core/src/otlp/span-row-to-otlp.js';
import { openDatabase } from '../packages/core/src/sqlite/database.js';
import { createSpanInserter } from '../packages/core/src/sqlite/span-inserter.js';

const SPANS = 100_000;

const RECEIVER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createServer } = require('node:http');
const { gunzipSync } = require('node:zlib');
const { createRequire } = require('node:module');
const root = createRequire(workerData.anchor)('otlp-proto-reference/build/src/generated/root.js');
const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
let spans = 0;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body = Buffer.concat(chunks);
    if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
    const json = String(req.headers['content-type']).includes('json');
    const request = json ? JSON.parse(body.toString('utf8')) : Request.decode(body);
    for (const rs of request.resourceSpans) for (const ss of rs.scopeSpans) spans += ss.spans.length;
    res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
    res.end(json ? '{}' : Buffer.alloc(0));
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'count') { parentPort.postMessage({ spans }); spans = 0; }
  if (m === 'close') server.close(() => process.exit(0));
});
`;

function ask<T>(worker: Worker, message?: string): Promise<T> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    if (message) worker.postMessage(message);
  });
}

export async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'llmtop-otlp-bench-'));
  const path = join(dir, 'bench.db');
  const db = openDatabase(path);
  const insert = createSpanInserter(db);
  for (let i = 0; i < SPANS; i += 10_000) insert(manyRows(10_000, i));
  const anchor = fileURLToPath(new URL('../packages/core/package.json', import.meta.url));
  const worker = new Worker(RECEIVER, { eval: true, workerData: { anchor } });
  const { port } = await ask<{ port: number }>(worker);
  const url = `http://127.0.0.1:${port}/v1/traces`;

  // Read + map + encode only: the exporter's own CPU cost, without a network or a receiver.
  const encoder = createOtlpEncoder('http/protobuf', { 'service.name': 'bench' });
  const outbox = openOutbox(db, 'encode-only', {}, Date.now());
  let encodedBytes = 0;
  const t0 = performance.now();
  for (let rows = outbox.next(2000); rows.length > 0; rows = outbox.next(2000)) {
    encodedBytes += encoder.encode(rows.map((row) => spanRowToOtlp(row))).length;
  }
  const encodeOnly = SPANS / ((performance.now() - t0) / 1000);

  const lines: string[] = [];
  lines.push(
    `otlp: ${SPANS.toLocaleString('en-US')} recorded spans, ~${Math.round(encodedBytes / SPANS)} B/span protobuf`,
  );
  lines.push(
    `  read+map+encode only (no network)   ${Math.round(encodeOnly).toLocaleString('en-US')} spans/s`,
  );
  let defaultRate = 0;
  for (const [label, protocol, gzip] of [
    ['http/protobuf + gzip (default)', 'http/protobuf', true],
    ['http/protobuf, no gzip', 'http/protobuf', false],
    ['http/json + gzip', 'http/json', true],
  ] as const) {
    const started = performance.now();
    const result = await exportSpans({
      database: db,
      endpoint: url,
      protocol,
      gzip,
      destination: label,
      audit: false,
    });
    const seconds = (performance.now() - started) / 1000;
    const { spans } = await ask<{ spans: number }>(worker, 'count');
    if (!result.ok || spans !== SPANS)
      throw new Error(`otlp bench: ${label}: ${result.error ?? ''} received ${spans}/${SPANS}`);
    const rate = SPANS / seconds;
    if (protocol === 'http/protobuf' && gzip) defaultRate = rate;
    lines.push(
      `  ${label.padEnd(36)} ${Math.round(rate).toLocaleString('en-US')} spans/s (${result.requests} requests, ${(rate / encodeOnly).toFixed(2)}× encode-only)`,
    );
  }
  lines.push(`  target ≥ 20,000 spans/s (default): ${defaultRate >= 20_000 ? 'met' : 'NOT met'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  worker.postMessage('close');
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

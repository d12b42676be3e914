/**
 * A local OTLP/HTTP trace receiver for tests: node:http on 127.0.0.1 (random port), decoding
 * protobuf bodies with the official generated protobufjs code shipped in
 * `otlp-proto-reference` (= @opentelemetry/otlp-transformer@0.214.0, generated from
 * opentelemetry-proto), and JSON bodies per the OTLP JSON mapping (hex ids). Tests script its
 * responses (503 + Retry-After, 429, 400, partial success, dropped connections, slow answers).
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

// biome-ignore lint/suspicious/noExplicitAny: generated protobufjs code is untyped here.
type Any = any;
const root: Any = createRequire(import.meta.url)('otlp-proto-reference/build/src/generated/root.js');
const collector = root.opentelemetry.proto.collector.trace.v1;

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startNs: string;
  endNs: string;
  status: { code: number; message: string };
  attributes: Record<string, unknown>;
  events: { name: string; timeNs: string; attributes: Record<string, unknown> }[];
  flags: number;
  resource: Record<string, unknown>;
  scope: { name: string; version: string };
}

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  bytes: number;
  spans: ReceivedSpan[];
}

export type ReceiverAction =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { partialSuccess: { rejectedSpans: number; errorMessage?: string } }
  | { drop: true }
  | { delayMs: number }
  | undefined;

export interface OtlpReceiver {
  url: string;
  /** Requests answered 2xx, decoded. */
  accepted: ReceivedRequest[];
  /** Every complete request body that reached the server, decoded before it was answered. */
  received: ReceivedRequest[];
  /** Every request that reached the server, including those answered with an error. */
  attempts: { at: number; headers: IncomingHttpHeaders }[];
  spans(): ReceivedSpan[];
  /** Decides the answer to request number `n` (0-based); undefined = 200. */
  respond: (n: number) => ReceiverAction;
  close(): Promise<void>;
}

const hex = (bytes: Uint8Array | undefined): string => (bytes ? Buffer.from(bytes).toString('hex') : '');

function anyValue(value: Any): unknown {
  if (!value) return undefined;
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  if (value.intValue !== undefined && value.intValue !== null) return Number(value.intValue);
  if (value.doubleValue !== undefined && value.doubleValue !== null) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValue);
  if (value.kvlistValue) return attributes(value.kvlistValue.values);
  return undefined;
}

function attributes(list: Any[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) out[kv.key] = anyValue(kv.value);
  return out;
}

/** Both encodings normalised to one shape: protobuf via the generated code, JSON via OTLP JSON rules. */
function decode(body: Buffer, contentType: string): ReceivedSpan[] {
  const json = contentType.includes('json');
  const request: Any = json
    ? JSON.parse(body.toString('utf8'))
    : collector.ExportTraceServiceRequest.toObject(collector.ExportTraceServiceRequest.decode(body), {
        longs: String,
        defaults: true,
      });
  const id = (value: Any) => (json ? String(value ?? '') : hex(value));
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of request.resourceSpans ?? []) {
    const resource = attributes(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        spans.push({
          traceId: id(span.traceId),
          spanId: id(span.spanId),
          parentSpanId: id(span.parentSpanId),
          name: span.name,
          kind: Number(span.kind),
          startNs: String(span.startTimeUnixNano),
          endNs: String(span.endTimeUnixNano),
          status: { code: Number(span.status?.code ?? 0), message: span.status?.message ?? '' },
          attributes: attributes(span.attributes),
          events: (span.events ?? []).map((event: Any) => ({
            name: event.name,
            timeNs: String(event.timeUnixNano),
            attributes: attributes(event.attributes),
          })),
          flags: Number(span.flags ?? 0),
          resource,
          scope: { name: scopeSpans.scope?.name ?? '', version: scopeSpans.scope?.version ?? '' },
        });
      }
    }
  }
  return spans;
}

function answer(res: ServerResponse, json: boolean, partial?: { rejectedSpans: number; errorMessage?: string }) {
  res.statusCode = 200;
  res.setHeader('content-type', json ? 'application/json' : 'application/x-protobuf');
  if (json) {
    res.end(JSON.stringify(partial ? { partialSuccess: partial } : {}));
    return;
  }
  const message = collector.ExportTraceServiceResponse.create(partial ? { partialSuccess: partial } : {});
  res.end(Buffer.from(collector.ExportTraceServiceResponse.encode(message).finish()));
}

export async function startOtlpReceiver(respond: (n: number) => ReceiverAction = () => undefined): Promise<OtlpReceiver> {
  const receiver: Partial<OtlpReceiver> &
    Pick<OtlpReceiver, 'accepted' | 'received' | 'attempts'> = {
    accepted: [],
    received: [],
    attempts: [],
    respond,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const n = receiver.attempts.length;
      receiver.attempts.push({ at: Date.now(), headers: req.headers });
      const contentType = req.headers['content-type'] ?? '';
      const json = contentType.includes('json');
      let decoded: ReceivedRequest | undefined;
      let failure: string | undefined;
      try {
        let raw = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        decoded = { headers: req.headers, bytes: raw.length, spans: decode(raw, contentType) };
        receiver.received.push(decoded);
      } catch (error) {
        failure = (error as Error).message;
      }
      let action = (receiver.respond as OtlpReceiver['respond'])(n);
      if (action && 'delayMs' in action) {
        const delayMs = action.delayMs;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        action = undefined;
      }
      if (action && 'drop' in action) {
        req.socket.destroy();
        return;
      }
      if (action && 'status' in action) {
        res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        res.end(action.body ?? JSON.stringify({ code: 3, message: `status ${action.status}` }));
        return;
      }
      if (!decoded) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `undecodable: ${failure}` }));
        return;
      }
      receiver.accepted.push(decoded);
      answer(res, json, action && 'partialSuccess' in action ? action.partialSuccess : undefined);
    });
  });
  server.keepAliveTimeout = 1000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/v1/traces`;
  receiver.spans = () => receiver.accepted.flatMap((request) => request.spans);
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver as OtlpReceiver;
}

/**
 * OTLP/HTTP transport per the spec (otlp-notes §4.1): POST (gzip bodies flagged) with custom headers;
 * retry only 429/502/503/504 and connection failures, with exponential backoff plus jitter, honouring
 * `Retry-After` (seconds or HTTP-date); every other status (400 above all) fails at once. It never
 * throws: every outcome is a value. Its own requests run with OpenTelemetry tracing suppressed, so an
 * app that auto-instruments `http` does not trace the exporter.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';

export interface RetryOptions {
  /** Attempts per request including the first. Default 6. */
  maxAttempts?: number;
  /** Default 1,000 ms. */
  initialBackoffMs?: number;
  /** Default 30,000 ms. */
  maxBackoffMs?: number;
  /** Default 2. */
  backoffMultiplier?: number;
  /** Longest `Retry-After` honoured; longer ones are capped. Default 60,000 ms. */
  maxRetryAfterMs?: number;
  /** Per-attempt timeout (connect to last byte). Default 10,000 ms. */
  timeoutMs?: number;
}

export interface TransportOptions extends RetryOptions {
  url: string;
  contentType: string;
  headers?: Record<string, string>;
  /** For tests: the jitter source. */
  random?: () => number;
}

export type SendOutcome =
  | { ok: true; status: number; body: Uint8Array; retries: number }
  | { ok: false; status?: number; error: string; retries: number; aborted?: boolean };

export interface OtlpTransport {
  /** Posts `body` (already gzip-compressed when `gzipped`), retrying as the spec allows. */
  send(body: Uint8Array, options?: { gzipped?: boolean; signal?: AbortSignal }): Promise<SendOutcome>;
  close(): void;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const SUPPRESS_TRACING_KEY = Symbol.for('OpenTelemetry SDK Context Key SUPPRESS_TRACING');

interface OtelContextApi {
  context: {
    active(): { setValue(key: symbol, value: unknown): unknown };
    with<T>(context: unknown, fn: () => T): T;
  };
}

let otelApi: OtelContextApi | null | undefined;

function withTracingSuppressed<T>(fn: () => T): T {
  if (otelApi === undefined) {
    try {
      otelApi = createRequire(import.meta.url)('@opentelemetry/api') as OtelContextApi;
    } catch {
      otelApi = null;
    }
  }
  if (!otelApi) return fn();
  return otelApi.context.with(otelApi.context.active().setValue(SUPPRESS_TRACING_KEY, true), fn);
}

/** `/v1/traces` is appended only to a bare origin (`http://host:4318`), as OTel SDKs do. */
export function tracesUrl(endpoint: string): string {
  const url = new URL(endpoint);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1/traces';
  return url.toString();
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface AttemptResult {
  status?: number;
  body?: Uint8Array;
  retryAfter?: string;
  error?: string;
}

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function errorText(body: Uint8Array | undefined, contentType: string | undefined): string {
  if (!body || body.length === 0) return '';
  if (contentType && !/json|text/i.test(contentType)) return '';
  const text = Buffer.from(body).toString('utf8').slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // plain text
  }
  return text;
}

export function createOtlpTransport(options: TransportOptions): OtlpTransport {
  const url = new URL(options.url);
  const secure = url.protocol === 'https:';
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, maxSockets: 4 })
    : new HttpAgent({ keepAlive: true, maxSockets: 4 });
  const send = secure ? httpsRequest : httpRequest;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 6);
  const initialBackoffMs = options.initialBackoffMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const multiplier = options.backoffMultiplier ?? 2;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const random = options.random ?? Math.random;

  const attempt = (body: Uint8Array, headers: Record<string, string>, signal?: AbortSignal) =>
    new Promise<AttemptResult>((resolve) => {
      let settled = false;
      const finish = (result: AttemptResult) => {
        if (settled) return;
        settled = true;
        resolve(result);
      };
      withTracingSuppressed(() => {
        const req = send(
          url,
          { method: 'POST', agent, headers, timeout: timeoutMs, ...(signal ? { signal } : {}) },
          (res: IncomingMessage) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const result: AttemptResult = { status: res.statusCode ?? 0, body: Buffer.concat(chunks) };
              const retryAfter = res.headers['retry-after'];
              if (typeof retryAfter === 'string') result.retryAfter = retryAfter;
              if ((res.statusCode ?? 0) >= 400) {
                const detail = errorText(result.body, res.headers['content-type']);
                result.error = `HTTP ${res.statusCode}${detail ? `: ${detail}` : ''}`;
              }
              finish(result);
            });
            res.on('error', (error) => finish({ error: `response failed: ${error.message}` }));
          },
        );
        req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
        req.on('error', (error: NodeJS.ErrnoException) =>
          finish({ error: error.code ? `${error.code}: ${error.message}` : error.message }),
        );
        req.end(body);
      });
    });

  return {
    async send(body, sendOptions = {}) {
      const signal = sendOptions.signal;
      const headers: Record<string, string> = {
        'user-agent': 'llmtop-otlp-exporter/0.1.0',
        ...options.headers,
        'content-type': options.contentType,
        'content-length': String(body.length),
      };
      if (sendOptions.gzipped) headers['content-encoding'] = 'gzip';
      let backoff = initialBackoffMs;
      for (let tries = 0; ; tries++) {
        if (signal?.aborted) return { ok: false, error: 'aborted', retries: tries, aborted: true };
        const result = await attempt(body, headers, signal);
        if (signal?.aborted) return { ok: false, error: 'aborted', retries: tries, aborted: true };
        const status = result.status;
        if (status !== undefined && status >= 200 && status < 300) {
          return { ok: true, status, body: result.body ?? new Uint8Array(0), retries: tries };
        }
        const error = result.error ?? `HTTP ${status}`;
        const retryable = status === undefined || RETRYABLE_STATUS.has(status);
        if (!retryable || tries + 1 >= maxAttempts) {
          const failure: SendOutcome = { ok: false, error, retries: tries };
          if (status !== undefined) failure.status = status;
          return failure;
        }
        const retryAfter = parseRetryAfter(result.retryAfter);
        const jittered = backoff * (0.8 + 0.4 * random());
        const delay =
          retryAfter !== undefined ? Math.min(retryAfter, maxRetryAfterMs) : Math.min(jittered, maxBackoffMs);
        backoff = Math.min(backoff * multiplier, maxBackoffMs);
        if (!(await sleep(delay, signal)))
          return { ok: false, error: 'aborted', retries: tries, aborted: true };
      }
    },
    close() {
      agent.destroy();
    },
  };
}

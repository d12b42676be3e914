/**
 * `llmtop export`: sends recorded spans to an OTLP/HTTP endpoint (collector, Langfuse, Phoenix,
 * Jaeger, Datadog), resuming after the last delivered span for that destination. Progress (spans/s,
 * ETA) goes to stderr, only on a TTY; the summary goes to stdout. Exit 0 on success, 1 when the
 * export failed or stopped, 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type ExportProgress,
  type ExportResult,
  exportSpans,
  type OtlpProtocol,
  resolveSince,
} from '@llmtop/core/otlp';
import { databasePath } from './db-path.js';

const USAGE = `usage: llmtop export --endpoint URL [--protocol http/protobuf|http/json] [--header k=v]...
                     [--session ID] [--since 1h] [--trace ID] [--no-content] [--no-gzip]
                     [--dry-run FILE] [--db FILE]
  Sends spans recorded since the last export to URL (a bare origin gets /v1/traces). Content is the
  masked text stored; --no-content sends no inputs or outputs at all. --dry-run writes the OTLP JSON
  (one request per line) to FILE instead of sending. Headers also come from OTEL_EXPORTER_OTLP_HEADERS,
  the endpoint from OTEL_EXPORTER_OTLP_TRACES_ENDPOINT / OTEL_EXPORTER_OTLP_ENDPOINT.`;

class UsageError extends Error {}

/** `k=v` pairs; values may be URL-encoded as in OTEL_EXPORTER_OTLP_HEADERS. */
export function parseHeaders(pairs: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`not a header (k=v): ${pair}`);
    const key = pair.slice(0, at).trim().toLowerCase();
    let value = pair.slice(at + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // taken literally
    }
    headers[key] = value;
  }
  return headers;
}

function envHeaders(): string[] {
  const text = process.env.OTEL_EXPORTER_OTLP_TRACES_HEADERS ?? process.env.OTEL_EXPORTER_OTLP_HEADERS;
  return text ? text.split(',').filter((pair) => pair.trim() !== '') : [];
}

function envEndpoint(): string | undefined {
  if (process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** One progress line: bar, counts, rate and ETA. */
export function progressLine(progress: ExportProgress, width = 24): string {
  const done = progress.exported + progress.skipped;
  const ratio = progress.total > 0 ? Math.min(1, done / progress.total) : 1;
  const filled = Math.round(ratio * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const rate = Math.round(progress.spansPerSecond).toLocaleString('en-US');
  const eta = progress.etaMs === undefined ? '' : ` ETA ${duration(progress.etaMs)}`;
  return `${bar} ${done}/${progress.total} ${Math.round(ratio * 100)}% ${rate} spans/s${eta}`;
}

function summary(result: ExportResult, target: string): string {
  const rate = Math.round(result.spansPerSecond).toLocaleString('en-US');
  const verb = result.dryRun ? 'wrote' : 'exported';
  const parts = [
    `${verb} ${result.exported} span${result.exported === 1 ? '' : 's'} to ${target} in ${duration(result.durationMs)} (${rate} spans/s)`,
  ];
  if (result.rejected > 0) parts.push(`${result.rejected} rejected by the receiver`);
  if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
  if (result.locked > 0) parts.push(`${result.locked} without content (encrypted, no key)`);
  if (result.lateScores > 0)
    parts.push(
      `${result.lateScores} judge score${result.lateScores === 1 ? '' : 's'} for spans sent earlier`,
    );
  return parts.join('; ');
}

const OPTIONS = {
  endpoint: { type: 'string' },
  protocol: { type: 'string' },
  header: { type: 'string', multiple: true },
  session: { type: 'string' },
  since: { type: 'string' },
  trace: { type: 'string' },
  'no-content': { type: 'boolean' },
  'no-gzip': { type: 'boolean' },
  'dry-run': { type: 'string' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: string[]): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dryRunFile = values['dry-run'];
  const endpoint = values.endpoint ?? envEndpoint() ?? (dryRunFile ? 'dry-run' : undefined);
  const protocol = (values.protocol ?? 'http/protobuf') as OtlpProtocol;
  const path = databasePath(values.db);
  let headers: Record<string, string>;
  try {
    if (!endpoint) throw new UsageError('--endpoint URL is required');
    if (endpoint !== 'dry-run') new URL(endpoint);
    if (protocol !== 'http/protobuf' && protocol !== 'http/json')
      throw new UsageError(`unknown protocol: ${protocol}`);
    if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
    if (values.since !== undefined) resolveSince(values.since);
    headers = parseHeaders([...envHeaders(), ...(values.header ?? [])]);
  } catch (error) {
    process.stderr.write(`llmtop export: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }

  const selection: { session?: string; since?: string; trace?: string } = {};
  if (values.session !== undefined) selection.session = values.session;
  if (values.since !== undefined) selection.since = values.since;
  if (values.trace !== undefined) selection.trace = values.trace;

  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let result: ExportResult;
  try {
    result = await exportSpans({
      path,
      endpoint: endpoint as string,
      protocol,
      headers,
      gzip: !values['no-gzip'],
      selection,
      noContent: values['no-content'] === true,
      ...(dryRunFile ? { dryRunFile } : {}),
      signal: controller.signal,
      onProgress: (progress) => {
        if (!tty) return;
        const now = Date.now();
        if (now - lastDraw < 100 && progress.exported + progress.skipped < progress.total) return;
        lastDraw = now;
        process.stderr.write(`\r\x1b[2K${progressLine(progress)}`);
      },
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  if (tty && lastDraw > 0) process.stderr.write('\n');
  const target = dryRunFile ?? endpoint ?? '';
  for (const warning of result.warnings) process.stderr.write(`llmtop export: receiver: ${warning}\n`);
  if (!result.ok) {
    process.stderr.write(
      `llmtop export: ${result.aborted ? 'stopped' : 'failed'}: ${result.error ?? 'unknown error'}\n` +
        `  ${summary(result, target)}; the next export resumes after the last delivered span.\n`,
    );
    return 1;
  }
  process.stdout.write(`${summary(result, target)}\n`);
  return 0;
}

/**
 * The flush pipeline, as numbered steps: (1) mask every payload field, (2) price, (3) decide judge
 * sampling, (4) seal payloads when encryption is on, (5) shape the `spans` row. Runs on the writer
 * worker by default, and on the app thread for `writer: 'inline'` and at exit; the same code both ways.
 *
 * Masking fails closed: a field whose masking throws is stored as a redaction marker, never raw.
 */

import { PII_REDACTION_MARKER } from '../pii/index.js';
import type { SerializedSpan, SpanData, SpanRow } from '../span/span-record.js';
import { msToNs } from '../util/clock.js';
import { type SafeJsonOptions, toSafeValue } from '../util/safe-json.js';
import { serializeSpanFields } from './serialize-span.js';

/** One marker for a field that could not be masked, whether the masker or the pipeline caught it. */
export const MASKING_FAILED_MARKER = PII_REDACTION_MARKER;

export interface PipelineMasker<Scope = unknown> {
  mask(text: string, scope?: Scope): { text: string; entities: { type: string }[] };
  maskJsonText(jsonText: string, scope?: Scope): { text: string; counts: Record<string, number> };
  maskValue(value: unknown, scope?: Scope): { value: unknown; counts: Record<string, number> };
  createScope(): Scope;
  scopeSnapshot?(scope: Scope): unknown;
  restoreScope?(snapshot: unknown): Scope;
}

export interface PipelineStages {
  masker: PipelineMasker;
  priceSpan?: (span: SerializedSpan) => { costUsd: number; priceVersion: string } | undefined;
  sample?: (span: SerializedSpan) => { probability: number; reason: string } | undefined;
  /** Encrypts the payload columns of a row in place and sets `key_id`. */
  seal?: (row: SpanRow) => void;
  onError?: (kind: string, error: unknown) => void;
}

export interface Pipeline {
  /** Spans whose payloads are already JSON text (serialised on the app thread). */
  process(spans: readonly SerializedSpan[]): SpanRow[];
  /**
   * Spans as recorded: each payload is made JSON-safe, masked as a value and stringified once
   * (no stringify → parse → stringify round trip through JSON text).
   */
  processRecorded(spans: readonly SpanData[], limits?: SafeJsonOptions): SpanRow[];
  /**
   * The per-trace placeholder numbering, oldest trace first, as structured-cloneable data: another
   * pipeline that `adoptScopes` it carries on numbering those traces where this one stopped.
   * Holds raw values (memory only, between threads).
   */
  exportScopes(): [traceId: string, snapshot: unknown][];
  adoptScopes(scopes: readonly [traceId: string, snapshot: unknown][]): void;
}

type Counts = Record<string, number>;

function addCounts(counts: Counts, found: Counts): void {
  for (const type in found) counts[type] = (counts[type] ?? 0) + (found[type] as number);
}

/** Per-trace masking scopes, so `<EMAIL_1>` is the same address across a trace's batches. */
const SCOPES_KEPT = 2_000;

export function createPipeline(stages: PipelineStages): Pipeline {
  const scopes = new Map<string, unknown>();
  const keepScope = (traceId: string, scope: unknown) => {
    scopes.set(traceId, scope);
    if (scopes.size > SCOPES_KEPT) scopes.delete(scopes.keys().next().value as string);
  };
  const scopeFor = (traceId: string) => {
    let scope = scopes.get(traceId);
    if (scope === undefined) {
      scope = stages.masker.createScope();
      keepScope(traceId, scope);
    }
    return scope;
  };
  const report = (kind: string, error: unknown) => {
    try {
      stages.onError?.(kind, error);
    } catch {
      // nowhere left to report
    }
  };

  const maskJson = (text: string | undefined, scope: unknown, counts: Counts): string | null => {
    if (text === undefined) return null;
    try {
      const masked = stages.masker.maskJsonText(text, scope);
      addCounts(counts, masked.counts);
      return masked.text;
    } catch (error) {
      report('pipeline.mask', error);
      return JSON.stringify(MASKING_FAILED_MARKER);
    }
  };
  const maskRecorded = (
    value: unknown,
    limits: SafeJsonOptions | undefined,
    scope: unknown,
    counts: Counts,
  ): string | null => {
    if (value === undefined) return null;
    try {
      const masked = stages.masker.maskValue(toSafeValue(value, limits), scope);
      addCounts(counts, masked.counts);
      return JSON.stringify(masked.value) ?? 'null';
    } catch (error) {
      report('pipeline.mask', error);
      return JSON.stringify(MASKING_FAILED_MARKER);
    }
  };
  const maskText = (text: string | undefined, scope: unknown, counts: Counts): string | null => {
    if (text === undefined) return null;
    try {
      const masked = stages.masker.mask(text, scope);
      for (const entity of masked.entities) counts[entity.type] = (counts[entity.type] ?? 0) + 1;
      return masked.text;
    } catch (error) {
      report('pipeline.mask', error);
      return MASKING_FAILED_MARKER;
    }
  };

  /** `recorded`: the span's payloads as recorded values (`span` then carries none). */
  const processOne = (span: SerializedSpan, recorded?: SpanData, limits?: SafeJsonOptions): SpanRow => {
    // 1. mask
    const scope = scopeFor(span.traceId);
    const counts: Counts = {};
    const input = recorded
      ? maskRecorded(recorded.input, limits, scope, counts)
      : maskJson(span.input, scope, counts);
    const output = recorded
      ? maskRecorded(recorded.output, limits, scope, counts)
      : maskJson(span.output, scope, counts);
    const attributes = recorded
      ? maskRecorded(recorded.attributes, limits, scope, counts)
      : maskJson(span.attributes, scope, counts);
    const error = maskText(span.error, scope, counts);

    // 2. price
    let cost: { costUsd: number; priceVersion: string } | undefined;
    try {
      cost = stages.priceSpan?.(span);
    } catch (failure) {
      report('pipeline.price', failure);
    }

    // 3. judge sampling
    let sample: { probability: number; reason: string } | undefined;
    try {
      sample = stages.sample?.(span);
    } catch (failure) {
      report('pipeline.sample', failure);
    }

    // 5. the row
    const usage = span.usage;
    const row: SpanRow = {
      span_id: span.spanId,
      trace_id: span.traceId,
      parent_span_id: span.parentSpanId ?? null,
      kind: span.kind,
      name: span.name,
      agent: span.agent ?? null,
      session_id: span.sessionId ?? null,
      user_id: span.userId ?? null,
      feature: span.feature ?? null,
      tags: span.tags && span.tags.length > 0 ? JSON.stringify(span.tags) : null,
      status: span.status,
      error,
      start_ns: msToNs(span.startMs),
      end_ns: msToNs(span.endMs),
      first_token_ns: span.firstTokenMs === undefined ? null : msToNs(span.firstTokenMs),
      provider: span.provider ?? null,
      request_model: span.requestModel ?? null,
      response_model: span.responseModel ?? null,
      input_tokens: tokenCount(usage?.input),
      output_tokens: tokenCount(usage?.output),
      cache_read_tokens: tokenCount(usage?.cacheRead),
      cache_write_tokens: tokenCount(usage?.cacheWrite),
      reasoning_tokens: tokenCount(usage?.reasoning),
      cost_usd: cost?.costUsd ?? null,
      price_version: cost?.priceVersion ?? null,
      finish_reason: span.finishReason ?? null,
      input,
      output,
      attributes,
      pii_counts: Object.keys(counts).length > 0 ? JSON.stringify(counts) : null,
      judge_sample: sample?.probability ?? null,
      judge_reason: sample?.reason ?? null,
      key_id: null,
    };

    // 4. seal (after shaping, so it sees the final column values)
    if (stages.seal) {
      try {
        stages.seal(row);
      } catch (failure) {
        // Fail closed: a row that could not be encrypted keeps no payload at all.
        report('pipeline.seal', failure);
        row.input = row.output = row.attributes = JSON.stringify(MASKING_FAILED_MARKER);
        row.error = row.error === null ? null : MASKING_FAILED_MARKER;
      }
    }
    return row;
  };

  return {
    process(spans) {
      return spans.map((span) => processOne(span));
    },
    processRecorded(spans, limits) {
      return spans.map((span) => processOne(serializeSpanFields(span), span, limits));
    },
    exportScopes() {
      const out: [string, unknown][] = [];
      for (const [traceId, scope] of scopes) {
        const snapshot = stages.masker.scopeSnapshot?.(scope);
        if (snapshot !== undefined) out.push([traceId, snapshot]);
      }
      return out;
    },
    adoptScopes(adopted) {
      if (!stages.masker.restoreScope) return;
      for (const [traceId, snapshot] of adopted) {
        if (scopes.has(traceId)) continue; // this pipeline already numbers that trace itself
        keepScope(traceId, stages.masker.restoreScope(snapshot));
      }
    },
  };
}

function tokenCount(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

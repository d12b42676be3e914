import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpanRow } from '../../span/span-record.js';
import { sampleRow } from '../__fixtures__/sample-row.js';
import { openDatabase } from '../database.js';
import { createSpanInserter } from '../span-inserter.js';
import {
  acknowledgeAlert,
  createDataVersionProbe,
  readAgentScores,
  readAgentTotals,
  readAlerts,
  readCostAfter,
  readCostBuckets,
  readCostSeries,
  readModelCallStats,
  readRecentSpans,
  readScoreSeries,
  readSeqBounds,
  readTraceScores,
  readTraceSpans,
  readWriterStats,
  spanFilterClause,
} from './index.js';

const T0 = 1_700_000_000_000; // ms
const ns = (ms: number) => BigInt(ms) * 1_000_000n;
let counter = 0;
function row(overrides: Partial<SpanRow> & { atMs?: number; durMs?: number } = {}): SpanRow {
  const { atMs = T0, durMs = 100, ...rest } = overrides;
  counter++;
  return sampleRow({
    span_id: counter.toString(16).padStart(16, '0'),
    start_ns: ns(atMs),
    end_ns: ns(atMs + durMs),
    ...rest,
  });
}

function setup() {
  const path = join(mkdtempSync(join(tmpdir(), 'llmtop-read-')), 'a.db');
  const writer = openDatabase(path);
  const insert = createSpanInserter(writer);
  insert([
    row({
      agent: 'writer',
      feature: 'support',
      response_model: 'gpt-4o',
      input_tokens: 10,
      output_tokens: 5,
      cost_usd: 0.5,
      first_token_ns: ns(T0 + 30),
      trace_id: 'a'.repeat(32),
    }),
    row({
      agent: 'writer',
      feature: 'support',
      response_model: 'gpt-4o',
      cost_usd: null,
      atMs: T0 + 60_000,
      durMs: 300,
      trace_id: 'a'.repeat(32),
    }),
    row({
      agent: 'researcher',
      kind: 'tool',
      name: 'web_search',
      status: 'error',
      error: 'Timeout',
      atMs: T0 + 1000,
      trace_id: 'b'.repeat(32),
    }),
    row({
      agent: 'researcher',
      kind: 'embedding',
      name: 'embed',
      cost_usd: 0.01,
      atMs: T0 + 2000,
      trace_id: 'b'.repeat(32),
    }),
    row({ agent: 'old', cost_usd: 9, atMs: T0 - 86_400_000 }),
  ]);
  const score = writer.prepare(
    `INSERT INTO scores (trace_id, span_id, metric, value, judge, sampling_probability, agent, feature, created_ns)
     VALUES (?, ?, ?, ?, 'offline', ?, 'writer', 'support', ?)`,
  );
  score.run('a'.repeat(32), '0000000000000001', 'faithfulness', 1, 0.5, ns(T0 + 10));
  score.run('a'.repeat(32), '0000000000000002', 'faithfulness', 0, 1, ns(T0 + 70_000));
  const reader = openDatabase(path, { readonly: true });
  return { path, writer, reader, insert };
}

describe('dashboard read queries', () => {
  it('reads model calls and per-agent totals in a window, with filters', () => {
    const { reader } = setup();
    const window = { sinceNs: ns(T0) };
    const stats = readModelCallStats(reader, window);
    expect(stats.agents).toEqual([
      { agent: 'writer', calls: 2, inputTokens: 10, outputTokens: 5, costUsd: 0.5, unpriced: 1 },
    ]);
    // Log-scale buckets: exp(bucket / 20) is within ~2.5 % of the duration.
    const centres = stats.latency.map((b) => Math.exp(b.bucket / 20)).sort((a, b) => a - b);
    expect(centres[0]! / 100).toBeCloseTo(1, 1);
    expect(centres[1]! / 300).toBeCloseTo(1, 1);
    expect(stats.ttft).toEqual([{ agent: 'writer', bucket: Math.round(Math.log(30) * 20), count: 1 }]);
    const totals = readAgentTotals(reader, window);
    expect(totals.find((t) => t.agent === 'researcher')).toEqual({
      agent: 'researcher',
      spans: 2,
      errors: 1,
      otherCostUsd: 0.01,
    });
    expect(readModelCallStats(reader, { ...window, filter: { agent: 'researcher' } }).agents).toHaveLength(0);
    expect(readAgentTotals(reader, { ...window, filter: { errorsOnly: true } })).toEqual([
      { agent: 'researcher', spans: 1, errors: 1, otherCostUsd: null },
    ]);
  });

  it('streams newest first, searches, and filters errors through the partial index', () => {
    const { reader } = setup();
    const recent = readRecentSpans(reader, { limit: 3 });
    expect(recent.map((r) => r.seq)).toEqual([5, 4, 3]);
    expect(readRecentSpans(reader, { limit: 10, filter: { search: 'web_' } }).map((r) => r.name)).toEqual([
      'web_search',
    ]);
    expect(readRecentSpans(reader, { limit: 10, filter: { search: '%' } })).toEqual([]);
    const plan = reader
      .prepare(
        `EXPLAIN QUERY PLAN SELECT seq FROM spans WHERE 1${spanFilterClause({ errorsOnly: true }).sql} ORDER BY seq DESC LIMIT 5`,
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join(' ');
    expect(plan).toContain('spans_errors');
  });

  it('keeps values out of the SQL text', () => {
    const clause = spanFilterClause({ agent: "x' OR 1=1 --", model: 'm' });
    expect(clause.sql).not.toContain('OR 1=1');
    expect(clause.params).toEqual(["x' OR 1=1 --", 'm']);
  });

  it('sums cost in buckets and then only after a seq, without evaluator spans', () => {
    const { reader, insert } = setup();
    const buckets = readCostBuckets(reader, { sinceNs: ns(T0 - 1000), bucketMs: 3_600_000 });
    expect(buckets.reduce((s, b) => s + (b.costUsd ?? 0), 0)).toBeCloseTo(0.51);
    expect(buckets.reduce((s, b) => s + b.unpriced, 0)).toBe(1);
    const { maxSeq } = readSeqBounds(reader);
    insert([
      row({ cost_usd: 2, atMs: T0 + 5000 }),
      row({ kind: 'evaluator', cost_usd: 100, atMs: T0 + 5000 }),
    ]);
    const after = readCostAfter(reader, maxSeq);
    expect(after.rows).toEqual([{ atMs: T0 + 5000, costUsd: 2, unpriced: 0 }]);
    expect(after.maxSeq).toBe(maxSeq + 1);
    const series = readCostSeries(reader, { sinceNs: ns(T0), bucketMs: 60_000, by: 'feature' });
    expect(series.find((s) => s.key === 'support' && s.bucketMs === T0 - (T0 % 60_000))).toMatchObject({
      costUsd: 0.5,
      calls: 1,
    });
  });

  it('weights judge scores by 1 / sampling probability', () => {
    const { reader } = setup();
    const [score] = readAgentScores(reader, { sinceNs: ns(T0) });
    // value 1 with weight 2, value 0 with weight 1.
    expect(score).toMatchObject({ agent: 'writer', metric: 'faithfulness', count: 2 });
    expect(score!.value).toBeCloseTo(2 / 3);
    expect(readAgentScores(reader, { sinceNs: ns(T0), filter: { feature: 'billing' } })).toEqual([]);
    expect(readScoreSeries(reader, { sinceNs: ns(T0), bucketMs: 60_000 })).toHaveLength(2);
  });

  it('reads a trace with its scores, alerts with acknowledgement, writer stats and data_version', () => {
    const { reader, writer, insert } = setup();
    const spans = readTraceSpans(reader, 'a'.repeat(32));
    expect(spans.map((s) => s.startMs)).toEqual([T0, T0 + 60_000]);
    expect(spans[0]).toMatchObject({ firstTokenMs: T0 + 30, costUsd: 0.5, keyId: null });
    expect(readTraceScores(reader, 'a'.repeat(32))).toHaveLength(2);
    writer
      .prepare(
        `INSERT INTO alerts (kind, scope, level, message, dedupe_key, created_ns) VALUES ('budget', 'global', '80%', 'm', 'k', ?)`,
      )
      .run(ns(T0));
    const probe = createDataVersionProbe(reader);
    const before = probe();
    const [alert] = readAlerts(reader);
    expect(alert).toMatchObject({ kind: 'budget', acknowledgedMs: null, createdMs: T0 });
    expect(acknowledgeAlert(writer, alert!.id, ns(T0 + 1))).toBe(true);
    expect(acknowledgeAlert(writer, alert!.id, ns(T0 + 2))).toBe(false);
    expect(readAlerts(reader)[0]!.acknowledgedMs).toBe(T0 + 1);
    expect(probe()).not.toBe(before);
    expect(readWriterStats(reader)).toMatchObject({ writers: 0, internalErrors: 0, lagMs: null });
    insert([row()]);
    expect(readSeqBounds(reader).maxSeq).toBe(6);
  });
});

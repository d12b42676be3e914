import type { TraceScoreRow, TraceSpanRow } from '@llmtop/core/sqlite';
import { describe, expect, it } from 'vitest';
import { spanDetailModel, wrapText } from './detail-model.js';
import { lineText } from './line.js';
import { flattenTrace, waterfallBar, waterfallModel } from './trace-model.js';

const span = (
  spanId: string,
  parentSpanId: string | null,
  startMs: number,
  endMs: number,
  extra: Partial<TraceSpanRow> = {},
): TraceSpanRow => ({
  spanId,
  traceId: 't1',
  parentSpanId,
  kind: 'chain',
  name: spanId,
  agent: null,
  sessionId: null,
  userId: null,
  feature: null,
  tags: null,
  status: 'ok',
  error: null,
  startMs,
  endMs,
  firstTokenMs: null,
  provider: null,
  requestModel: null,
  responseModel: null,
  inputTokens: null,
  outputTokens: null,
  cacheReadTokens: null,
  cacheWriteTokens: null,
  reasoningTokens: null,
  costUsd: null,
  finishReason: null,
  input: null,
  output: null,
  attributes: null,
  piiCounts: null,
  keyId: null,
  ...extra,
});

describe('trace waterfall', () => {
  const spans = [
    span('b', 'root', 100, 400),
    span('root', null, 0, 1000),
    span('a', 'root', 10, 50),
    span('b1', 'b', 120, 300, { status: 'error' }),
    span('orphan', 'missing', 500, 600),
  ];

  it('builds a depth-first tree ordered by start, orphans as roots', () => {
    const nodes = flattenTrace(spans);
    expect(nodes.map((n) => `${n.prefix}${n.span.spanId}`)).toEqual([
      'root',
      '├─a',
      '└─b',
      '  └─b1',
      'orphan',
    ]);
  });

  it('places bars on the trace time axis', () => {
    expect(waterfallBar({ startMs: 0, endMs: 1000 }, { startMs: 0, endMs: 1000 }, 10)).toBe('██████████');
    expect(waterfallBar({ startMs: 500, endMs: 600 }, { startMs: 0, endMs: 1000 }, 10)).toBe('     █    ');
    expect(waterfallBar({ startMs: 999, endMs: 1000 }, { startMs: 0, endMs: 1000 }, 10)).toBe('         █');
  });

  it('renders lines with durations, errors marked, within the width', () => {
    const lines = waterfallModel({
      nodes: flattenTrace(spans),
      cursor: 0,
      focused: true,
      width: 60,
      height: 10,
    }).map(lineText);
    expect(lines[0]).toContain('5 spans');
    expect(lines.find((l) => l.includes('b1'))).toMatch(/✗.*180ms$/);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(60);
  });
});

describe('span detail', () => {
  it('shows facts, masked messages, tool errors and judge scores with evidence', () => {
    const llm = span('s1', null, 0, 1500, {
      kind: 'llm',
      name: 'ChatAnthropic',
      agent: 'writer',
      firstTokenMs: 300,
      responseModel: 'claude-sonnet-4',
      requestModel: 'claude-sonnet-4-latest',
      inputTokens: 1200,
      outputTokens: 80,
      costUsd: null,
      input: JSON.stringify([{ role: 'user', content: 'mail <EMAIL_1>' }]),
      output: JSON.stringify({ text: 'done' }),
      piiCounts: JSON.stringify({ EMAIL: 1 }),
    });
    const scores: TraceScoreRow[] = [
      {
        spanId: 's1',
        metric: 'faithfulness',
        value: 0.4,
        judge: 'offline',
        explanation: 'claim not in context',
        evidence: '["refund in 5 days"]',
        samplingReason: 'rate',
        samplingProbability: 0.15,
      },
    ];
    const text = spanDetailModel({ span: llm, scores, width: 70 }).map(lineText).join('\n');
    expect(text).toContain('ttft 300ms');
    expect(text).toContain('model claude-sonnet-4 (requested claude-sonnet-4-latest)');
    expect(text).toContain('cost unpriced');
    expect(text).toContain('user: mail <EMAIL_1>');
    expect(text).toContain('masked PII: EMAIL×1');
    expect(text).toMatch(/faithfulness 0\.40 +\(offline\)\s+sampled: rate p=0\.15/);
    expect(text).toContain('evidence: ["refund in 5 days"]');
  });

  it('lists retrieved documents with scores and the reranker order', () => {
    const retriever = span('r', null, 0, 10, {
      kind: 'retriever',
      input: JSON.stringify('refunds'),
      output: JSON.stringify([
        { pageContent: 'Refunds take 5 days.', metadata: { source: 'refunds.md', score: 0.91 } },
      ]),
    });
    const text = spanDetailModel({ span: retriever, scores: [], width: 60 }).map(lineText).join('\n');
    expect(text).toContain('RETRIEVED DOCUMENTS');
    expect(text).toContain('#1 score 0.910  refunds.md');
    const reranker = span('k', null, 0, 10, {
      kind: 'reranker',
      output: JSON.stringify([
        { text: 'B', index: 1, relevance_score: 0.9 },
        { text: 'A', index: 0, relevance_score: 0.2 },
      ]),
    });
    const order = spanDetailModel({ span: reranker, scores: [], width: 60 }).map(lineText).join('\n');
    expect(order).toContain('RERANKED ORDER');
    expect(order).toContain('#1 (was #2) score 0.900');
    const tool = span('x', null, 0, 10, {
      kind: 'tool',
      status: 'error',
      error: 'Timeout',
      input: '{"q":"x"}',
    });
    const toolText = spanDetailModel({ span: tool, scores: [], width: 60 }).map(lineText).join('\n');
    expect(toolText).toContain('TOOL ARGUMENTS');
    expect(toolText).toContain('"q": "x"');
    expect(toolText).toContain('Timeout');
  });

  it('never shows encrypted payloads as text, and wraps long lines', () => {
    const sealed = span('e', null, 0, 1, { keyId: 'k1', input: 'v1:abc' });
    const text = spanDetailModel({ span: sealed, scores: [], width: 60 }).map(lineText).join('\n');
    expect(text).toContain('encrypted with key k1');
    expect(text).not.toContain('v1:abc');
    expect(wrapText('abcdef', 4)).toEqual(['abcd', 'ef']);
  });
});

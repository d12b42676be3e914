import { DURATION_BUCKETS_PER_E, type DurationBucketRow } from '@llmtop/core/sqlite';
import { describe, expect, it } from 'vitest';
import { agentsTableModel, buildAgentRows, sortAgentRows } from './agents-model.js';
import { lineText } from './line.js';
import { percentile } from './percentile.js';

/** Histogram rows for durations, bucketed the way the SQL query does. */
function histogram(agent: string, values: number[]): DurationBucketRow[] {
  const counts = new Map<number, number>();
  for (const v of values) {
    const bucket = Math.round(Math.log(v) * DURATION_BUCKETS_PER_E);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts].map(([bucket, count]) => ({ agent, bucket, count }));
}

describe('agents model', () => {
  const researcherLatency = Array.from({ length: 20 }, (_, i) => (i + 1) * 100);
  const rows = buildAgentRows({
    calls: {
      agents: [
        { agent: 'researcher', calls: 20, inputTokens: 2000, outputTokens: 200, costUsd: 0.2, unpriced: 0 },
        // One of the writer's calls is unpriced: cost is the priced part plus a marker.
        { agent: 'writer', calls: 2, inputTokens: 100, outputTokens: 20, costUsd: 0.5, unpriced: 1 },
      ],
      latency: [...histogram('researcher', researcherLatency), ...histogram('writer', [500, 700])],
      ttft: histogram(
        'researcher',
        Array.from({ length: 20 }, () => 50),
      ),
    },
    totals: [
      { agent: 'researcher', spans: 40, errors: 2, otherCostUsd: null },
      { agent: 'writer', spans: 4, errors: 0, otherCostUsd: 0.25 },
      { agent: 'tools-only', spans: 3, errors: 3, otherCostUsd: null },
    ],
    scores: [{ agent: 'writer', metric: 'faithfulness', value: 0.42, count: 3 }],
  });
  const byName = Object.fromEntries(rows.map((r) => [r.agent, r]));

  it('aggregates calls, tokens, cost, percentiles, TTFT and error rate per agent', () => {
    expect(byName.researcher).toMatchObject({ calls: 20, inputTokens: 2000 });
    // Histogram percentiles are within ~2.5 % of the exact ones.
    expect(byName.researcher!.p50Ms! / percentile(researcherLatency, 50)!).toBeCloseTo(1, 1);
    expect(byName.researcher!.p95Ms! / percentile(researcherLatency, 95)!).toBeCloseTo(1, 1);
    expect(byName.researcher!.ttftP50Ms! / 50).toBeCloseTo(1, 1);
    expect(byName.researcher!.costUsd).toBeCloseTo(0.2);
    expect(byName.researcher!.errorRate).toBeCloseTo(0.05);
    expect(byName.writer).toMatchObject({ calls: 2, unpriced: 1, inputTokens: 100, costUsd: 0.75 });
    expect(byName.writer!.scores.faithfulness).toEqual({ value: 0.42, count: 3 });
    expect(byName['tools-only']).toMatchObject({ calls: 0, costUsd: null, errorRate: 1, p50Ms: undefined });
  });

  it('sorts by any column, both ways', () => {
    expect(sortAgentRows(rows, 'cost', true).map((r) => r.agent)).toEqual([
      'writer',
      'researcher',
      'tools-only',
    ]);
    expect(sortAgentRows(rows, 'errors', true)[0]!.agent).toBe('tools-only');
    expect(sortAgentRows(rows, 'agent', false).map((r) => r.agent)).toEqual([
      'researcher',
      'tools-only',
      'writer',
    ]);
  });

  it('renders a table that fits 80 columns and marks unpriced cost', () => {
    const table = agentsTableModel({
      rows,
      sort: 'cost',
      descending: true,
      cursor: 0,
      focused: true,
      width: 78,
      height: 6,
    });
    const text = table.lines.map(lineText);
    for (const line of text) expect([...line].length).toBeLessThanOrEqual(78);
    expect(text[0]).toContain('COST↓');
    expect(text[0]).toContain('FAITH');
    expect(text[1]).toMatch(/^writer .*\$0\.75\+.*0\.42/);
    expect(table.agents).toEqual(['writer', 'researcher', 'tools-only']);
    expect(table.lines[1]!.every((s) => s.tone === 'selected')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyData } from '../model/dashboard-data.js';
import { lineText } from '../model/line.js';
import { initialUiState } from '../state/ui-state.js';
import { buildScreenModel, readerQuery } from './screen-model.js';

const now = Date.UTC(2026, 10, 27, 12, 0, 0);

function sample() {
  const data = emptyData('/tmp/x/llmtop.db', now, 'ready');
  data.totalSpans = 3;
  data.costToday = { usd: 1.5, unpriced: 1 };
  data.costMonth = { usd: 40, unpriced: 1 };
  data.callStats = {
    agents: [{ agent: 'writer', calls: 1, inputTokens: 10, outputTokens: 5, costUsd: 0.5, unpriced: 0 }],
    latency: [{ agent: 'writer', bucket: 136, count: 1 }],
    ttft: [],
  };
  data.agentTotals = [{ agent: 'writer', spans: 2, errors: 1, otherCostUsd: null }];
  data.recent = [
    {
      seq: 3,
      spanId: 's3',
      traceId: 't1',
      startMs: now - 1000,
      durationMs: 900,
      agent: 'writer',
      kind: 'llm',
      name: 'ChatAnthropic',
      model: 'claude-sonnet-4',
      inputTokens: 10,
      outputTokens: 5,
      costUsd: 0.5,
      status: 'ok',
    },
  ];
  data.alerts = [
    {
      id: 1,
      kind: 'budget',
      scope: 'global',
      level: '80%',
      message: '80% of $10 spent',
      createdMs: now,
      acknowledgedMs: null,
    },
  ];
  data.budgets = [{ label: 'global/day', ratio: 0.8 }];
  return data;
}

describe('screen model', () => {
  it('fits 80×24: header, agents, spans, footer, every line within the width', () => {
    const screen = buildScreenModel(sample(), initialUiState(), { width: 80, height: 24 });
    expect(screen.layout.charts).toBeUndefined();
    const header = screen.header.map(lineText);
    expect(header[0]).toContain('today $1.50+');
    expect(header[0]).toContain('alerts 1');
    expect(header[1]).toContain('global/day');
    for (const line of [
      ...header,
      ...screen.agents!.lines.map(lineText),
      ...screen.stream!.lines.map(lineText),
    ]) {
      expect([...line].length).toBeLessThanOrEqual(80);
    }
    expect(screen.agents!.lines.map(lineText)[1]).toMatch(/^writer/);
    expect(screen.stream!.lines.map(lineText)[1]).toContain('ChatAnthropic');
    const { agents, stream } = screen.layout;
    expect(agents.top + agents.height).toBe(stream!.top);
    expect(stream!.top + stream!.height).toBe(screen.layout.footer.top);
    expect(screen.context.stream).toEqual([{ traceId: 't1', spanId: 's3' }]);
  });

  it('puts charts beside the stream on wide terminals and survives tiny ones', () => {
    const wide = buildScreenModel(sample(), initialUiState(), { width: 200, height: 50 });
    expect(wide.charts?.lines.map(lineText)[0]).toContain('COST/min by feature');
    expect(wide.layout.stream!.width + wide.layout.charts!.width).toBe(200);
    const tiny = buildScreenModel(sample(), initialUiState(), { width: 20, height: 5 });
    expect(tiny.layout.footer.top).toBeGreaterThan(tiny.layout.header.height);
  });

  it('says it is waiting when the file does not exist', () => {
    const screen = buildScreenModel(emptyData('/tmp/none.db', now), initialUiState(), {
      width: 80,
      height: 24,
    });
    expect(lineText(screen.header[0]!)).toContain('waiting for /tmp/none.db');
  });

  it('asks the reader for the trace only in trace mode', () => {
    const state = {
      ...initialUiState(),
      mode: 'trace' as const,
      trace: { traceId: 't1', cursor: 0, detailScroll: 0, focus: 'tree' as const },
    };
    expect(readerQuery(state, { width: 80, height: 24 }, 1).traceId).toBe('t1');
    expect(readerQuery(initialUiState(), { width: 80, height: 24 }, 1).traceId).toBeUndefined();
  });
});

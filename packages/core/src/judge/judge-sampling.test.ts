import { describe, expect, it } from 'vitest';
import { createIdGenerator } from '../util/ids.js';
import { decideJudgeSampling, traceSampleValue } from './judge-sampling.js';

describe('judge sampling', () => {
  const ids = createIdGenerator();
  const traces = Array.from({ length: 20_000 }, () => ids.traceId());

  it('is deterministic, uniform and nested across rates', () => {
    expect(traceSampleValue(traces[0]!)).toBe(traceSampleValue(traces[0]!));
    const sampled = (rate: number) =>
      new Set(traces.filter((t) => decideJudgeSampling({ traceId: t, status: 'ok' }, rate)));
    const at10 = sampled(0.1);
    const at30 = sampled(0.3);
    expect(at10.size / traces.length).toBeGreaterThan(0.09);
    expect(at10.size / traces.length).toBeLessThan(0.11);
    expect(at30.size / traces.length).toBeGreaterThan(0.285);
    expect(at30.size / traces.length).toBeLessThan(0.315);
    for (const trace of at10) expect(at30.has(trace)).toBe(true);
  });

  it('always samples errors and truncated or filtered answers, with probability 1', () => {
    expect(decideJudgeSampling({ traceId: traces[1]!, status: 'error' }, 0)).toEqual({
      probability: 1,
      reason: 'error',
    });
    expect(decideJudgeSampling({ traceId: traces[1]!, status: 'ok', finishReason: 'length' }, 0)).toEqual({
      probability: 1,
      reason: 'finish_reason',
    });
    expect(
      decideJudgeSampling({ traceId: traces[1]!, status: 'ok', finishReason: 'content_filter' }, 0)?.reason,
    ).toBe('finish_reason');
    expect(
      decideJudgeSampling({ traceId: traces[1]!, status: 'ok', finishReason: 'stop' }, 0),
    ).toBeUndefined();
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decideJudgeSampling, traceSampleValue } from './judge-sampling.js';

const ids = Array.from({ length: 10_000 }, () => randomBytes(16).toString('hex'));

describe('traceSampleValue', () => {
  it('is deterministic and in [0, 1)', () => {
    for (const id of ids.slice(0, 200)) {
      const u = traceSampleValue(id);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      expect(traceSampleValue(id)).toBe(u);
    }
  });

  it('spreads sequential (time-ordered) ids uniformly', () => {
    const sequential = Array.from(
      { length: 10_000 },
      (_, i) => `0192f0c1a2b3${i.toString(16).padStart(20, '0')}`,
    );
    const rate = sequential.filter((id) => traceSampleValue(id) < 0.1).length / sequential.length;
    expect(Math.abs(rate - 0.1)).toBeLessThan(0.009); // 3σ at n = 10,000
  });
});

describe('decideJudgeSampling', () => {
  it('samples about the configured rate (binomial 3σ band) with probability = rate', () => {
    const decisions = ids.map((traceId) => decideJudgeSampling({ traceId, status: 'ok' }, 0.15));
    const sampled = decisions.filter(Boolean);
    expect(Math.abs(sampled.length / ids.length - 0.15)).toBeLessThan(0.0108);
    expect(sampled.every((d) => d?.reason === 'rate' && d.probability === 0.15)).toBe(true);
  });

  it('is monotone: raising the rate keeps every earlier sample', () => {
    for (const id of ids.slice(0, 2000)) {
      const low = decideJudgeSampling({ traceId: id, status: 'ok' }, 0.05);
      if (low) expect(decideJudgeSampling({ traceId: id, status: 'ok' }, 0.3)).toBeDefined();
    }
  });

  it('always samples errors and length/content_filter finishes', () => {
    const id = ids.find((i) => traceSampleValue(i) > 0.99) as string;
    expect(decideJudgeSampling({ traceId: id, status: 'ok' }, 0.15)).toBeUndefined();
    expect(decideJudgeSampling({ traceId: id, status: 'error' }, 0)).toEqual({
      probability: 1,
      reason: 'error',
    });
    expect(decideJudgeSampling({ traceId: id, status: 'ok', finishReason: 'length' }, 0)).toEqual({
      probability: 1,
      reason: 'finish_reason',
    });
    expect(decideJudgeSampling({ traceId: id, status: 'ok', finishReason: 'content_filter' }, 0)).toEqual({
      probability: 1,
      reason: 'finish_reason',
    });
    expect(decideJudgeSampling({ traceId: id, status: 'ok', finishReason: 'stop' }, 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { mapFinishReason, mapUsage } from './map-usage.js';

describe('mapUsage', () => {
  it('maps the provider (spec v3/v4) shape, input including cache reads and writes', () => {
    expect(
      mapUsage({
        inputTokens: { total: 120, noCache: 20, cacheRead: 80, cacheWrite: 20 },
        outputTokens: { total: 30, text: 25, reasoning: 5 },
      }),
    ).toEqual({ input: 120, output: 30, cacheRead: 80, cacheWrite: 20, reasoning: 5 });
  });

  it('leaves absent counts undefined, never 0', () => {
    expect(
      mapUsage({
        inputTokens: { total: 10, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
        outputTokens: { total: undefined, text: undefined, reasoning: undefined },
      }),
    ).toEqual({ input: 10 });
    expect(mapUsage({ inputTokens: {}, outputTokens: {} })).toBeUndefined();
    expect(mapUsage(undefined)).toBeUndefined();
    expect(mapUsage({ inputTokens: Number.NaN })).toBeUndefined();
  });

  it('maps the user-facing ai 7 shape and the older flat fields', () => {
    expect(
      mapUsage({
        inputTokens: 60,
        inputTokenDetails: { noCacheTokens: 56, cacheReadTokens: 4, cacheWriteTokens: undefined },
        outputTokens: 12,
        outputTokenDetails: { textTokens: 10, reasoningTokens: 2 },
        totalTokens: 72,
      }),
    ).toEqual({ input: 60, output: 12, cacheRead: 4, reasoning: 2 });
    expect(mapUsage({ inputTokens: 5, outputTokens: 3, cachedInputTokens: 1, reasoningTokens: 0 })).toEqual({
      input: 5,
      output: 3,
      cacheRead: 1,
      reasoning: 0,
    });
  });
});

describe('mapFinishReason', () => {
  it('reads the unified reason of spec v3/v4 and plain strings', () => {
    expect(mapFinishReason({ unified: 'tool-calls', raw: 'tool_calls' })).toBe('tool-calls');
    expect(mapFinishReason('stop')).toBe('stop');
    expect(mapFinishReason(undefined)).toBeUndefined();
    expect(mapFinishReason({ raw: 'x' })).toBeUndefined();
  });
});

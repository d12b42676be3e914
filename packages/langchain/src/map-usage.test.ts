import { describe, expect, it } from 'vitest';
import { addUsage, usageFromLlmOutput, usageFromMetadata } from './map-usage.js';

describe('usageFromMetadata', () => {
  it('maps usage_metadata with cache and reasoning details', () => {
    expect(
      usageFromMetadata({
        input_tokens: 100,
        output_tokens: 20,
        total_tokens: 120,
        input_token_details: { cache_read: 60, cache_creation: 10 },
        output_token_details: { reasoning: 8 },
      }),
    ).toEqual({ input: 100, output: 20, cacheRead: 60, cacheWrite: 10, reasoning: 8 });
  });

  it('leaves unreported counts undefined, never 0, and keeps a reported 0', () => {
    expect(usageFromMetadata({ input_tokens: 5, output_tokens: 0, input_token_details: {} })).toEqual({
      input: 5,
      output: 0,
    });
    expect(usageFromMetadata({})).toBeUndefined();
    expect(usageFromMetadata(undefined)).toBeUndefined();
    expect(usageFromMetadata({ input_tokens: Number.NaN, output_tokens: -1 })).toBeUndefined();
  });
});

describe('usageFromLlmOutput', () => {
  it('reads the tokenUsage convention', () => {
    expect(
      usageFromLlmOutput({ tokenUsage: { promptTokens: 7, completionTokens: 3, totalTokens: 10 } }),
    ).toEqual({ input: 7, output: 3 });
    expect(usageFromLlmOutput({ estimatedTokenUsage: { promptTokens: 4 } })).toEqual({ input: 4 });
  });

  it('reads raw OpenAI usage with cached and reasoning details', () => {
    expect(
      usageFromLlmOutput({
        usage: {
          prompt_tokens: 50,
          completion_tokens: 30,
          prompt_tokens_details: { cached_tokens: 20 },
          completion_tokens_details: { reasoning_tokens: 12 },
        },
      }),
    ).toEqual({ input: 50, output: 30, cacheRead: 20, reasoning: 12 });
  });

  it('adds cache tokens to raw Anthropic input, which excludes them', () => {
    expect(
      usageFromLlmOutput({
        usage: {
          input_tokens: 5,
          output_tokens: 9,
          cache_read_input_tokens: 100,
          cache_creation_input_tokens: 40,
        },
      }),
    ).toEqual({ input: 145, output: 9, cacheRead: 100, cacheWrite: 40 });
  });

  it('returns undefined when nothing is reported', () => {
    expect(usageFromLlmOutput({})).toBeUndefined();
    expect(usageFromLlmOutput({ tokenUsage: {} })).toBeUndefined();
    expect(usageFromLlmOutput(undefined)).toBeUndefined();
  });
});

describe('addUsage', () => {
  it('sums known counts and keeps unknown ones unknown', () => {
    expect(addUsage({ input: 3 }, { input: 2, output: 4 })).toEqual({ input: 5, output: 4 });
    expect(addUsage(undefined, { output: 1 })).toEqual({ output: 1 });
    expect(addUsage({ input: 1 }, undefined)).toEqual({ input: 1 });
  });
});

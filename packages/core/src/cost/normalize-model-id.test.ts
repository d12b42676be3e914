import { describe, expect, it } from 'vitest';
import { modelIdCandidates, normalizeHost, normalizeModelId } from './normalize-model-id.js';

describe('normalizeModelId', () => {
  it.each([
    ['gpt-4o', 'gpt-4o'],
    ['GPT-4o-2024-08-06', 'gpt-4o'],
    ['openai/gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['o3-mini-2025-01-31', 'o3-mini'],
    ['gpt-4-0613', 'gpt-4'],
    ['claude-3-5-sonnet-20241022', 'claude-3-5-sonnet'],
    ['claude-3-5-sonnet-latest', 'claude-3-5-sonnet'],
    ['anthropic/claude-3.5-sonnet', 'claude-3-5-sonnet'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet'],
    ['us.anthropic.claude-sonnet-4-20250514-v1:0', 'claude-sonnet-4'],
    ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ['claude-opus-4-1-20250805', 'claude-opus-4-1'],
    ['models/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['gemini-2.5-flash-preview-05-20', 'gemini-2.5-flash'],
    ['gemini-1.5-pro-002', 'gemini-1.5-pro'],
    ['mistral-large-latest', 'mistral-large'],
    ['mistral-small-2503', 'mistral-small'],
    ['meta.llama3-3-70b-instruct-v1:0', 'llama3-3-70b-instruct'],
    ['meta-llama/Llama-3.3-70B-Instruct-Turbo', 'llama-3.3-70b-instruct-turbo'],
    ['accounts/fireworks/models/llama-v3p3-70b-instruct', 'llama-v3p3-70b-instruct'],
    ['grok-4-0709', 'grok-4'],
    ['  deepseek-chat ', 'deepseek-chat'],
  ])('%s → %s', (raw, family) => {
    expect(normalizeModelId(raw)).toBe(family);
  });

  it('tries the dated snapshot before its family, and keeps fine-tunes and tagged ids whole', () => {
    expect(modelIdCandidates('gpt-4o-2024-05-13').candidates).toEqual(['gpt-4o-2024-05-13', 'gpt-4o']);
    expect(modelIdCandidates('amazon.titan-embed-text-v2:0')).toEqual({
      candidates: ['amazon.titan-embed-text-v2:0', 'titan-embed-text-v2', 'titan-embed-text'],
      host: 'bedrock',
    });
    expect(modelIdCandidates('ft:gpt-4o-mini-2024-07-18:acme::abc').candidates).toEqual([
      'ft:gpt-4o-mini-2024-07-18:acme::abc',
    ]);
    expect(modelIdCandidates('llama3:8b').candidates).toEqual(['llama3:8b']);
  });

  it('maps provider names to host keys', () => {
    expect(normalizeHost('groq.chat')).toBe('groq');
    expect(normalizeHost('togetherai.chat')).toBe('together');
    expect(normalizeHost('amazon-bedrock')).toBe('bedrock');
    expect(normalizeHost('openai.responses')).toBe('openai');
    expect(normalizeHost(undefined)).toBeUndefined();
    expect(normalizeHost(' ')).toBeUndefined();
  });
});

/**
 * The built-in price table: published list prices in USD per 1M tokens, with the page each price
 * is published on and the date it took effect (or was last confirmed). Transcribed by hand, without
 * network access, so treat it as a default to check against the provider's page, not an invoice;
 * `prices.overrides` corrects any entry. When a provider changes a price, edit the entry and its date
 * and bump `PRICE_TABLE_VERSION`, which is stored on every priced span so old costs stay explainable.
 *
 * Ids are in normalised form (see `normalize-model-id.ts`): lower case, no provider prefix, no date
 * suffix. A dated id appears only where that snapshot is priced differently from the current one.
 * Not modelled: batch/flex/priority tiers, Anthropic's 1-hour cache writes (2× input), Gemini's
 * cache storage per hour, audio/image tokens, regional (data-residency) surcharges.
 */
import type { PriceTableEntry } from './model-price.js';

export const PRICE_TABLE_VERSION = '2025-11-25';

const OPENAI = 'https://openai.com/api/pricing/';
const ANTHROPIC = 'https://docs.anthropic.com/en/docs/about-claude/pricing';
const GOOGLE = 'https://ai.google.dev/gemini-api/docs/pricing';
const MISTRAL = 'https://mistral.ai/pricing#api-pricing';
const DEEPSEEK = 'https://api-docs.deepseek.com/quick_start/pricing';
const XAI = 'https://docs.x.ai/docs/models';
const GROQ = 'https://groq.com/pricing';
const TOGETHER = 'https://www.together.ai/pricing';
const BEDROCK = 'https://aws.amazon.com/bedrock/pricing/';
const FIREWORKS = 'https://fireworks.ai/pricing';
const COHERE = 'https://cohere.com/pricing';
const VOYAGE = 'https://docs.voyageai.com/docs/pricing';

// biome-ignore format: one model per line reads as a table
export const PRICE_TABLE: readonly PriceTableEntry[] = [
  // OpenAI. Cached input is the "cached input" column; OpenAI does not charge cache writes.
  { id: 'gpt-5.1', input: 1.25, cacheRead: 0.125, output: 10, source: OPENAI, date: '2025-11-13', aliases: ['gpt-5.1-chat', 'gpt-5.1-codex'] },
  { id: 'gpt-5.1-codex-mini', input: 0.25, cacheRead: 0.025, output: 2, source: OPENAI, date: '2025-11-13' },
  { id: 'gpt-5', input: 1.25, cacheRead: 0.125, output: 10, source: OPENAI, date: '2025-08-07', aliases: ['gpt-5-chat', 'gpt-5-codex'] },
  { id: 'gpt-5-mini', input: 0.25, cacheRead: 0.025, output: 2, source: OPENAI, date: '2025-08-07' },
  { id: 'gpt-5-nano', input: 0.05, cacheRead: 0.005, output: 0.4, source: OPENAI, date: '2025-08-07' },
  { id: 'gpt-5-pro', input: 15, output: 120, source: OPENAI, date: '2025-10-06' },
  { id: 'gpt-4.1', input: 2, cacheRead: 0.5, output: 8, source: OPENAI, date: '2025-04-14' },
  { id: 'gpt-4.1-mini', input: 0.4, cacheRead: 0.1, output: 1.6, source: OPENAI, date: '2025-04-14' },
  { id: 'gpt-4.1-nano', input: 0.1, cacheRead: 0.025, output: 0.4, source: OPENAI, date: '2025-04-14' },
  { id: 'gpt-4o', input: 2.5, cacheRead: 1.25, output: 10, source: OPENAI, date: '2024-10-01' },
  { id: 'gpt-4o-2024-05-13', input: 5, output: 15, source: OPENAI, date: '2024-05-13' },
  { id: 'chatgpt-4o-latest', input: 5, output: 15, source: OPENAI, date: '2024-08-13' },
  { id: 'gpt-4o-mini', input: 0.15, cacheRead: 0.075, output: 0.6, source: OPENAI, date: '2024-10-01' },
  { id: 'gpt-4.5-preview', input: 75, cacheRead: 37.5, output: 150, source: OPENAI, date: '2025-02-27' },
  { id: 'o1', input: 15, cacheRead: 7.5, output: 60, source: OPENAI, date: '2024-12-17', aliases: ['o1-preview'] },
  { id: 'o1-pro', input: 150, output: 600, source: OPENAI, date: '2025-03-19' },
  { id: 'o1-mini', input: 1.1, cacheRead: 0.55, output: 4.4, source: OPENAI, date: '2025-01-31' },
  { id: 'o3', input: 2, cacheRead: 0.5, output: 8, source: OPENAI, date: '2025-06-10' },
  { id: 'o3-pro', input: 20, output: 80, source: OPENAI, date: '2025-06-10' },
  { id: 'o3-mini', input: 1.1, cacheRead: 0.55, output: 4.4, source: OPENAI, date: '2025-01-31' },
  { id: 'o4-mini', input: 1.1, cacheRead: 0.275, output: 4.4, source: OPENAI, date: '2025-04-16' },
  { id: 'o3-deep-research', input: 10, cacheRead: 2.5, output: 40, source: OPENAI, date: '2025-06-26' },
  { id: 'o4-mini-deep-research', input: 2, cacheRead: 0.5, output: 8, source: OPENAI, date: '2025-06-26' },
  { id: 'codex-mini', input: 1.5, cacheRead: 0.375, output: 6, source: OPENAI, date: '2025-05-16' },
  {
    id: 'gpt-4-turbo',
    input: 10,
    output: 30,
    source: OPENAI,
    date: '2024-04-09',
    aliases: ['gpt-4-turbo-preview', 'gpt-4-1106-preview', 'gpt-4-0125-preview', 'gpt-4-vision-preview'],
  },
  { id: 'gpt-4', input: 30, output: 60, source: OPENAI, date: '2023-06-13' },
  { id: 'gpt-4-32k', input: 60, output: 120, source: OPENAI, date: '2023-06-13' },
  { id: 'gpt-3.5-turbo', input: 0.5, output: 1.5, source: OPENAI, date: '2024-01-25' },
  { id: 'text-embedding-3-small', input: 0.02, source: OPENAI, date: '2024-01-25' },
  { id: 'text-embedding-3-large', input: 0.13, source: OPENAI, date: '2024-01-25' },
  { id: 'text-embedding-ada-002', input: 0.1, source: OPENAI, date: '2022-12-15' },

  // Anthropic. cacheWrite is the 5-minute cache write (1.25× input); reads are 0.1× input.
  { id: 'claude-opus-4-5', input: 5, cacheWrite: 6.25, cacheRead: 0.5, output: 25, source: ANTHROPIC, date: '2025-11-24' },
  { id: 'claude-opus-4-1', input: 15, cacheWrite: 18.75, cacheRead: 1.5, output: 75, source: ANTHROPIC, date: '2025-08-05' },
  { id: 'claude-opus-4', input: 15, cacheWrite: 18.75, cacheRead: 1.5, output: 75, source: ANTHROPIC, date: '2025-05-22' },
  {
    id: 'claude-sonnet-4-5',
    input: 3,
    cacheWrite: 3.75,
    cacheRead: 0.3,
    output: 15,
    longContext: { aboveInputTokens: 200_000, input: 6, cacheWrite: 7.5, cacheRead: 0.6, output: 22.5 },
    source: ANTHROPIC,
    date: '2025-09-29',
  },
  {
    id: 'claude-sonnet-4',
    input: 3,
    cacheWrite: 3.75,
    cacheRead: 0.3,
    output: 15,
    longContext: { aboveInputTokens: 200_000, input: 6, cacheWrite: 7.5, cacheRead: 0.6, output: 22.5 },
    source: ANTHROPIC,
    date: '2025-05-22',
  },
  { id: 'claude-haiku-4-5', input: 1, cacheWrite: 1.25, cacheRead: 0.1, output: 5, source: ANTHROPIC, date: '2025-10-15' },
  { id: 'claude-3-7-sonnet', input: 3, cacheWrite: 3.75, cacheRead: 0.3, output: 15, source: ANTHROPIC, date: '2025-02-24' },
  { id: 'claude-3-5-sonnet', input: 3, cacheWrite: 3.75, cacheRead: 0.3, output: 15, source: ANTHROPIC, date: '2024-10-22' },
  { id: 'claude-3-5-haiku', input: 0.8, cacheWrite: 1, cacheRead: 0.08, output: 4, source: ANTHROPIC, date: '2024-11-04' },
  { id: 'claude-3-opus', input: 15, cacheWrite: 18.75, cacheRead: 1.5, output: 75, source: ANTHROPIC, date: '2024-03-04' },
  { id: 'claude-3-haiku', input: 0.25, cacheWrite: 0.3, cacheRead: 0.03, output: 1.25, source: ANTHROPIC, date: '2024-03-13' },

  // Google Gemini API (paid tier). Output prices include thinking tokens; cacheRead is context caching.
  {
    id: 'gemini-3-pro',
    input: 2,
    cacheRead: 0.2,
    output: 12,
    longContext: { aboveInputTokens: 200_000, input: 4, cacheRead: 0.4, output: 18 },
    source: GOOGLE,
    date: '2025-11-18',
  },
  {
    id: 'gemini-2.5-pro',
    input: 1.25,
    cacheRead: 0.31,
    output: 10,
    longContext: { aboveInputTokens: 200_000, input: 2.5, cacheRead: 0.625, output: 15 },
    source: GOOGLE,
    date: '2025-06-17',
  },
  { id: 'gemini-2.5-flash', input: 0.3, cacheRead: 0.075, output: 2.5, source: GOOGLE, date: '2025-06-17' },
  { id: 'gemini-2.5-flash-lite', input: 0.1, cacheRead: 0.025, output: 0.4, source: GOOGLE, date: '2025-07-22' },
  { id: 'gemini-2.0-flash', input: 0.1, cacheRead: 0.025, output: 0.4, source: GOOGLE, date: '2025-02-05' },
  { id: 'gemini-2.0-flash-lite', input: 0.075, output: 0.3, source: GOOGLE, date: '2025-02-25' },
  {
    id: 'gemini-1.5-pro',
    input: 1.25,
    cacheRead: 0.3125,
    output: 5,
    longContext: { aboveInputTokens: 128_000, input: 2.5, cacheRead: 0.625, output: 10 },
    source: GOOGLE,
    date: '2024-10-01',
  },
  {
    id: 'gemini-1.5-flash',
    input: 0.075,
    cacheRead: 0.01875,
    output: 0.3,
    longContext: { aboveInputTokens: 128_000, input: 0.15, cacheRead: 0.0375, output: 0.6 },
    source: GOOGLE,
    date: '2024-08-12',
  },
  {
    id: 'gemini-1.5-flash-8b',
    input: 0.0375,
    cacheRead: 0.01,
    output: 0.15,
    longContext: { aboveInputTokens: 128_000, input: 0.075, cacheRead: 0.02, output: 0.3 },
    source: GOOGLE,
    date: '2024-10-03',
  },
  { id: 'gemini-embedding-001', input: 0.15, source: GOOGLE, date: '2025-07-14' },

  // Mistral (La Plateforme).
  { id: 'mistral-large', input: 2, output: 6, source: MISTRAL, date: '2024-11-18' },
  { id: 'mistral-medium', input: 0.4, output: 2, source: MISTRAL, date: '2025-05-07', aliases: ['mistral-medium-3', 'mistral-medium-3.1'] },
  { id: 'mistral-small', input: 0.1, output: 0.3, source: MISTRAL, date: '2025-03-17', aliases: ['mistral-small-3.1', 'mistral-small-3.2'] },
  { id: 'magistral-medium', input: 2, output: 5, source: MISTRAL, date: '2025-06-10' },
  { id: 'magistral-small', input: 0.5, output: 1.5, source: MISTRAL, date: '2025-06-10' },
  { id: 'codestral', input: 0.3, output: 0.9, source: MISTRAL, date: '2025-01-13' },
  { id: 'devstral-medium', input: 0.4, output: 2, source: MISTRAL, date: '2025-07-10' },
  { id: 'devstral-small', input: 0.1, output: 0.3, source: MISTRAL, date: '2025-07-10' },
  { id: 'ministral-8b', input: 0.1, output: 0.1, source: MISTRAL, date: '2024-10-16' },
  { id: 'ministral-3b', input: 0.04, output: 0.04, source: MISTRAL, date: '2024-10-16' },
  { id: 'pixtral-large', input: 2, output: 6, source: MISTRAL, date: '2024-11-18' },
  { id: 'pixtral-12b', input: 0.15, output: 0.15, source: MISTRAL, date: '2024-09-17' },
  { id: 'open-mistral-nemo', input: 0.15, output: 0.15, source: MISTRAL, date: '2024-07-18', aliases: ['mistral-nemo'] },
  { id: 'mistral-embed', input: 0.1, source: MISTRAL, date: '2023-12-11' },
  { id: 'codestral-embed', input: 0.15, source: MISTRAL, date: '2025-05-28' },

  // DeepSeek (V3.2-Exp prices). cacheRead is "cache hit"; DeepSeek bills no cache writes.
  { id: 'deepseek-chat', input: 0.28, cacheRead: 0.028, output: 0.42, source: DEEPSEEK, date: '2025-09-29' },
  { id: 'deepseek-reasoner', input: 0.28, cacheRead: 0.028, output: 0.42, source: DEEPSEEK, date: '2025-09-29' },

  // xAI.
  {
    id: 'grok-4',
    input: 3,
    cacheRead: 0.75,
    output: 15,
    longContext: { aboveInputTokens: 128_000, input: 6, cacheRead: 1.5, output: 30 },
    source: XAI,
    date: '2025-07-09',
  },
  {
    id: 'grok-4-fast-reasoning',
    input: 0.2,
    cacheRead: 0.05,
    output: 0.5,
    longContext: { aboveInputTokens: 128_000, input: 0.4, cacheRead: 0.05, output: 1 },
    source: XAI,
    date: '2025-09-19',
    aliases: ['grok-4-fast-non-reasoning', 'grok-4-fast'],
  },
  {
    id: 'grok-4-1-fast-reasoning',
    input: 0.2,
    cacheRead: 0.05,
    output: 0.5,
    longContext: { aboveInputTokens: 128_000, input: 0.4, cacheRead: 0.05, output: 1 },
    source: XAI,
    date: '2025-11-19',
    aliases: ['grok-4-1-fast-non-reasoning', 'grok-4-1-fast', 'grok-4.1-fast'],
  },
  { id: 'grok-code-fast-1', input: 0.2, cacheRead: 0.02, output: 1.5, source: XAI, date: '2025-08-28' },
  { id: 'grok-3', input: 3, cacheRead: 0.75, output: 15, source: XAI, date: '2025-04-09' },
  { id: 'grok-3-mini', input: 0.3, cacheRead: 0.075, output: 0.5, source: XAI, date: '2025-04-09' },
  { id: 'grok-2', input: 2, output: 10, source: XAI, date: '2024-12-12', aliases: ['grok-2-vision'] },

  // Meta Llama, priced by the host that serves it.
  { id: 'llama-3.3-70b-versatile', host: 'groq', input: 0.59, output: 0.79, source: GROQ, date: '2025-06-01' },
  { id: 'llama-3.1-8b-instant', host: 'groq', input: 0.05, output: 0.08, source: GROQ, date: '2025-06-01' },
  { id: 'llama-4-scout-17b-16e-instruct', host: 'groq', input: 0.11, output: 0.34, source: GROQ, date: '2025-06-01' },
  { id: 'llama-4-maverick-17b-128e-instruct', host: 'groq', input: 0.2, output: 0.6, source: GROQ, date: '2025-06-01' },
  { id: 'llama-3.3-70b-instruct-turbo', host: 'together', input: 0.88, output: 0.88, source: TOGETHER, date: '2025-06-01' },
  { id: 'meta-llama-3.1-8b-instruct-turbo', host: 'together', input: 0.18, output: 0.18, source: TOGETHER, date: '2025-06-01' },
  { id: 'meta-llama-3.1-70b-instruct-turbo', host: 'together', input: 0.88, output: 0.88, source: TOGETHER, date: '2025-06-01' },
  { id: 'meta-llama-3.1-405b-instruct-turbo', host: 'together', input: 3.5, output: 3.5, source: TOGETHER, date: '2025-06-01' },
  { id: 'llama-4-maverick-17b-128e-instruct-fp8', host: 'together', input: 0.27, output: 0.85, source: TOGETHER, date: '2025-06-01' },
  { id: 'llama-4-scout-17b-16e-instruct', host: 'together', input: 0.18, output: 0.59, source: TOGETHER, date: '2025-06-01' },
  { id: 'llama3-3-70b-instruct', host: 'bedrock', input: 0.72, output: 0.72, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama3-1-8b-instruct', host: 'bedrock', input: 0.22, output: 0.22, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama3-1-70b-instruct', host: 'bedrock', input: 0.72, output: 0.72, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama3-1-405b-instruct', host: 'bedrock', input: 2.4, output: 2.4, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama4-maverick-17b-instruct', host: 'bedrock', input: 0.24, output: 0.97, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama4-scout-17b-instruct', host: 'bedrock', input: 0.17, output: 0.66, source: BEDROCK, date: '2025-06-01' },
  { id: 'llama-v3p3-70b-instruct', host: 'fireworks', input: 0.9, output: 0.9, source: FIREWORKS, date: '2025-06-01' },
  { id: 'llama-v3p1-8b-instruct', host: 'fireworks', input: 0.2, output: 0.2, source: FIREWORKS, date: '2025-06-01' },
  { id: 'llama-v3p1-405b-instruct', host: 'fireworks', input: 3, output: 3, source: FIREWORKS, date: '2025-06-01' },
  { id: 'llama4-maverick-instruct-basic', host: 'fireworks', input: 0.22, output: 0.88, source: FIREWORKS, date: '2025-06-01' },
  { id: 'llama4-scout-instruct-basic', host: 'fireworks', input: 0.15, output: 0.6, source: FIREWORKS, date: '2025-06-01' },

  // Amazon (Bedrock). Nova cache reads are 75 % off.
  { id: 'nova-pro', input: 0.8, cacheRead: 0.2, output: 3.2, source: BEDROCK, date: '2025-04-01' },
  { id: 'nova-lite', input: 0.06, cacheRead: 0.015, output: 0.24, source: BEDROCK, date: '2025-04-01' },
  { id: 'nova-micro', input: 0.035, cacheRead: 0.00875, output: 0.14, source: BEDROCK, date: '2025-04-01' },
  { id: 'titan-embed-text-v2', input: 0.02, source: BEDROCK, date: '2024-04-30' },
  { id: 'titan-embed-text-v1', input: 0.1, source: BEDROCK, date: '2023-09-28', aliases: ['titan-embed-text'] },

  // Cohere.
  { id: 'command-a', input: 2.5, output: 10, source: COHERE, date: '2025-03-13', aliases: ['command-a-03-2025'] },
  { id: 'command-r-plus', input: 2.5, output: 10, source: COHERE, date: '2024-08-30', aliases: ['command-r-plus-08-2024'] },
  { id: 'command-r', input: 0.15, output: 0.6, source: COHERE, date: '2024-08-30', aliases: ['command-r-08-2024'] },
  { id: 'command-r7b', input: 0.0375, output: 0.15, source: COHERE, date: '2024-12-13', aliases: ['command-r7b-12-2024'] },
  { id: 'embed-v4.0', input: 0.12, source: COHERE, date: '2025-04-15' },
  { id: 'embed-english-v3.0', input: 0.1, source: COHERE, date: '2023-11-02' },
  { id: 'embed-multilingual-v3.0', input: 0.1, source: COHERE, date: '2023-11-02' },

  // Voyage AI (embeddings).
  { id: 'voyage-3.5', input: 0.06, source: VOYAGE, date: '2025-05-20' },
  { id: 'voyage-3.5-lite', input: 0.02, source: VOYAGE, date: '2025-05-20' },
  { id: 'voyage-3-large', input: 0.18, source: VOYAGE, date: '2025-01-07' },
  { id: 'voyage-code-3', input: 0.18, source: VOYAGE, date: '2024-12-04' },
];

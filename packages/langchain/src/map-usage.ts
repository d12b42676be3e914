/**
 * Token usage from every place LangChain reports it, as llmtop's `TokenUsage`:
 * `input` counts every input token (cache reads and writes included), `output` every output token
 * (reasoning included). A count the provider did not report stays `undefined`; it is never 0.
 */
import type { TokenUsage } from '@llmtop/core';

type Bag = Record<string, unknown>;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

const bag = (value: unknown): Bag | undefined =>
  typeof value === 'object' && value !== null ? (value as Bag) : undefined;

const add = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : a + b;

function compact(usage: TokenUsage): TokenUsage | undefined {
  const out: TokenUsage = {};
  if (usage.input !== undefined) out.input = usage.input;
  if (usage.output !== undefined) out.output = usage.output;
  if (usage.cacheRead !== undefined) out.cacheRead = usage.cacheRead;
  if (usage.cacheWrite !== undefined) out.cacheWrite = usage.cacheWrite;
  if (usage.reasoning !== undefined) out.reasoning = usage.reasoning;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `AIMessage.usage_metadata` (LangChain's standard shape; input already includes cache tokens). */
export function usageFromMetadata(value: unknown): TokenUsage | undefined {
  const u = bag(value);
  if (!u) return undefined;
  const inputDetails = bag(u.input_token_details);
  const outputDetails = bag(u.output_token_details);
  return compact({
    input: count(u.input_tokens),
    output: count(u.output_tokens),
    cacheRead: count(inputDetails?.cache_read),
    cacheWrite: count(inputDetails?.cache_creation),
    reasoning: count(outputDetails?.reasoning),
  } as TokenUsage);
}

/**
 * `LLMResult.llmOutput`: LangChain's `tokenUsage`/`estimatedTokenUsage` convention, or a provider's
 * raw `usage` (OpenAI: prompt/completion with details; Anthropic: input excludes cache tokens).
 */
export function usageFromLlmOutput(value: unknown): TokenUsage | undefined {
  const llmOutput = bag(value);
  if (!llmOutput) return undefined;
  const conventional = bag(llmOutput.tokenUsage) ?? bag(llmOutput.estimatedTokenUsage);
  if (conventional) {
    const usage = compact({
      input: count(conventional.promptTokens),
      output: count(conventional.completionTokens),
    } as TokenUsage);
    if (usage) return usage;
  }
  const raw = bag(llmOutput.usage) ?? bag(llmOutput.token_usage);
  if (!raw) return undefined;
  if ('prompt_tokens' in raw || 'completion_tokens' in raw) {
    return compact({
      input: count(raw.prompt_tokens),
      output: count(raw.completion_tokens),
      cacheRead: count(bag(raw.prompt_tokens_details)?.cached_tokens),
      reasoning: count(bag(raw.completion_tokens_details)?.reasoning_tokens),
    } as TokenUsage);
  }
  const cacheRead = count(raw.cache_read_input_tokens);
  const cacheWrite = count(raw.cache_creation_input_tokens);
  const uncached = count(raw.input_tokens);
  return compact({
    input: uncached === undefined ? undefined : add(add(uncached, cacheRead), cacheWrite),
    output: count(raw.output_tokens),
    cacheRead,
    cacheWrite,
  } as TokenUsage);
}

/** Adds streamed usage deltas the way LangChain's chunk `concat` does. */
export function addUsage(a: TokenUsage | undefined, b: TokenUsage | undefined): TokenUsage | undefined {
  if (!a) return b;
  if (!b) return a;
  return compact({
    input: add(a.input, b.input),
    output: add(a.output, b.output),
    cacheRead: add(a.cacheRead, b.cacheRead),
    cacheWrite: add(a.cacheWrite, b.cacheWrite),
    reasoning: add(a.reasoning, b.reasoning),
  } as TokenUsage);
}

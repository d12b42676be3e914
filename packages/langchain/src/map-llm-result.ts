/**
 * `handleLLMEnd`'s `LLMResult` → the model facts of an `llm` span: output, usage, response model,
 * finish reason. Chat generations carry a message (usage_metadata, response_metadata); text
 * generations carry text and generationInfo; llmOutput is provider-specific.
 */
import type { TokenUsage } from '@llmtop/core';
import { type LoggedMessage, mapMessage } from './map-messages.js';
import { usageFromLlmOutput, usageFromMetadata } from './map-usage.js';

export interface LlmResultFacts {
  output: LoggedMessage | string | (LoggedMessage | string)[] | undefined;
  usage?: TokenUsage;
  responseModel?: string;
  finishReason?: string;
}

type Bag = Record<string, unknown>;
type Generation = { text?: unknown; message?: Bag; generationInfo?: Bag };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const bag = (value: unknown): Bag | undefined =>
  typeof value === 'object' && value !== null ? (value as Bag) : undefined;

function outputOf(generation: Generation): LoggedMessage | string {
  return generation.message ? mapMessage(generation.message) : String(generation.text ?? '');
}

export function mapLlmResult(result: unknown): LlmResultFacts {
  const llmOutput = bag(bag(result)?.llmOutput);
  const generations: Generation[] = [];
  const lists = bag(result)?.generations;
  if (Array.isArray(lists)) {
    for (const list of lists)
      if (Array.isArray(list)) for (const g of list) if (bag(g)) generations.push(g as Generation);
  }
  const first = generations[0];
  const facts: LlmResultFacts = {
    output:
      generations.length === 1 && first
        ? outputOf(first)
        : generations.length > 1
          ? generations.map(outputOf)
          : undefined,
  };

  let usage: TokenUsage | undefined;
  for (const generation of generations) {
    usage = usageFromMetadata(generation.message?.usage_metadata);
    if (usage) break;
  }
  usage ??= usageFromLlmOutput(llmOutput);
  if (usage) facts.usage = usage;

  const metadata = bag(first?.message?.response_metadata);
  const info = first?.generationInfo;
  const responseModel =
    text(metadata?.model_name) ??
    text(metadata?.model) ??
    text(metadata?.modelId) ??
    text(llmOutput?.model_name) ??
    text(llmOutput?.model) ??
    text(info?.model_name) ??
    text(info?.model);
  if (responseModel) facts.responseModel = responseModel;

  const finishReason =
    text(metadata?.finish_reason) ??
    text(metadata?.stop_reason) ??
    text(metadata?.finishReason) ??
    text(info?.finish_reason) ??
    text(info?.finishReason) ??
    text(info?.stop_reason);
  if (finishReason) facts.finishReason = finishReason;
  return facts;
}

/**
 * Wraps a LangChain chat model as an llmtop `JudgeModel` (for `createLlmJudge`): one `invoke` with
 * a system and a human message per judge call; token usage from the reply's `usage_metadata` (or
 * the provider's raw usage in `response_metadata`) so the evaluator span gets its cost.
 *
 * Configure the model for judging when you build it: temperature 0, and `maxRetries: 0` (the judge
 * does its own backoff on 429/5xx, so LangChain's retries would multiply the attempts). LangChain
 * has no portable "max output tokens" call option, so the judge's bound is not passed on.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { JudgeModel, JudgeModelResponse } from '@llmtop/core';
import { EVALUATOR_METADATA, EVALUATOR_TAG } from './evaluator-marker.js';
import { usageFromLlmOutput, usageFromMetadata } from './map-usage.js';

export interface LangchainJudgeModelOptions {
  /** Overrides the provider LangChain reports (`ls_provider`), e.g. for pricing. */
  provider?: string;
  /** Overrides the model name LangChain reports (`ls_model_name`). */
  model?: string;
}

type Bag = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const bag = (value: unknown): Bag | undefined =>
  typeof value === 'object' && value !== null ? (value as Bag) : undefined;

/** Provider and model as LangChain's tracing params name them; nothing when the model cannot say. */
function modelFacts(chatModel: BaseChatModel): { provider?: string; model?: string } {
  try {
    const params = bag(chatModel.getLsParams({} as never));
    const provider = text(params?.ls_provider);
    const model = text(params?.ls_model_name);
    return { ...(provider ? { provider } : {}), ...(model ? { model } : {}) };
  } catch {
    return {};
  }
}

export function langchainJudgeModel(
  chatModel: BaseChatModel,
  options: LangchainJudgeModelOptions = {},
): JudgeModel {
  const reported = modelFacts(chatModel);
  const provider = options.provider ?? reported.provider;
  const model = options.model ?? reported.model;
  return {
    ...(provider ? { provider } : {}),
    ...(model ? { model } : {}),
    async generate({ system, prompt, signal }) {
      const message = await chatModel.invoke([new SystemMessage(system), new HumanMessage(prompt)], {
        ...(signal ? { signal } : {}),
        tags: [EVALUATOR_TAG],
        metadata: { [EVALUATOR_METADATA]: true },
      });
      const metadata = bag(message.response_metadata);
      const usage = usageFromMetadata(message.usage_metadata) ?? usageFromLlmOutput(metadata);
      const responseModel = options.model ?? text(metadata?.model_name) ?? text(metadata?.model) ?? model;
      const finishReason = text(metadata?.finish_reason) ?? text(metadata?.stop_reason);
      const response: JudgeModelResponse = { text: message.text };
      if (usage) {
        // The judge's usage has no cache fields: input already counts cached tokens.
        response.usage = {
          ...(usage.input !== undefined ? { input: usage.input } : {}),
          ...(usage.output !== undefined ? { output: usage.output } : {}),
          ...(usage.reasoning !== undefined ? { reasoning: usage.reasoning } : {}),
        };
      }
      if (provider) response.provider = provider;
      if (responseModel) response.model = responseModel;
      if (finishReason) response.finishReason = finishReason;
      return response;
    },
  };
}

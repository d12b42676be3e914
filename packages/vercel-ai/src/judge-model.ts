/** Wraps an AI SDK language model as an llmtop `JudgeModel` (for `createLlmJudge`). */
import type { JudgeModel } from '@llmtop/core';
import { generateText, type LanguageModel } from 'ai';

function modelFacts(model: LanguageModel): { provider?: string; model?: string } {
  if (typeof model === 'string') return { model };
  return { provider: model.provider, model: model.modelId };
}

export function aiSdkJudgeModel(model: LanguageModel): JudgeModel {
  const facts = modelFacts(model);
  return {
    ...facts,
    async generate({ system, prompt, signal, maxOutputTokens }) {
      const result = await generateText({
        model,
        system,
        prompt,
        temperature: 0,
        maxRetries: 0, // the judge does its own backoff
        ...(signal ? { abortSignal: signal } : {}),
        ...(maxOutputTokens ? { maxOutputTokens } : {}),
      });
      const usage: { input?: number; output?: number; reasoning?: number } = {};
      if (result.usage.inputTokens !== undefined) usage.input = result.usage.inputTokens;
      if (result.usage.outputTokens !== undefined) usage.output = result.usage.outputTokens;
      const reasoning = result.usage.outputTokenDetails?.reasoningTokens;
      if (reasoning !== undefined) usage.reasoning = reasoning;
      return {
        text: result.text,
        usage,
        ...(facts.provider ? { provider: facts.provider } : {}),
        model: result.response.modelId ?? facts.model,
        finishReason: result.finishReason,
      };
    },
  };
}

/**
 * A real text-completion `LLM` (the legacy, non-chat model type) that reports usage the old way,
 * in `llmOutput.tokenUsage`, and its model in `generationInfo`.
 */
import { BaseLLM, type BaseLLMParams } from '@langchain/core/language_models/llms';
import type { LLMResult } from '@langchain/core/outputs';

export class ScriptedLLM extends BaseLLM {
  static override lc_name(): string {
    return 'ScriptedLLM';
  }

  constructor(
    private readonly reply: string,
    params: BaseLLMParams = {},
  ) {
    super(params);
  }

  _llmType(): string {
    return 'scripted-llm';
  }

  override invocationParams() {
    return { model_name: 'text-model', max_tokens: 64 };
  }

  async _generate(prompts: string[]): Promise<LLMResult> {
    return {
      generations: prompts.map(() => [
        { text: this.reply, generationInfo: { finish_reason: 'length', model_name: 'text-model-0613' } },
      ]),
      llmOutput: { tokenUsage: { promptTokens: 7, completionTokens: 3, totalTokens: 10 } },
    };
  }
}

/**
 * A LangChain chat model that answers from a script function instead of a provider: realistic
 * model names (so llmtop prices it), token usage derived from the text, latency and streaming.
 * The demo uses it when no provider API key is set.
 */
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage, type UsageMetadata } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';

export interface ScriptedTurn {
  content: string;
  /** Name put on the AI message (LangGraph agents label their messages). */
  name?: string;
  toolCalls?: { id: string; name: string; args: Record<string, unknown> }[];
}

export interface ScriptedChatModelParams extends BaseChatModelParams {
  provider: string;
  /** The model id requested, e.g. `gpt-4o`. */
  model: string;
  /** The version the "provider" reports serving, e.g. `gpt-4o-2024-08-06`. */
  servedModel?: string;
  respond: (messages: BaseMessage[]) => ScriptedTurn;
  /** Milliseconds before the first token, and per 4-character chunk. */
  firstTokenMs?: number;
  chunkMs?: number;
  /** Share of the prompt served from the provider's cache, reported as cache-read tokens. */
  cachedShare?: number;
}

const estimateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function promptText(messages: BaseMessage[]): string {
  return messages
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n');
}

export class ScriptedChatModel extends BaseChatModel<BaseChatModelCallOptions & { tools?: unknown[] }> {
  static override lc_name() {
    return 'ScriptedChatModel';
  }

  constructor(private readonly params: ScriptedChatModelParams) {
    super(params);
  }

  override _llmType() {
    return 'scripted';
  }

  override getLsParams(options: this['ParsedCallOptions']) {
    return {
      ...super.getLsParams(options),
      ls_provider: this.params.provider,
      ls_model_name: this.params.model,
      ls_temperature: 0,
    };
  }

  override invocationParams(options?: this['ParsedCallOptions']) {
    return { model: this.params.model, temperature: 0, tools: options?.tools };
  }

  override bindTools(tools: BindToolsInput[]) {
    return this.withConfig({ tools: tools.map((tool) => convertToOpenAITool(tool as never)) } as never);
  }

  private usage(messages: BaseMessage[], output: string): UsageMetadata {
    const input = estimateTokens(promptText(messages)) + 120; // + the system prompt and tool schemas
    const cacheRead = Math.floor(input * (this.params.cachedShare ?? 0));
    const usage: UsageMetadata = {
      input_tokens: input,
      output_tokens: estimateTokens(output),
      total_tokens: input + estimateTokens(output),
    };
    if (cacheRead > 0) usage.input_token_details = { cache_read: cacheRead };
    return usage;
  }

  private message(turn: ScriptedTurn, messages: BaseMessage[]) {
    const usage = this.usage(messages, turn.content + JSON.stringify(turn.toolCalls ?? ''));
    const fields = {
      content: turn.content,
      tool_calls: (turn.toolCalls ?? []).map((call) => ({ ...call, type: 'tool_call' as const })),
      ...(usage ? { usage_metadata: usage } : {}),
      response_metadata: {
        model_name: this.params.servedModel ?? this.params.model,
        finish_reason: turn.toolCalls?.length ? 'tool_calls' : 'stop',
      },
    };
    // The fields are right at runtime; AIMessage's 1.x generic field type rejects them under exactOptionalPropertyTypes.
    const message = new AIMessage(fields as unknown as ConstructorParameters<typeof AIMessage>[0]);
    if (turn.name) message.name = turn.name;
    return message;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const turn = this.params.respond(messages);
    await sleep(
      (this.params.firstTokenMs ?? 0) + (this.params.chunkMs ?? 0) * Math.ceil(turn.content.length / 16),
    );
    const message = this.message(turn, messages);
    return { generations: [{ text: turn.content, message }] };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ) {
    const turn = this.params.respond(messages);
    await sleep(this.params.firstTokenMs ?? 0);
    for (const piece of turn.content.match(/[\s\S]{1,4}/g) ?? []) {
      const chunk = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield chunk;
      await runManager?.handleLLMNewToken(piece, undefined, undefined, undefined, undefined, { chunk });
      if (this.params.chunkMs) await sleep(this.params.chunkMs);
    }
    const final = this.message(turn, messages);
    yield new ChatGenerationChunk({
      text: '',
      message: new AIMessageChunk({
        content: '',
        tool_calls: final.tool_calls ?? [],
        usage_metadata: final.usage_metadata!,
        response_metadata: final.response_metadata,
      }),
    });
  }
}

/**
 * A real `BaseChatModel` whose replies are scripted, for tests and benches. Unlike LangChain's
 * shipped fakes it reports token usage (with cache and reasoning details when the step sets them),
 * a model name, a provider, a finish reason and tool calls, and it streams its reply in small
 * chunks (calling `handleLLMNewToken` itself, as a real integration does).
 *
 * A reply is chosen by `respond(messages)`, so concurrent invocations stay deterministic.
 */
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { AIMessage, AIMessageChunk, type AIMessageChunkFields, type AIMessageFields, type BaseMessage, type UsageMetadata } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';

export interface ScriptedToolCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

export interface ScriptStep {
  content?: string;
  toolCalls?: ScriptedToolCall[];
  /** Usage to report; `null` reports none at all. Defaults to 10 in / 5 out. */
  usage?: UsageMetadata | null;
  /** The model the "provider" says it served (defaults to `<modelName>-2026-01-01`). */
  responseModel?: string;
  /** Throw this message instead of answering. */
  error?: string;
}

export interface ScriptedChatModelParams extends BaseChatModelParams {
  modelName: string;
  provider?: string;
  respond: (messages: BaseMessage[]) => ScriptStep;
  /** Delay before the first streamed chunk (ms). */
  firstChunkDelayMs?: number;
}

type CallOptions = BaseChatModelCallOptions & { tools?: unknown[] };

export class ScriptedChatModel extends BaseChatModel<CallOptions> {
  static override lc_name(): string {
    return 'ScriptedChatModel';
  }

  modelName: string;
  provider: string;
  respond: (messages: BaseMessage[]) => ScriptStep;
  firstChunkDelayMs: number;
  calls = 0;

  constructor(params: ScriptedChatModelParams) {
    super(params);
    this.modelName = params.modelName;
    this.provider = params.provider ?? 'scripted';
    this.respond = params.respond;
    this.firstChunkDelayMs = params.firstChunkDelayMs ?? 0;
  }

  _llmType(): string {
    return 'scripted';
  }

  override getLsParams(options: this['ParsedCallOptions']) {
    return { ...super.getLsParams(options), ls_provider: this.provider, ls_model_name: this.modelName, ls_temperature: 0 };
  }

  override invocationParams(options?: this['ParsedCallOptions']) {
    return { model: this.modelName, temperature: 0, tools: options?.tools };
  }

  override bindTools(tools: BindToolsInput[]): Runnable<BaseLanguageModelInput, AIMessageChunk, CallOptions> {
    // withConfig keeps this instance (and its `respond`), unlike the shipped fakes.
    return this.withConfig({ tools: tools.map((t) => convertToOpenAITool(t as never)) }) as never;
  }

  private next(messages: BaseMessage[]): ScriptStep {
    this.calls++;
    const step = this.respond(messages);
    if (step.error !== undefined) throw new Error(step.error);
    return step;
  }

  private usageOf(step: ScriptStep): UsageMetadata | undefined {
    if (step.usage === null) return undefined;
    return step.usage ?? { input_tokens: 10, output_tokens: 5, total_tokens: 15 };
  }

  private metadataOf(step: ScriptStep): Record<string, unknown> {
    return {
      model_name: step.responseModel ?? `${this.modelName}-2026-01-01`,
      finish_reason: step.toolCalls?.length ? 'tool_calls' : 'stop',
    };
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const step = this.next(messages);
    const usage = this.usageOf(step);
    // LangChain's field types resolve `usage_metadata` through generics TypeScript 5.9 cannot
    // follow under exactOptionalPropertyTypes, hence the plain record.
    const fields: Record<string, unknown> = {
      content: step.content ?? '',
      tool_calls: (step.toolCalls ?? []).map((call) => ({ ...call, type: 'tool_call' as const })),
      response_metadata: this.metadataOf(step),
    };
    if (usage) fields.usage_metadata = usage;
    const message = new AIMessage(fields as AIMessageFields);
    return { generations: [{ text: message.text, message }], llmOutput: {} };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const step = this.next(messages);
    if (this.firstChunkDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.firstChunkDelayMs));
    for (const piece of (step.content ?? '').match(/.{1,4}/gs) ?? []) {
      const chunk = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield chunk;
      await runManager?.handleLLMNewToken(piece, undefined, undefined, undefined, undefined, { chunk });
    }
    const usage = this.usageOf(step);
    // The closing chunk carries tool calls and usage; integrations report it as a token event too.
    const fields: Record<string, unknown> = {
      content: '',
      tool_call_chunks: (step.toolCalls ?? []).map((call, index) => ({
        id: call.id,
        name: call.name,
        args: JSON.stringify(call.args),
        index,
        type: 'tool_call_chunk' as const,
      })),
      response_metadata: this.metadataOf(step),
    };
    if (usage) fields.usage_metadata = usage;
    const last = new ChatGenerationChunk({ text: '', message: new AIMessageChunk(fields as AIMessageChunkFields) });
    yield last;
    await runManager?.handleLLMNewToken('', undefined, undefined, undefined, undefined, { chunk: last });
  }
}

/**
 * `llmtopMiddleware(llmtop)` for `wrapLanguageModel`: one `llm` span per provider call, for
 * generate and stream, with the provider, request and response model, call parameters, prompt,
 * output, token usage, finish reason, time to first token and errors.
 *
 * Typed structurally so one object serves ai 6 (spec v3) and ai 7 (spec v4): the hooks only read
 * fields both specs share. The app's errors are rethrown unchanged; our own never reach the app.
 */
import type { Llmtop, SpanStart } from '@llmtop/core';
import { mapFinishReason, mapUsage } from './map-usage.js';
import { type Frame, nextKey, sharedContext } from './shared-context.js';
import { contextFields, type LlmtopAiOptions } from './span-context.js';
import { recordStream } from './stream-recorder.js';

export type LlmtopMiddlewareOptions = LlmtopAiOptions;

interface ModelInfo {
  readonly provider: string;
  readonly modelId: string;
}

interface CallParams {
  prompt?: unknown;
  [name: string]: unknown;
}

interface GenerateResult {
  content?: unknown;
  finishReason?: unknown;
  usage?: unknown;
  response?: { modelId?: string };
}

interface StreamResult {
  stream: ReadableStream<unknown>;
}

interface WrapOptions {
  doGenerate: () => PromiseLike<GenerateResult>;
  doStream: () => PromiseLike<StreamResult>;
  params: CallParams;
  model: ModelInfo;
}

/** The part of the SDK's `LanguageModelMiddleware` (v3 and v4) this middleware implements. */
export interface LlmtopLanguageModelMiddleware {
  /**
   * ai 6 requires 'v3'; ai 7 accepts 'v3' and 'v4' and ignores it. The hooks read only fields
   * both spec versions share.
   */
  readonly specificationVersion: 'v3';
  wrapGenerate: (options: any) => Promise<any>;
  wrapStream: (options: any) => Promise<any>;
}

/** Invocation parameters worth keeping; the prompt goes to `input`, tools by name only. */
const PARAMS = [
  'maxOutputTokens',
  'temperature',
  'topP',
  'topK',
  'presencePenalty',
  'frequencyPenalty',
  'stopSequences',
  'seed',
  'reasoning',
  'toolChoice',
] as const;

export function callAttributes(params: CallParams): Record<string, unknown> | undefined {
  const attributes: Record<string, unknown> = {};
  let any = false;
  for (const name of PARAMS) {
    const value = params[name];
    if (value === undefined) continue;
    attributes[name] = value;
    any = true;
  }
  const tools = params.tools;
  if (Array.isArray(tools) && tools.length > 0) {
    attributes.tools = tools.map((tool) => (tool as { name?: unknown }).name);
    any = true;
  }
  const format = params.responseFormat as { type?: unknown } | undefined;
  if (format !== undefined && format.type !== 'text') {
    attributes.responseFormat = format;
    any = true;
  }
  return any ? attributes : undefined;
}

export function llmtopMiddleware(
  llmtop: Llmtop,
  options?: LlmtopMiddlewareOptions,
): LlmtopLanguageModelMiddleware {
  const recorder = llmtop.recorder;
  const context = contextFields(options);
  const storage = sharedContext(llmtop).storage;

  const start = (params: CallParams, model: ModelInfo, streaming: boolean): string | undefined => {
    try {
      const key = nextKey('ai-llm:');
      const frame: Frame | undefined = storage.getStore();
      const init: SpanStart = {
        ...context,
        kind: 'llm',
        name: model.modelId,
        provider: model.provider,
        requestModel: model.modelId,
        input: params.prompt,
      };
      if (frame !== undefined) {
        init.parentKey = frame.key;
        frame.modelCallRecorded = true;
      }
      const attributes = callAttributes(params);
      if (attributes !== undefined) init.attributes = attributes;
      if (streaming) init.attributes = { ...init.attributes, stream: true };
      recorder.start(key, init);
      return key;
    } catch {
      return undefined;
    }
  };

  return {
    specificationVersion: 'v3',
    async wrapGenerate({ doGenerate, params, model }: WrapOptions) {
      const key = start(params, model, false);
      let result: GenerateResult;
      try {
        result = await doGenerate();
      } catch (error) {
        if (key !== undefined) recorder.error(key, error);
        throw error;
      }
      if (key !== undefined) {
        try {
          const end: Parameters<typeof recorder.end>[1] = { output: result.content };
          const usage = mapUsage(result.usage);
          if (usage !== undefined) end.usage = usage;
          const finishReason = mapFinishReason(result.finishReason);
          if (finishReason !== undefined) end.finishReason = finishReason;
          const responseModel = result.response?.modelId;
          if (responseModel !== undefined) end.responseModel = responseModel;
          recorder.end(key, end);
        } catch {
          recorder.end(key);
        }
      }
      return result;
    },

    async wrapStream({ doStream, params, model }: WrapOptions) {
      const key = start(params, model, true);
      let result: StreamResult;
      try {
        result = await doStream();
      } catch (error) {
        if (key !== undefined) recorder.error(key, error);
        throw error;
      }
      if (key === undefined) return result;
      try {
        const signal = params.abortSignal as AbortSignal | undefined;
        return { ...result, stream: recordStream(recorder, key, result.stream, signal) };
      } catch {
        recorder.end(key);
        return result;
      }
    },
  };
}

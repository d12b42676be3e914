/**
 * `llmtopTelemetry(llmtop)`: an AI SDK 7 telemetry integration (`telemetry.integrations` or
 * `registerTelemetry`) that records the structure the model middleware cannot see:
 *
 *   run (`agent` span when an agent is named, else `chain` named by the operation)
 *     └ step N (`chain`)
 *         ├ model call (`llm`; recorded by `llmtopMiddleware` if the model is wrapped, else here)
 *         └ tool executions (`tool`: name, input, output or error, tool-call id)
 *
 * The SDK's `executeLanguageModelCall`/`executeTool` wrappers run its work inside our async frame,
 * so the middleware, nested `generateText` calls and `llmtop.span` inside tools nest correctly.
 * Every hook is guarded: nothing here throws into the app.
 */
import type { Llmtop, SpanStart } from '@llmtop/core';
import { mapFinishReason, mapUsage } from './map-usage.js';
import { type Frame, sharedContext } from './shared-context.js';
import { contextFields, type LlmtopAiOptions } from './span-context.js';

export type LlmtopTelemetryOptions = LlmtopAiOptions;

type Event = any;

interface RunState {
  key: string;
  step?: string | undefined;
  modelFrame?: Frame | undefined;
  modelStartMs?: number;
  modelInput?: unknown;
  requestModel?: string;
}

/**
 * Operations that get a run span. Object generation (deprecated in ai 7) runs its model call
 * outside `executeLanguageModelCall`, so a run span could not hold the middleware's `llm` span;
 * it is recorded by `llmtopMiddleware` alone. Embeddings and reranking have their own wrappers.
 */
const RUN_OPERATIONS = new Set(['ai.generateText', 'ai.streamText']);

export interface LlmtopTelemetryIntegration {
  onStart(event: Event): void;
  onStepStart(event: Event): void;
  onLanguageModelCallStart(event: Event): void;
  onLanguageModelCallEnd(event: Event): void;
  onToolExecutionStart(event: Event): void;
  onToolExecutionEnd(event: Event): void;
  onStepEnd(event: Event): void;
  onStepError(event: Event): void;
  onToolCallStart(event: Event): void;
  onToolCallFinish(event: Event): void;
  onEnd(event: Event): void;
  onAbort(event: Event): void;
  onError(event: Event): void;
  executeLanguageModelCall<T>(options: { callId: string; execute: () => PromiseLike<T> }): PromiseLike<T>;
  executeTool<T>(options: {
    callId: string;
    toolCallId: string;
    execute: () => PromiseLike<T>;
  }): PromiseLike<T>;
}

export function llmtopTelemetry(
  llmtop: Llmtop,
  options?: LlmtopTelemetryOptions,
): LlmtopTelemetryIntegration {
  const recorder = llmtop.recorder;
  const context = contextFields(options);
  const storage = sharedContext(llmtop).storage;
  const runs = new Map<string, RunState>();
  const toolKey = (callId: string, toolCallId: string) => `ai-tool:${callId}:${toolCallId}`;

  const guard =
    (fn: (event: Event) => void) =>
    (event: Event): void => {
      try {
        fn(event);
      } catch {
        // The observer never breaks the app.
      }
    };

  /**
   * Records the model call from the SDK's own event when no llmtop middleware recorded it inside
   * the frame. Also used at step end: ai 7 sends no call-end event when the stream reports an error.
   */
  const recordModelCallFromEvent = (run: RunState, event: Event, failed = false) => {
    const frame = run.modelFrame;
    run.modelFrame = undefined;
    if (frame === undefined || frame.modelCallRecorded) return;
    const key = `ai-llm:${event.callId}:${event.stepNumber ?? event.responseId ?? Date.now()}`;
    const requestModel = run.requestModel ?? event.modelId;
    const init: SpanStart = {
      kind: 'llm',
      name: requestModel,
      provider: event.provider ?? event.model?.provider,
      requestModel,
      parentKey: run.step ?? run.key,
      input: run.modelInput,
    };
    if (run.modelStartMs !== undefined) init.startMs = run.modelStartMs;
    recorder.start(key, init);
    const end: Parameters<typeof recorder.end>[1] = { output: event.content };
    // The end event's model id is the one the provider reported serving.
    const responseModel = event.response?.modelId ?? event.modelId;
    if (typeof responseModel === 'string') end.responseModel = responseModel;
    const usage = mapUsage(event.usage);
    if (usage !== undefined) end.usage = usage;
    const reason = mapFinishReason(event.finishReason);
    if (reason !== undefined) end.finishReason = reason;
    if (failed) end.status = 'error';
    recorder.end(key, end);
  };

  const endRun = (callId: string, finish: (key: string) => void) => {
    const run = runs.get(callId);
    if (run === undefined) return;
    runs.delete(callId);
    if (run.step !== undefined) finish(run.step);
    finish(run.key);
  };

  return {
    onStart: guard((event) => {
      if (typeof event.callId !== 'string' || !RUN_OPERATIONS.has(event.operationId)) return;
      const key = `ai-run:${event.callId}`;
      const named = options?.agent;
      const init: SpanStart = {
        ...context,
        kind: named !== undefined ? 'agent' : 'chain',
        name: named ?? String(event.operationId).replace(/^ai\./, ''),
        input: event.messages ?? event.prompt,
        attributes: {
          provider: event.provider,
          model: event.modelId,
          ...(event.functionId !== undefined ? { functionId: event.functionId } : {}),
        },
      };
      const parent = storage.getStore();
      if (parent !== undefined) init.parentKey = parent.key;
      recorder.start(key, init);
      runs.set(event.callId, { key });
    }),

    onStepStart: guard((event) => {
      const run = runs.get(event.callId);
      if (run === undefined) return;
      const step = `ai-step:${event.callId}:${event.stepNumber}`;
      run.step = step;
      recorder.start(step, { kind: 'chain', name: `step ${event.stepNumber}`, parentKey: run.key });
    }),

    onLanguageModelCallStart: guard((event) => {
      const run = runs.get(event.callId);
      if (run === undefined) return;
      run.modelFrame = { key: run.step ?? run.key };
      run.modelStartMs = Date.now();
      run.modelInput = event.messages;
      run.requestModel = event.modelId;
    }),

    onLanguageModelCallEnd: guard((event) => {
      const run = runs.get(event.callId);
      if (run !== undefined) recordModelCallFromEvent(run, event);
    }),

    onToolExecutionStart: guard((event) => {
      const run = runs.get(event.callId);
      const call = event.toolCall;
      if (call === undefined) return;
      const init: SpanStart = {
        kind: 'tool',
        name: call.toolName,
        input: call.input,
        attributes: { toolCallId: call.toolCallId },
      };
      const parent = run?.step ?? run?.key;
      if (parent !== undefined) init.parentKey = parent;
      recorder.start(toolKey(event.callId, call.toolCallId), init);
    }),

    onToolExecutionEnd: guard((event) => {
      const call = event.toolCall;
      if (call === undefined) return;
      const key = toolKey(event.callId, call.toolCallId);
      const attributes =
        event.toolExecutionMs !== undefined ? { toolExecutionMs: event.toolExecutionMs } : undefined;
      // ai 7: `toolOutput` is a `tool-result` or `tool-error` part; older shapes use `success`.
      const toolOutput = event.toolOutput;
      if (toolOutput?.type === 'tool-error' || event.success === false) {
        const cause = toolOutput?.type === 'tool-error' ? toolOutput.error : event.error;
        recorder.error(key, cause, attributes ? { attributes } : undefined);
      } else {
        const output = toolOutput?.type === 'tool-result' ? toolOutput.output : (toolOutput ?? event.output);
        const end: Parameters<typeof recorder.end>[1] = { output };
        if (attributes) end.attributes = attributes;
        recorder.end(key, end);
      }
    }),

    // ai 6 has no call ids and no execute wrappers: its tool events give flat `tool` spans under
    // the ambient context (ai 7 never calls these two on an integration).
    onToolCallStart: guard((event) => {
      const call = event.toolCall;
      if (call === undefined) return;
      recorder.start(`ai6-tool:${call.toolCallId}`, {
        ...context,
        kind: 'tool',
        name: call.toolName,
        input: call.input,
        attributes: { toolCallId: call.toolCallId },
      });
    }),

    onToolCallFinish: guard((event) => {
      const call = event.toolCall;
      if (call === undefined) return;
      const key = `ai6-tool:${call.toolCallId}`;
      if (event.success === false) recorder.error(key, event.error);
      else recorder.end(key, { output: event.output });
    }),

    onStepEnd: guard((event) => {
      const run = runs.get(event.callId);
      if (run?.step === undefined) return;
      const reason = mapFinishReason(event.finishReason);
      // A stream that reported an error ends its step (and run) normally, with reason 'error'.
      const failed = reason === 'error';
      recordModelCallFromEvent(run, event, failed);
      const end: Parameters<typeof recorder.end>[1] = {};
      if (reason !== undefined) end.finishReason = reason;
      if (failed) end.status = 'error';
      recorder.end(run.step, end);
      run.step = undefined;
    }),

    onStepError: guard((event) => {
      const run = runs.get(event.callId);
      if (run?.step === undefined) return;
      recorder.error(run.step, event.error);
      run.step = undefined;
    }),

    onEnd: guard((event) => {
      const run = runs.get(event.callId);
      if (run === undefined) return;
      const output = event.output ?? event.object ?? event.text;
      const reason = mapFinishReason(event.finishReason);
      endRun(event.callId, (key) => {
        if (key === run.key) {
          const end: Parameters<typeof recorder.end>[1] = { output };
          if (reason !== undefined) end.finishReason = reason;
          if (reason === 'error') end.status = 'error';
          recorder.end(key, end);
        } else {
          recorder.end(key);
        }
      });
    }),

    onAbort: guard((event) => {
      endRun(event.callId, (key) =>
        recorder.error(key, new Error('aborted'), { attributes: { aborted: true } }),
      );
    }),

    onError: guard((event) => {
      const callId = event?.callId;
      if (typeof callId !== 'string') return;
      endRun(callId, (key) => recorder.error(key, event.error ?? event));
    }),

    executeLanguageModelCall({ callId, execute }) {
      const frame = runs.get(callId)?.modelFrame;
      return frame === undefined ? execute() : storage.run(frame, execute);
    },

    executeTool({ callId, toolCallId, execute }) {
      return storage.run({ key: toolKey(callId, toolCallId) }, execute);
    },
  };
}

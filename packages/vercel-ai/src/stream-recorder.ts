/**
 * Watches a provider stream (spec v3/v4 stream parts) for one `llm` span: first token, text,
 * tool calls, usage, finish reason and errors. The span ends exactly once: when the stream
 * finishes, errors, or is cancelled by the consumer (an aborted `streamText`).
 */
import type { Recorder, SpanEnd } from '@llmtop/core';
import { mapFinishReason, mapUsage } from './map-usage.js';

interface Part {
  type: string;
  [field: string]: unknown;
}

const FIRST_OUTPUT = new Set(['text-delta', 'reasoning-delta', 'tool-input-start', 'tool-call']);

export function recordStream(
  recorder: Recorder,
  key: string,
  source: ReadableStream<unknown>,
  abortSignal?: AbortSignal,
): ReadableStream<unknown> {
  const reader = source.getReader();
  const text: string[] = [];
  const toolCalls: unknown[] = [];
  const end: SpanEnd = {};
  let sawOutput = false;
  let streamError: unknown;
  let done = false;

  const output = () => {
    const content: unknown[] = [];
    if (text.length > 0) content.push({ type: 'text', text: text.join('') });
    for (const call of toolCalls) content.push(call);
    return content;
  };
  const finish = (cause?: unknown, cancelled = false) => {
    if (done) return;
    done = true;
    abortSignal?.removeEventListener('abort', onAbort);
    end.output = output();
    if (cancelled) {
      end.status = 'error';
      recorder.error(key, cause ?? new Error('stream cancelled'), {
        ...end,
        attributes: { cancelled: true },
      });
    } else if (cause !== undefined) {
      recorder.error(key, cause, end);
    } else {
      recorder.end(key, end);
    }
  };
  // Some SDK versions keep draining the provider stream after the caller aborts; the span still
  // records the abort at the moment it happened.
  function onAbort() {
    try {
      finish(abortSignal?.reason ?? new Error('aborted'), true);
    } catch {}
  }
  if (abortSignal !== undefined) {
    if (abortSignal.aborted) onAbort();
    else abortSignal.addEventListener('abort', onAbort, { once: true });
  }
  const observe = (part: Part) => {
    const type = part.type;
    if (!sawOutput && FIRST_OUTPUT.has(type)) {
      sawOutput = true;
      recorder.firstToken(key);
    }
    if (type === 'text-delta') {
      const delta = part.delta ?? part.textDelta;
      if (typeof delta === 'string') text.push(delta);
    } else if (type === 'tool-call') {
      toolCalls.push(part);
    } else if (type === 'response-metadata') {
      if (typeof part.modelId === 'string') end.responseModel = part.modelId;
    } else if (type === 'finish') {
      const usage = mapUsage(part.usage);
      if (usage !== undefined) end.usage = usage;
      const reason = mapFinishReason(part.finishReason);
      if (reason !== undefined) end.finishReason = reason;
    } else if (type === 'error') {
      streamError ??= part.error;
    }
  };

  return new ReadableStream<unknown>({
    async pull(controller) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (error) {
        try {
          finish(error);
        } catch {}
        controller.error(error);
        return;
      }
      if (next.done) {
        try {
          finish(streamError);
        } catch {}
        controller.close();
        return;
      }
      try {
        observe(next.value as Part);
      } catch {}
      controller.enqueue(next.value);
    },
    cancel(reason) {
      try {
        finish(reason, true);
      } catch {}
      return reader.cancel(reason);
    },
  });
}

/**
 * The async context shared by the telemetry integration and the middlewares of one llmtop
 * instance. The integration's `executeLanguageModelCall`/`executeTool` wrappers run the SDK's work
 * inside a frame; the middleware reads the frame to find its parent step and to tell the
 * integration that the model call is already recorded (so it is never recorded twice).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Llmtop } from '@llmtop/core';

export interface Frame {
  /** Recorder key of the span that work in this frame belongs under. */
  key: string;
  /** Set by the middleware when it records the model call running in this frame. */
  modelCallRecorded?: boolean;
}

export interface SharedContext {
  storage: AsyncLocalStorage<Frame>;
}

const contexts = new WeakMap<Llmtop, SharedContext>();

export function sharedContext(llmtop: Llmtop): SharedContext {
  let context = contexts.get(llmtop);
  if (context === undefined) {
    const storage = new AsyncLocalStorage<Frame>();
    context = { storage };
    contexts.set(llmtop, context);
    // `llmtop.span(...)` inside a tool's execute nests under that tool's span.
    llmtop.recorder.addParentResolver(() => storage.getStore()?.key);
  }
  return context;
}

let sequence = 0;
/** A process-unique recorder key; cheap (no randomness on the app's path). */
export function nextKey(prefix: string): string {
  sequence++;
  return `${prefix}${sequence}`;
}

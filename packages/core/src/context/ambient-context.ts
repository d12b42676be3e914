/**
 * The ambient context: what `withContext` and `llmtop.span` put around the app's code, carried by
 * AsyncLocalStorage so spans recorded anywhere below inherit session, user, feature, agent and parent.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SpanRef } from '../recorder/recorder.types.js';
import type { SpanContextFields } from '../span/span-record.js';

export interface AmbientState extends SpanContextFields {
  /** The innermost open span started by `llmtop.span`. */
  active?: SpanRef;
}

export class AmbientContextStore {
  private readonly storage = new AsyncLocalStorage<AmbientState>();

  current(): AmbientState | undefined {
    return this.storage.getStore();
  }

  /** Runs `fn` with `patch` layered over the current state; undefined fields inherit. */
  run<T>(patch: AmbientState, fn: () => T): T {
    const parent = this.storage.getStore();
    const next: AmbientState = { ...parent };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    }
    return this.storage.run(next, fn);
  }
}

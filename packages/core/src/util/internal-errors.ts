/**
 * Where llmtop's own failures go. They never reach the app: each is counted, the first of each kind
 * is reported (to `onError` when given, else one console warning), the rest only counted.
 */
import { errorMessage } from './error-message.js';

export type InternalErrorHandler = (error: unknown, kind: string) => void;

export interface InternalErrors {
  report(kind: string, error: unknown): void;
  readonly count: number;
  readonly byKind: ReadonlyMap<string, number>;
}

export function createInternalErrors(onError?: InternalErrorHandler): InternalErrors {
  const byKind = new Map<string, number>();
  let count = 0;
  return {
    report(kind, error) {
      count++;
      const seen = byKind.get(kind) ?? 0;
      byKind.set(kind, seen + 1);
      try {
        if (onError) onError(error, kind);
        else if (seen === 0) console.warn(`[llmtop] internal error (${kind}): ${errorMessage(error)}`);
      } catch {
        // The user's error handler failed; there is nowhere left to report it.
      }
    },
    get count() {
      return count;
    },
    byKind,
  };
}

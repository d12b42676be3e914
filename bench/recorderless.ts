/** An llmtop whose recorder ignores everything: isolates an adapter's own cost from core's. */
import type { Llmtop, Recorder } from '../packages/core/src/index.js';

export function recorderless(): Llmtop {
  const recorder: Recorder = {
    start() {},
    update() {},
    firstToken() {},
    end() {},
    error() {},
    event() {},
    ref: () => undefined,
    addParentResolver: () => () => {},
    openSpans: 0,
  };
  return { recorder, addFlushHook: () => () => {} } as unknown as Llmtop;
}

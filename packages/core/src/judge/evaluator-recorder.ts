/**
 * Records the LLM judge's own model calls as `evaluator` spans through the recorder, each in its own
 * trace (so the judge's spend is priced like any call but kept out of the app's totals).
 */
import type { Recorder } from '../recorder/recorder.types.js';
import type { EvaluatorCall } from './judge.types.js';

export function createEvaluatorRecorder(recorder: Recorder): (call: EvaluatorCall) => void {
  let n = 0;
  return (call) => {
    const key = `llmtop-judge-${process.pid}-${++n}`;
    recorder.start(key, {
      kind: 'evaluator',
      name: call.name,
      startMs: call.startMs,
      feature: 'llmtop-judge',
      attributes: {
        'judge.attempt': call.attempt,
        'judge.outcome': call.outcome,
        ...(call.judgedTraceId ? { 'judge.trace_id': call.judgedTraceId } : {}),
        ...(call.judgedSpanId ? { 'judge.span_id': call.judgedSpanId } : {}),
      },
      ...(call.provider ? { provider: call.provider } : {}),
      ...(call.model ? { requestModel: call.model, responseModel: call.model } : {}),
    });
    const usage = call.usage
      ? {
          ...(call.usage.input !== undefined ? { input: call.usage.input } : {}),
          ...(call.usage.output !== undefined ? { output: call.usage.output } : {}),
          ...(call.usage.reasoning !== undefined ? { reasoning: call.usage.reasoning } : {}),
        }
      : undefined;
    if (call.status === 'error')
      recorder.error(key, new Error(call.error ?? 'judge call failed'), {
        endMs: call.endMs,
        ...(usage ? { usage } : {}),
      });
    else recorder.end(key, { endMs: call.endMs, ...(usage ? { usage } : {}) });
  };
}

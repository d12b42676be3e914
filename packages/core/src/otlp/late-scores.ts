/**
 * Judge scores that arrive after their span was exported cannot be added to it: an OTLP span is
 * sent once. They go out as one small `llmtop.evaluation` span per judged span, a child of it in the
 * same trace, carrying the same `gen_ai.evaluation.result` events and OpenInference evaluation
 * attributes the span would have carried. Its id is derived from the judged span and the scores, so
 * re-sending after a failure repeats the same span rather than adding another.
 */
import { createHash } from 'node:crypto';
import type { SpanRow } from '../span/span-record.js';
import type { StoredScore } from './otlp-span.js';
import type { LateScore } from './outbox.js';

export const EVALUATION_SPAN_NAME = 'llmtop.evaluation';

export function evaluationSpans(late: readonly LateScore[]): {
  rows: SpanRow[];
  scores: Map<string, StoredScore[]>;
} {
  const byTarget = new Map<string, LateScore[]>();
  for (const score of late) {
    const list = byTarget.get(score.target.span_id);
    if (list) list.push(score);
    else byTarget.set(score.target.span_id, [score]);
  }
  const rows: SpanRow[] = [];
  const scores = new Map<string, StoredScore[]>();
  for (const [targetId, list] of byTarget) {
    const target = (list[0] as LateScore).target;
    const identity = list.map((s) => `${s.metric}:${s.judge}:${s.created_ns}`).join('|');
    const spanId = createHash('sha256').update(`${targetId}|${identity}`).digest('hex').slice(0, 16);
    let first = list[0] as LateScore;
    let last = first;
    for (const score of list) {
      if (score.created_ns < first.created_ns) first = score;
      if (score.created_ns > last.created_ns) last = score;
    }
    rows.push({
      span_id: /^0+$/.test(spanId) ? '0000000000000001' : spanId,
      trace_id: target.trace_id,
      parent_span_id: targetId,
      kind: 'custom',
      name: EVALUATION_SPAN_NAME,
      agent: target.agent,
      session_id: target.session_id,
      user_id: target.user_id,
      feature: target.feature,
      tags: null,
      status: 'ok',
      error: null,
      start_ns: first.created_ns,
      end_ns: last.created_ns,
      first_token_ns: null,
      provider: null,
      request_model: null,
      response_model: null,
      input_tokens: null,
      output_tokens: null,
      cache_read_tokens: null,
      cache_write_tokens: null,
      reasoning_tokens: null,
      cost_usd: null,
      price_version: null,
      finish_reason: null,
      input: null,
      output: null,
      attributes: null,
      pii_counts: null,
      judge_sample: null,
      judge_reason: null,
      key_id: null,
    });
    scores.set(
      rows.at(-1)!.span_id,
      list.map(({ target: _target, ...score }) => score),
    );
  }
  return { rows, scores };
}

/**
 * Judge scores that arrive after their span was exported cannot be added to it: an OTLP span is
 * sent once. They go out as one small `llmtop.evaluation` span per judged span, a child of it in the
 * same trace, carrying the same `gen_ai.evaluation.result` events and OpenInference evaluation
 * attributes the span would have carried. Its id is derived from the judged span and the scores, so
 * re-sending after a failure repeats the same span rather than adding another.
 */
import { createHash } from 'node:crypto';
import type { SpanRow } from '../span/span-record.js';
import { SPAN_COLUMNS } from '../sqlite/span-inserter.js';
import type { StoredScore } from './otlp-span.js';
import type { LateScore } from './outbox.js';

export const EVALUATION_SPAN_NAME = 'llmtop.evaluation';

/** A row with every column NULL, to fill in. */
function emptyRow(): SpanRow {
  return Object.fromEntries(SPAN_COLUMNS.map((column) => [column, null])) as unknown as SpanRow;
}

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
    const row = emptyRow();
    row.span_id = /^0+$/.test(spanId) ? '0000000000000001' : spanId;
    row.trace_id = target.trace_id;
    row.parent_span_id = targetId;
    row.kind = 'custom';
    row.name = EVALUATION_SPAN_NAME;
    row.agent = target.agent;
    row.session_id = target.session_id;
    row.user_id = target.user_id;
    row.feature = target.feature;
    row.status = 'ok';
    row.start_ns = first.created_ns;
    row.end_ns = last.created_ns;
    rows.push(row);
    scores.set(
      row.span_id,
      list.map(({ target: _target, ...score }) => score),
    );
  }
  return { rows, scores };
}

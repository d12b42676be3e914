/** The kinds of work a span can describe. Stored as text in `spans.kind`. */
export const SPAN_KINDS = [
  'agent',
  'chain',
  'llm',
  'tool',
  'retriever',
  'reranker',
  'embedding',
  'evaluator',
  'custom',
] as const;

export type SpanKind = (typeof SPAN_KINDS)[number];

export type SpanStatus = 'ok' | 'error' | 'unset';

export function isSpanKind(value: unknown): value is SpanKind {
  return typeof value === 'string' && (SPAN_KINDS as readonly string[]).includes(value);
}

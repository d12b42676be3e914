/** A trace as a waterfall: the span tree with bars placed on the trace's time axis, and durations. */
import type { TraceSpanRow } from '@llmtop/core/sqlite';
import { formatCost, formatDuration, padEnd, padStart } from './format.js';
import type { Line } from './line.js';
import { scrollWindow } from './table.js';

export interface WaterfallNode {
  span: TraceSpanRow;
  depth: number;
  /** Tree drawing in front of the name, e.g. `│  ├─ `. */
  prefix: string;
}

/** Depth-first order, children by start time; a span whose parent is not in the trace is a root. */
export function flattenTrace(spans: readonly TraceSpanRow[]): WaterfallNode[] {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | null, TraceSpanRow[]>();
  for (const span of spans) {
    const parent = span.parentSpanId !== null && ids.has(span.parentSpanId) ? span.parentSpanId : null;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  for (const list of children.values()) list.sort((a, b) => a.startMs - b.startMs);
  const out: WaterfallNode[] = [];
  const seen = new Set<string>();
  const visit = (span: TraceSpanRow, depth: number, indent: string, last: boolean, root: boolean) => {
    if (seen.has(span.spanId)) return;
    seen.add(span.spanId);
    out.push({ span, depth, prefix: root ? '' : `${indent}${last ? '└─' : '├─'}` });
    const kids = children.get(span.spanId) ?? [];
    const childIndent = root ? '' : `${indent}${last ? '  ' : '│ '}`;
    for (const [i, kid] of kids.entries()) visit(kid, depth + 1, childIndent, i === kids.length - 1, false);
  };
  for (const root of children.get(null) ?? []) visit(root, 0, '', true, true);
  return out;
}

const KIND_TAG: Record<string, string> = {
  agent: 'AGT',
  chain: 'CHN',
  llm: 'LLM',
  tool: 'TOOL',
  retriever: 'RET',
  reranker: 'RRK',
  embedding: 'EMB',
  evaluator: 'EVAL',
  custom: 'CUST',
};

export function traceBounds(spans: readonly TraceSpanRow[]): { startMs: number; endMs: number } {
  if (spans.length === 0) return { startMs: 0, endMs: 0 };
  return {
    startMs: Math.min(...spans.map((s) => s.startMs)),
    endMs: Math.max(...spans.map((s) => s.endMs)),
  };
}

/** A bar of `width` cells: spaces before the span starts, `█` while it runs (at least one cell). */
export function waterfallBar(
  span: { startMs: number; endMs: number },
  trace: { startMs: number; endMs: number },
  width: number,
): string {
  if (width <= 0) return '';
  const total = trace.endMs - trace.startMs;
  if (total <= 0) return '█'.repeat(width);
  const from = Math.min(width - 1, Math.max(0, Math.floor(((span.startMs - trace.startMs) / total) * width)));
  const to = Math.max(from + 1, Math.min(width, Math.round(((span.endMs - trace.startMs) / total) * width)));
  return ' '.repeat(from) + '█'.repeat(to - from) + ' '.repeat(width - to);
}

export function waterfallModel(options: {
  nodes: readonly WaterfallNode[];
  cursor: number;
  focused: boolean;
  width: number;
  height: number;
}): Line[] {
  const spans = options.nodes.map((n) => n.span);
  const bounds = traceBounds(spans);
  const durationWidth = 7;
  const barWidth = Math.max(0, Math.min(40, Math.floor(options.width * 0.35)));
  const nameWidth = Math.max(8, options.width - barWidth - durationWidth - 2);
  const first = spans[0];
  const totalCost = spans.reduce<number | null>(
    (s, x) => (x.costUsd === null ? s : (s ?? 0) + x.costUsd),
    null,
  );
  const lines: Line[] = [
    [
      {
        text: padEnd(
          `trace ${first?.traceId ?? ''}  ${spans.length} spans  ${formatDuration(bounds.endMs - bounds.startMs)}  ${formatCost(totalCost)}`,
          options.width,
        ),
        tone: 'heading',
      },
    ],
  ];
  const cursor = Math.min(options.cursor, options.nodes.length - 1);
  const view = scrollWindow(options.nodes.length, cursor, options.height - 1);
  for (let i = view.start; i < view.end; i++) {
    const node = options.nodes[i]!;
    const { span } = node;
    const label = `${node.prefix}${KIND_TAG[span.kind] ?? span.kind} ${span.name}${span.status === 'error' ? ' ✗' : ''}`;
    const selected = options.focused && i === cursor;
    const errorTone = span.status === 'error' ? 'bad' : undefined;
    lines.push([
      {
        text: `${padEnd(label, nameWidth)} `,
        ...(selected ? { tone: 'selected' as const } : errorTone ? { tone: errorTone } : {}),
      },
      {
        text: waterfallBar(span, bounds, barWidth),
        tone: selected ? 'selected' : span.status === 'error' ? 'bad' : 'accent',
      },
      {
        text: ` ${padStart(formatDuration(span.endMs - span.startMs), durationWidth)}`,
        ...(selected ? { tone: 'selected' as const } : {}),
      },
    ]);
  }
  return lines;
}
